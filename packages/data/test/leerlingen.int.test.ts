import { randomUUID } from "node:crypto";
import { AlInGebruikFout, GelijktijdigGewijzigdFout, standaardKalender } from "@elk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Db,
  getGebruiker,
  getKalender,
  getLeerling,
  getOuderAccountByEmail,
  keys,
  type LeerlingRecord,
  listBekendeBsnHashes,
  listLeerlingenByPoSchool,
  maakLeerlingAan,
  maakLeerlingenAan,
  maakOuderAccountAan,
  slaKalenderOp,
  werkOuderAccountBij,
} from "../src";
import { gebeurtenis, maakGebruiker } from "./factories";
import { nieuweTabel } from "./support";

let db: Db;
let opruimen: () => Promise<void>;

beforeAll(async () => {
  ({ db, opruimen } = await nieuweTabel());
});
afterAll(async () => opruimen());

const config = {
  kalender: {
    schooljaren: ["2025-2026", "2026-2027"],
    aanmeldperiode: { van: "2027-03-08", tot: "2027-03-19" },
    bekendmaking: "2027-04-08T16:00:00+02:00",
  },
};

function maakLeerling(overrides: Partial<LeerlingRecord> = {}): LeerlingRecord {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    schooljaar: "2026-2027",
    elkNummer: String(Math.floor(Math.random() * 1e9)).padStart(9, "0"),
    roepnaam: "Sem",
    achternaam: "Vries",
    geboortedatum: "2014-05-12",
    geslacht: "man",
    adres: { straat: "Laan", huisnummer: "1", postcode: "1185 SB", plaats: "Amstelveen" },
    emailOuders: "ouders@example.org",
    advies: "havo",
    poSchoolId: "obs-1",
    bsnGemaskeerd: "******333",
    identificatie: "bsn",
    bsnVersleuteld: "versleuteld",
    bsnHash: `hash-${id}`,
    ...overrides,
  };
}

const metGebeurtenis = (leerling: LeerlingRecord) => ({
  leerling,
  gebeurtenis: gebeurtenis(keys.leerling.item(leerling.id), "leerling-geimporteerd"),
});

describe("calendar per school year (REG-10)", () => {
  it("REG-10 a year without a stored calendar gets the region's defaults (version 0); a stored one is versioned", async () => {
    const standaard = await getKalender(db, "2026-2027", config);
    expect(standaard).toEqual({ ...standaardKalender("2026-2027", config.kalender), version: 0 });
    const eigen = { ...standaard, decentraleLoting: "2027-03-30" };
    await slaKalenderOp(db, eigen, 0, gebeurtenis(keys.kalender("2026-2027")));
    expect(await getKalender(db, "2026-2027", config)).toMatchObject({
      decentraleLoting: "2027-03-30",
      version: 1,
    });
    await expect(slaKalenderOp(db, eigen, 0, gebeurtenis(keys.kalender("2026-2027")))).rejects.toBeInstanceOf(
      GelijktijdigGewijzigdFout,
    );
    await slaKalenderOp(
      db,
      { ...eigen, centralePlaatsing: "2027-04-06" },
      1,
      gebeurtenis(keys.kalender("2026-2027")),
    );
    expect(await getKalender(db, "2026-2027", config)).toMatchObject({
      centralePlaatsing: "2027-04-06",
      version: 2,
    });
    expect((await getKalender(db, "2025-2026", config)).version).toBe(0);
  });
});

