import { randomUUID } from "node:crypto";
import { GelijktijdigGewijzigdFout, type Groep, NietGevondenFout } from "@elk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contactpersonenVanAanmelding,
  type Db,
  getGroep,
  keys,
  listGroepen,
  listNotificaties,
  markeerAlleNotificatiesGelezen,
  markeerNotificatieGelezen,
  notificatieItems,
  schrijf,
  slaGroepOp,
  verwijderGroep,
} from "../src";
import { gebeurtenis } from "./factories";
import { nieuweTabel } from "./support";

let db: Db;
let opruimen: () => Promise<void>;

beforeAll(async () => {
  ({ db, opruimen } = await nieuweTabel());
});
afterAll(async () => {
  await opruimen();
});

function groep(overrides: Partial<Groep> = {}): Groep {
  return {
    id: randomUUID(),
    schoolId: "school-a",
    schooljaar: "2026-2027",
    naam: `Groep ${randomUUID().slice(0, 4)}`,
    aanmeldingIds: [],
    contactpersoonIds: [],
    ...overrides,
  };
}

async function nieuw(g: Groep): Promise<Groep> {
  await slaGroepOp(db, g, undefined, gebeurtenis(keys.groep.item(g.id), "groep-aangemaakt"));
  return g;
}

describe("groepen (GRP-01, GRP-02)", () => {
  it("GRP-01 a school's groups are listed by name, per school year, with optimistic locking", async () => {
    const school = `school-${randomUUID().slice(0, 6)}`;
    const b = await nieuw(groep({ schoolId: school, naam: "Niet plaatsen" }));
    await nieuw(groep({ schoolId: school, naam: "aanmeldingen vwo" }));
    await nieuw(groep({ schoolId: school, naam: "Oud", schooljaar: "2025-2026" }));
    await nieuw(groep({ schoolId: "andere-school", naam: "Elders" }));
    expect((await listGroepen(db, school, "2026-2027")).map((g) => g.naam)).toEqual([
      "aanmeldingen vwo",
      "Niet plaatsen",
    ]);
    const gelezen = await getGroep(db, b.id);
    expect(gelezen?.version).toBe(1);
    if (!gelezen) throw new Error("group not stored");
    await slaGroepOp(db, { ...b, naam: "Niet plaatsen!" }, gelezen, gebeurtenis(keys.groep.item(b.id)));
    await expect(
      slaGroepOp(db, { ...b, naam: "Te laat" }, gelezen, gebeurtenis(keys.groep.item(b.id))),
    ).rejects.toBeInstanceOf(GelijktijdigGewijzigdFout);
    expect((await getGroep(db, b.id))?.naam).toBe("Niet plaatsen!");
  });

  it("GRP-02 only the contact persons of the pupil's groups at that school receive its notifications", async () => {
    const school = `school-${randomUUID().slice(0, 6)}`;
    const pupil = randomUUID();
    const ander = randomUUID();
    await nieuw(groep({ schoolId: school, aanmeldingIds: [pupil, ander], contactpersoonIds: ["docent-1"] }));
    await nieuw(
      groep({ schoolId: school, aanmeldingIds: [pupil], contactpersoonIds: ["docent-1", "docent-2"] }),
    );
    await nieuw(groep({ schoolId: school, aanmeldingIds: [ander], contactpersoonIds: ["docent-3"] }));
    await nieuw(groep({ schoolId: "elders", aanmeldingIds: [pupil], contactpersoonIds: ["docent-elders"] }));
    const weg = await nieuw(
      groep({ schoolId: school, aanmeldingIds: [pupil], contactpersoonIds: ["docent-4"] }),
    );

    const opgeslagen = await getGroep(db, weg.id);
    if (!opgeslagen) throw new Error("group not stored");
    await verwijderGroep(db, opgeslagen, new Date().toISOString(), gebeurtenis(keys.groep.item(weg.id)));
    expect(await getGroep(db, weg.id)).toBeUndefined();

    expect((await contactpersonenVanAanmelding(db, school, pupil)).sort()).toEqual(["docent-1", "docent-2"]);
    expect(await contactpersonenVanAanmelding(db, school, randomUUID())).toEqual([]);
  });
});

describe("notificaties (GRP-04)", () => {
  const NU = new Date("2027-03-20T10:00:00.000Z");

  async function stuur(ontvangers: string[], op: string, tekst: string, zichtbaarVanaf?: string) {
    await schrijf(db, {
      nieuw: notificatieItems(ontvangers, {
        id: randomUUID(),
        op,
        soort: "okidoc-vrijgegeven",
        tekst,
        leerlingNaam: "Noor Jansen",
        elkNummer: "900000001",
        ...(zichtbaarVanaf ? { zichtbaarVanaf } : {}),
      }),
    });
  }

  it("GRP-04 newest first, unread, held back until their moment, one item per recipient", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await stuur([a, b, a], "2027-03-18T09:00:00.000Z", "Eerste");
    await stuur([a], "2027-03-19T09:00:00.000Z", "Tweede");
    // Held back until the announcement: listed only from then on, in its place by that moment.
    await stuur([a], "2027-03-10T09:00:00.000Z", "Geplaatst", "2027-03-19T18:00:00+02:00");
    await stuur([a], "2027-03-19T09:00:00.000Z", "Later", "2027-04-08T16:00:00+02:00");

    const lijst = await listNotificaties(db, a, NU);
    expect(lijst.map((n) => n.tekst)).toEqual(["Geplaatst", "Tweede", "Eerste"]);
    expect(lijst.every((n) => !n.gelezen)).toBe(true);
    expect(lijst[0]?.moment).toBe("2027-03-19T16:00:00.000Z");
    expect((await listNotificaties(db, b, NU)).map((n) => n.tekst)).toEqual(["Eerste"]);
    expect((await listNotificaties(db, a, new Date("2027-04-09T00:00:00Z")))[0]?.tekst).toBe("Later");
  });

  it("GRP-04 a user marks only its own, appeared notifications read", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await stuur([a, b], "2027-03-18T09:00:00.000Z", "Voor beiden");
    await stuur([a], "2027-03-19T09:00:00.000Z", "Nog niet", "2027-04-08T16:00:00+02:00");
    const [vanA] = await listNotificaties(db, a, NU);
    if (!vanA) throw new Error("no notification");

    await expect(markeerNotificatieGelezen(db, b, vanA.verwijzing, NU)).rejects.toBeInstanceOf(
      NietGevondenFout,
    );
    await expect(markeerNotificatieGelezen(db, a, "niet-een-verwijzing", NU)).rejects.toBeInstanceOf(
      NietGevondenFout,
    );
    const [later] = await listNotificaties(db, a, new Date("2027-05-01T00:00:00Z"));
    await expect(markeerNotificatieGelezen(db, a, later?.verwijzing ?? "", NU)).rejects.toBeInstanceOf(
      NietGevondenFout,
    );

    await markeerNotificatieGelezen(db, a, vanA.verwijzing, NU);
    expect((await listNotificaties(db, a, NU))[0]?.gelezen).toBe(true);
    expect((await listNotificaties(db, b, NU))[0]?.gelezen).toBe(false);

    expect(await markeerAlleNotificatiesGelezen(db, b, NU)).toBe(1);
    expect((await listNotificaties(db, b, NU)).every((n) => n.gelezen)).toBe(true);
    // The held-back one stays unread until it appears.
    expect(await markeerAlleNotificatiesGelezen(db, a, NU)).toBe(0);
    expect((await listNotificaties(db, a, new Date("2027-05-01T00:00:00Z")))[0]?.gelezen).toBe(false);
  });
});
