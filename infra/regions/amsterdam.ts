import type { RegionConfig } from "@elk/domain";

/**
 * Kernprocedure Amsterdam: the second region, the same code with its own configuration. Issue #9
 * completes it (branding, contacts, calendar and its own actions); the Amsterdam-only roles of
 * the manual are enabled here.
 */
export const amsterdam: RegionConfig = {
  id: "amsterdam",
  naam: "Amsterdam",
  productNaam: "ELK Amsterdam",
  beheerorganisatie: "Beheerorganisatie Kernprocedure Amsterdam",
  domein: "www.elkamsterdam.nl",
  huisstijl: { primaireKleur: "#ec0000", logoTekst: "ELK Amsterdam", logo: "/regio/amsterdam.svg" },
  helpdesk: {
    naam: "Helpdesk Kernprocedure Amsterdam",
    email: "helpdesk@amsterdam.example.org",
    telefoon: "020 - 000 00 01",
  },
  projectleider: {
    naam: "Projectleider Kernprocedure Amsterdam",
    email: "projectleider@amsterdam.example.org",
  },
  // Receives the requests the VO schools approve and send (Aanvragen SWV); a demo address.
  samenwerkingsverband: {
    naam: "Samenwerkingsverband VO Amsterdam-Diemen (demo)",
    email: "aanvragen@swv-amsterdam.example.org",
  },
  extraRollen: ["aanvragen-swv-opstellen", "aanvragen-swv-accorderen-en-versturen", "voorselecties"],
  extraActies: ["advies-setting-aanpassen", "doorbegeleiden"],
  elkNummerPrefix: "2",
  kalender: {
    schooljaren: ["2025-2026", "2026-2027"],
    aanmeldperiode: { van: "2027-03-08", tot: "2027-03-19" },
    bekendmaking: "2027-04-08T16:00:00+02:00",
  },
  // Issue #10: a school year's personal data are removed two years after it ends.
  bewaartermijnMaanden: 24,
  mail: { afzender: "noreply@elkamsterdam.nl", antwoordAan: "helpdesk@amsterdam.example.org" },
  plaatsingsprocedure: "centrale-loting",
  // The Amsterdam Kernprocedure: lists of 4 (vmbo-b/k), 6 (vmbo-(g)t) or 12 schools (vmbo-t/havo and
  // up); no voorrang since 2024.
  voorkeurslijst: {
    lengtePerAdvies: {
      PrO: 1,
      "vmbo-b": 4,
      "vmbo-b/k": 4,
      "vmbo-k": 4,
      "vmbo-k/gl-tl": 6,
      "vmbo-gl/tl": 6,
      "vmbo-gl/tl/havo": 12,
      havo: 12,
      "havo/vwo": 12,
      vwo: 12,
    },
    voorrang: false,
  },
};