describe("importing pupils (PO-01)", () => {
  it("PO-01 more pupils than one transaction holds are all written", async () => {
    const school = `obs-${randomUUID()}`;
    const leerlingen = Array.from({ length: 30 }, () => maakLeerling({ poSchoolId: school }));
    await maakLeerlingenAan(db, leerlingen.map(metGebeurtenis));
    expect(await listLeerlingenByPoSchool(db, school, "2026-2027")).toHaveLength(30);
    const bekend = await listBekendeBsnHashes(db, "2026-2027", [
      ...leerlingen.map((l) => l.bsnHash),
      "onbekend",
    ]);
    expect(bekend.size).toBe(30);
    expect(bekend.has("onbekend")).toBe(false);
    expect((await listBekendeBsnHashes(db, "2025-2026", [leerlingen[0]?.bsnHash ?? ""])).size).toBe(0);
  });

  it("PO-01 a BSN taken meanwhile by someone else in a later transaction undoes the earlier ones: all or nothing", async () => {
    const school = `obs-${randomUUID()}`;
    const leerlingen = Array.from({ length: 30 }, () => maakLeerling({ poSchoolId: school }));
    const laatste = leerlingen[29] as LeerlingRecord;
    await maakLeerlingAan(
      db,
      maakLeerling({ bsnHash: laatste.bsnHash, poSchoolId: "obs-ander" }),
      gebeurtenis(keys.leerling.item("x")),
    );
    await expect(maakLeerlingenAan(db, leerlingen.map(metGebeurtenis))).rejects.toBeInstanceOf(
      AlInGebruikFout,
    );
    expect(await listLeerlingenByPoSchool(db, school, "2026-2027")).toHaveLength(0);
    expect(await getLeerling(db, leerlingen[0]?.id ?? "")).toBeUndefined();
    const bekend = await listBekendeBsnHashes(
      db,
      "2026-2027",
      leerlingen.map((l) => l.bsnHash),
    );
    expect([...bekend]).toEqual([laatste.bsnHash]);
  });
});

describe("parents' accounts (ACC-09)", () => {
  it("ACC-09 one account per e-mail address: found by the address in any case, children added to it", async () => {
    const email = `Ouders-${randomUUID().slice(0, 8)}@Example.org`;
    const eerste = maakLeerling({ emailOuders: email });
    const tweede = maakLeerling({ emailOuders: email.toLowerCase() });
    for (const l of [eerste, tweede]) await maakLeerlingAan(db, l, gebeurtenis(keys.leerling.item(l.id)));
    const ouder = maakGebruiker({
      email,
      gebruikersnaam: undefined,
      organisatieType: "ouder",
      rollen: ["ouder"],
      schoolId: undefined,
      bestuurId: undefined,
      leerlingIds: [eerste.id],
      status: "uitgenodigd",
    });
    const uitnodiging = {
      tokenHash: randomUUID(),
      soort: "inloggegevens" as const,
      gebruikerId: ouder.id,
      aangemaaktOp: "2026-11-30T10:00:00.000Z",
      verlooptOp: "2027-03-19T22:59:00.000Z",
    };
    const leerling1 = await getLeerling(db, eerste.id);
    if (!leerling1) throw new Error("pupil not stored");
    await maakOuderAccountAan(db, {
      ouder,
      uitnodiging,
      leerling: leerling1,
      verstuurdOp: uitnodiging.aangemaaktOp,
      gebeurtenissen: [gebeurtenis(keys.gebruiker.item(ouder.id))],
    });
    expect((await getLeerling(db, eerste.id))?.ouderinlogVerstuurdOp).toBe(uitnodiging.aangemaaktOp);

    const gevonden = await getOuderAccountByEmail(db, email.toUpperCase());
    expect(gevonden?.id).toBe(ouder.id);
    const anderAccount = { ...ouder, id: randomUUID() };
    await expect(
      maakOuderAccountAan(db, {
        ouder: anderAccount,
        uitnodiging: { ...uitnodiging, tokenHash: randomUUID(), gebruikerId: anderAccount.id },
        leerling: (await getLeerling(db, tweede.id)) ?? leerling1,
        verstuurdOp: uitnodiging.aangemaaktOp,
        gebeurtenissen: [],
      }),
    ).rejects.toMatchObject({ claim: "OUDER_EMAIL" });

    const leerling2 = await getLeerling(db, tweede.id);
    if (!gevonden || !leerling2) throw new Error("not stored");
    await werkOuderAccountBij(db, {
      ouder: { ...gevonden, leerlingIds: [eerste.id, tweede.id] },
      leerling: leerling2,
      verstuurdOp: "2026-12-01T10:00:00.000Z",
      gebeurtenissen: [gebeurtenis(keys.gebruiker.item(ouder.id), "kind-toegevoegd")],
    });
    expect((await getGebruiker(db, ouder.id))?.leerlingIds).toEqual([eerste.id, tweede.id]);
    await expect(
      werkOuderAccountBij(db, {
        ouder: { ...gevonden, leerlingIds: [eerste.id] },
        leerling: leerling2,
        verstuurdOp: "2026-12-02T10:00:00.000Z",
        gebeurtenissen: [],
      }),
    ).rejects.toBeInstanceOf(GelijktijdigGewijzigdFout);
  });
});
