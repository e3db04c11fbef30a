import { randomUUID } from "node:crypto";
import { LeerlingAlAangemeldFout } from "@elk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AanmeldingRecord,
  type Db,
  type Gebeurtenis,
  getAanmelding,
  getRegistratie,
  keys,
  listAanmeldingenBySchool,
  meldDefinitiefAan,
  type Registratie,
  trekAanmeldingIn,
  volgendElkVolgnummer,
} from "../src";
import { nieuweTabel } from "./support";

let amstelland: Db;
let amsterdam: Db;
let registry: Db;
const opruimen: Array<() => Promise<void>> = [];

beforeAll(async () => {
  const tabellen = await Promise.all([nieuweTabel(), nieuweTabel(), nieuweTabel()]);
  [amstelland, amsterdam, registry] = tabellen.map((t) => t.db) as [Db, Db, Db];
  opruimen.push(...tabellen.map((t) => t.opruimen));
});
afterAll(async () => {
  for (const o of opruimen) await o();
});

function aanmelding(overrides: Partial<AanmeldingRecord> = {}): AanmeldingRecord {
  return {
    id: randomUUID(),
    leerlingId: "leerling-1",
    schooljaar: "2026-2027",
    elkNummer: "000000001",
    leerlingNaam: "Sem de Vries",
    advies: "havo",
    keuzes: [{ schoolId: "school-a", afdelingId: "havo" }],
    eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
    status: "aangemeld",
    aangemeldOp: new Date().toISOString(),
    via: "ouderportaal",
    bsnHash: "hash-van-bsn",
    ...overrides,
  };
}

function registratie(a: AanmeldingRecord, regio: string, school: string, telefoon: string): Registratie {
  return {
    regio,
    aanmeldingId: a.id,
    leerlingNaam: a.leerlingNaam,
    school,
    telefoon,
    geregistreerdOp: new Date().toISOString(),
  };
}

const gebeurtenis = (a: AanmeldingRecord): Gebeurtenis => ({
  van: keys.aanmelding.item(a.id),
  id: randomUUID(),
  tijdstip: new Date().toISOString(),
  soort: "aangemeld",
  door: "systeem",
});

describe("one registration across both regions (REG-04, REGION-02)", () => {
  it("REG-04 REGION-02 50 simultaneous registrations of one pupil over both regions: exactly one succeeds", async () => {
    const bsnHash = `race-${randomUUID()}`;
    const pogingen = Array.from({ length: 50 }, (_, i) => {
      const regio = i % 2 === 0 ? "amstelland" : "amsterdam";
      const db = regio === "amstelland" ? amstelland : amsterdam;
      const a = aanmelding({ bsnHash, keuzes: [{ schoolId: `school-${i}`, afdelingId: "havo" }] });
      return { a, db, school: `School ${i}`, telefoon: `020 - 000 00 ${String(i).padStart(2, "0")}`, regio };
    });
    const uitkomsten = await Promise.allSettled(
      pogingen.map((p) =>
        meldDefinitiefAan(
          p.db,
          registry,
          p.a,
          undefined,
          registratie(p.a, p.regio, p.school, p.telefoon),
          gebeurtenis(p.a),
        ),
      ),
    );
    const gelukt = uitkomsten.flatMap((u, i) => (u.status === "fulfilled" ? [pogingen[i]] : []));
    expect(gelukt).toHaveLength(1);
    const winnaar = gelukt[0];
    const houder = await getRegistratie(registry, bsnHash, "2026-2027");
    expect(houder?.aanmeldingId).toBe(winnaar?.a.id);
    for (const u of uitkomsten) {
      if (u.status === "rejected") {
        expect(u.reason).toBeInstanceOf(LeerlingAlAangemeldFout);
        expect((u.reason as Error).message).toBe(
          `Leerling: Sem de Vries. Deze leerling is al op een school aangemeld of geplaatst: ${winnaar?.school} (${winnaar?.telefoon}).`,
        );
      }
    }
    // Nothing of the refused attempts was written.
    const verliezers = pogingen.filter((p) => p !== winnaar);
    const geschreven = await Promise.all(verliezers.map((p) => getAanmelding(p.db, p.a.id)));
    expect(geschreven.filter(Boolean)).toHaveLength(0);
  });

  it("REG-05 a registration appears at once at its 1st-choice school, in order of registration", async () => {
    const a = aanmelding({
      bsnHash: `vijf-${randomUUID()}`,
      keuzes: [{ schoolId: "school-overzicht", afdelingId: "havo" }],
    });
    await meldDefinitiefAan(
      amstelland,
      registry,
      a,
      undefined,
      registratie(a, "amstelland", "X", "1"),
      gebeurtenis(a),
    );
    const lijst = await listAanmeldingenBySchool(amstelland, "school-overzicht", "2026-2027");
    expect(lijst.map((l) => l.id)).toEqual([a.id]);
    expect(lijst[0]?.aangemeldOp).toBe(a.aangemeldOp);
  });

  it("REG-06 undoing a registration frees the pupil to register again, also in the other region", async () => {
    const bsnHash = `intrekken-${randomUUID()}`;
    const eerste = aanmelding({ bsnHash, keuzes: [{ schoolId: "school-ingetrokken", afdelingId: "havo" }] });
    await meldDefinitiefAan(
      amstelland,
      registry,
      eerste,
      undefined,
      registratie(eerste, "amstelland", "A", "1"),
      gebeurtenis(eerste),
    );
    const tweede = aanmelding({ bsnHash });
    await expect(
      meldDefinitiefAan(
        amsterdam,
        registry,
        tweede,
        undefined,
        registratie(tweede, "amsterdam", "B", "2"),
        gebeurtenis(tweede),
      ),
    ).rejects.toThrow("Deze leerling is al op een school aangemeld of geplaatst: A (1).");
    const opgeslagen = await getAanmelding(amstelland, eerste.id);
    if (!opgeslagen) throw new Error("missing");
    await trekAanmeldingIn(amstelland, registry, opgeslagen, new Date().toISOString(), gebeurtenis(eerste));
    const naIntrekken = await listAanmeldingenBySchool(amstelland, "school-ingetrokken", "2026-2027");
    expect(naIntrekken).toEqual([]);
    await meldDefinitiefAan(
      amsterdam,
      registry,
      tweede,
      undefined,
      registratie(tweede, "amsterdam", "B", "2"),
      gebeurtenis(tweede),
    );
    expect((await getRegistratie(registry, bsnHash, "2026-2027"))?.regio).toBe("amsterdam");
  });

  it("REGION-02 ELK-nummers come from one counter shared by the regions: never twice the same", async () => {
    const nummers = await Promise.all(
      Array.from({ length: 40 }, () => volgendElkVolgnummer(registry, false)),
    );
    expect(new Set(nummers).size).toBe(40);
  });
});
