import type { Actor, RegionConfig, School } from "../src";

/** Test data from factories with overrides (STYLE.md habit 6). */
export function maakRegio(overrides: Partial<RegionConfig> = {}): RegionConfig {
  return {
    id: "testregio",
    naam: "Testregio",
    productNaam: "ELK Testregio",
    beheerorganisatie: "Beheerorganisatie Testregio",
    domein: "elk.testregio.example.org",
    huisstijl: { primaireKleur: "#123456", logoTekst: "ELK Test" },
    helpdesk: { naam: "Helpdesk", email: "helpdesk@example.org", telefoon: "010 - 000 00 00" },
    projectleider: { naam: "Projectleider", email: "pl@example.org" },
    extraRollen: [],
    extraActies: [],
    elkNummerPrefix: "9",
    kalender: {
      schooljaren: ["2025-2026", "2026-2027"],
      aanmeldperiode: { van: "2027-03-08", tot: "2027-03-19" },
      bekendmaking: "2027-04-08T16:00:00+02:00",
    },
    bewaartermijnMaanden: 24,
    mail: { afzender: "noreply@example.org", antwoordAan: "helpdesk@example.org" },
    plaatsingsprocedure: "decentrale-loting-en-cpl",
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
    ...overrides,
  };
}

export function maakActor(overrides: Partial<Actor> = {}): Actor {
  return {
    gebruikerId: "g-1",
    gebruikersnaam: "lb",
    naam: "Lotte",
    email: "lotte@example.org",
    rollen: ["beheren"],
    organisatieType: "vo",
    bestuurId: "bestuur-a",
    schoolId: "school-a",
    locatieNaam: "School A",
    ...overrides,
  };
}

export function maakSchool(overrides: Partial<School> = {}): School {
  return {
    id: "school-a",
    bestuurId: "bestuur-a",
    officieleNaam: "Stichting School A",
    naam: "School A",
    schooltype: "VO",
    particulier: false,
    brin: "20AC",
    vestigingscode: "00",
    adres: { straat: "Lindenlaan", huisnummer: "12", postcode: "1185 LA", plaats: "Amstelveen" },
    telefoon: "020 - 555 01 10",
    afdelingen: [],
    capaciteitsgroepen: [],
    ...overrides,
  };
}
