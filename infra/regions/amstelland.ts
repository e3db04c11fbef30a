import type { RegionConfig } from "@elk/domain";

/** Kernprocedure Amstelland: the region the manual (version 11 November 2025) is written for. */
export const amstelland: RegionConfig = {
  id: "amstelland",
  naam: "Amstelland",
  productNaam: "ELK Amstelland",
  beheerorganisatie: "Beheerorganisatie Kernprocedure Amstelland",
  domein: "www.elkamstelland.nl",
  huisstijl: { primaireKleur: "#00589c", logoTekst: "ELK Amstelland", logo: "/regio/amstelland.svg" },
  helpdesk: {
    naam: "Secretariaat Kernprocedure Amstelland",
    email: "secretariaat@kernprocedureamstelland.nl",
    telefoon: "020 - 000 00 00",
    url: "https://www.swvam.nl/school/informatie-kernprocedure-amstelland",
  },
  projectleider: {
    naam: "Projectleider Kernprocedure Amstelland",
    email: "projectleider@amstelland.example.org",
  },
  extraRollen: [],
  extraActies: [],
  elkNummerPrefix: "1",
  kalender: {
    schooljaren: ["2024-2025", "2025-2026", "2026-2027"],
    aanmeldperiode: { van: "2027-03-08", tot: "2027-03-19" },
    bekendmaking: "2027-04-08T16:00:00+02:00",
  },
  // Issue #10: a school year's personal data are removed two years after it ends.
  bewaartermijnMaanden: 24,
  mail: { afzender: "noreply@elkamstelland.nl", antwoordAan: "secretariaat@kernprocedureamstelland.nl" },
  plaatsingsprocedure: "decentrale-loting-en-cpl",
  // REG-02: PrO one school; vmbo-b up to vmbo-k/gl-tl two; vmbo-gl/tl up to vwo five. Voorrang at
  // the 1st choice where the school offers it (REG-03).
  voorkeurslijst: {
    lengtePerAdvies: {
      PrO: 1,
      "vmbo-b": 2,
      "vmbo-b/k": 2,
      "vmbo-k": 2,
      "vmbo-k/gl-tl": 2,
      "vmbo-gl/tl": 5,
      "vmbo-gl/tl/havo": 5,
      havo: 5,
      "havo/vwo": 5,
      vwo: 5,
    },
    voorrang: true,
  },
};
