import { randomUUID } from "node:crypto";
import type { School } from "@elk/domain";
import type { Gebeurtenis, GebruikerRecord } from "../src";

export function maakSchool(overrides: Partial<School> = {}): School {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    bestuurId: "bestuur-1",
    officieleNaam: "Stichting Testschool",
    naam: `Testschool ${id.slice(0, 4)}`,
    schooltype: "VO",
    particulier: false,
    brin: "99ZZ",
    vestigingscode: "00",
    adres: { straat: "Schoolstraat", huisnummer: "1", postcode: "1234 AB", plaats: "Amstelveen" },
    telefoon: "020 - 000 00 00",
    afdelingen: [],
    capaciteitsgroepen: [],
    ...overrides,
  };
}

export function maakGebruiker(overrides: Partial<GebruikerRecord> = {}): GebruikerRecord {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    gebruikersnaam: `gebruiker-${id.slice(0, 8)}`,
    naam: "Test Gebruiker",
    email: "test@example.org",
    rollen: ["aanmelden"],
    organisatieType: "vo",
    schoolId: "school-1",
    bestuurId: "bestuur-1",
    locatieNaam: "Testschool",
    status: "actief",
    aangemaaktOp: "2026-11-30T10:00:00.000Z",
    cognitoUsername: `${id}@gebruikers.elk.local`,
    ...overrides,
  };
}

export function gebeurtenis(van: { PK: string; SK: string }, soort = "aangemaakt"): Gebeurtenis {
  return { van, id: randomUUID(), tijdstip: "2026-11-30T10:00:00.000Z", soort, door: "systeem" };
}
