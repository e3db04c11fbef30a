import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import {
  AlInGebruikFout,
  type Bestuur,
  GelijktijdigGewijzigdFout,
  type Nieuwsbericht,
  nieuwsIntrekken,
  nieuwsPubliceren,
} from "@elk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Db,
  type Gebeurtenis,
  getBestuur,
  getNieuwsbericht,
  getSchool,
  type ItemKey,
  keys,
  listAlleNieuws,
  listBesturen,
  listGepubliceerdNieuws,
  listScholenByBestuur,
  maakBestuurAan,
  maakNieuwsAan,
  maakSchoolAan,
  wijzigBestuur,
  wijzigNieuwsbericht,
  wijzigSchool,
} from "../src";
import { gebeurtenis, maakSchool } from "./factories";
import { nieuweTabel } from "./support";

let db: Db;
let opruimen: () => Promise<void>;

beforeAll(async () => {
  ({ db, opruimen } = await nieuweTabel());
});
afterAll(async () => opruimen());

async function geschiedenis(van: ItemKey): Promise<Array<Record<string, unknown>>> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
      ExpressionAttributeValues: { ":pk": van.PK, ":g": "GEBEURTENIS#" },
    }),
  );
  return res.Items ?? [];
}

async function ruwItem(key: ItemKey): Promise<Record<string, unknown> | undefined> {
  return (await db.doc.send(new GetCommand({ TableName: db.tableName, Key: key }))).Item;
}

const door: Gebeurtenis["door"] = {
  gebruikerId: "g-lotte",
  naam: "Lotte Beheerder",
  meekijkendDoor: { gebruikerId: "g-sanne", naam: "Sanne Wilbrink" },
};

function bestuur(naam: string, id = `b-${naam.toLowerCase().replace(/\W+/g, "-")}`): Bestuur {
  return { id, naam, contactpersonen: [{ naam: "Sanne", email: "sanne@example.org" }] };
}

describe("besturen against DynamoDB Local", () => {
  it("ORG-01 a bestuur name is unique whatever its case: the second is refused and nothing of it is written", async () => {
    const eerste = bestuur("Stichting Uniek");
    await maakBestuurAan(db, eerste, gebeurtenis(keys.bestuur.item(eerste.id)));
    const tweede = bestuur("stichting  UNIEK", "b-tweede");
    await expect(maakBestuurAan(db, tweede, gebeurtenis(keys.bestuur.item(tweede.id)))).rejects.toThrow(
      'Er bestaat al een bestuur met de naam "stichting  UNIEK".',
    );
    expect(await getBestuur(db, tweede.id)).toBeUndefined();
    expect(await geschiedenis(keys.bestuur.item(tweede.id))).toHaveLength(0);
    expect((await getBestuur(db, eerste.id))?.version).toBe(1);
  });

  it("ORG-01 ORG-05 renaming swaps the name claim, moves the bestuur in the list and keeps its history", async () => {
    const b = bestuur("Stichting Oud");
    await maakBestuurAan(db, b, gebeurtenis(keys.bestuur.item(b.id)));
    const gelezen = await getBestuur(db, b.id);
    if (!gelezen) throw new Error("bestuur not written");
    const na = {
      ...gelezen,
      naam: "Aaa Stichting Nieuw",
      contactpersonen: [{ naam: "Jet", email: "jet@example.org" }],
    };
    await wijzigBestuur(
      db,
      { voor: gelezen, na, versie: gelezen.version },
      { ...gebeurtenis(keys.bestuur.item(b.id), "bestuur-gewijzigd"), door },
    );
    expect(await getBestuur(db, b.id)).toMatchObject({ naam: "Aaa Stichting Nieuw", version: 2 });
    expect((await listBesturen(db))[0]?.id).toBe(b.id);
    expect(await geschiedenis(keys.bestuur.item(b.id))).toHaveLength(2);

    // The old name is free again; the new one is taken.
    const oudeNaam = bestuur("Stichting Oud", "b-weer-oud");
    await maakBestuurAan(db, oudeNaam, gebeurtenis(keys.bestuur.item(oudeNaam.id)));
    const nieuweNaam = bestuur("AAA stichting nieuw", "b-bezet");
    await expect(
      maakBestuurAan(db, nieuweNaam, gebeurtenis(keys.bestuur.item(nieuweNaam.id))),
    ).rejects.toBeInstanceOf(AlInGebruikFout);

    // A change based on the version read before the rename is refused.
    await expect(
      wijzigBestuur(
        db,
        { voor: gelezen, na: { ...gelezen, naam: "Verouderd" }, versie: gelezen.version },
        gebeurtenis(keys.bestuur.item(b.id)),
      ),
    ).rejects.toBeInstanceOf(GelijktijdigGewijzigdFout);
    expect((await getBestuur(db, b.id))?.naam).toBe("Aaa Stichting Nieuw");
  });
});

describe("schools against DynamoDB Local", () => {
  it("ORG-02 a change is written whole with the next version and its history event, who included", async () => {
    const school = maakSchool({ brin: "40AA", bestuurId: "b-links" });
    await maakSchoolAan(db, school, gebeurtenis(keys.school.item(school.id)));
    const gelezen = await getSchool(db, school.id);
    if (!gelezen) throw new Error("school not written");
    expect(gelezen.version).toBe(1);
    const na = { ...gelezen, telefoon: "020 - 123 45 67", bestuurId: "b-rechts" };
    await wijzigSchool(
      db,
      { voor: gelezen, na, versie: 1 },
      {
        ...gebeurtenis(keys.school.item(school.id), "school-gewijzigd"),
        // History sorts by time: the change comes after the creation.
        tijdstip: "2026-11-30T11:00:00.000Z",
        door,
        gegevens: { gewijzigd: ["telefoon"] },
      },
    );
    expect(await getSchool(db, school.id)).toMatchObject({ telefoon: "020 - 123 45 67", version: 2 });
    // A new bestuur moves the school in the bestuur's index.
    expect((await listScholenByBestuur(db, "b-links")).map((s) => s.id)).not.toContain(school.id);
    expect((await listScholenByBestuur(db, "b-rechts")).map((s) => s.id)).toContain(school.id);
    const events = await geschiedenis(keys.school.item(school.id));
    expect(events.map((e) => e.soort)).toEqual(["aangemaakt", "school-gewijzigd"]);
    expect(events[1]?.door).toEqual(door);
  });

  it("ORG-02 a stale version is refused and nothing is written", async () => {
    const school = maakSchool({ brin: "41BB" });
    await maakSchoolAan(db, school, gebeurtenis(keys.school.item(school.id)));
    const gelezen = await getSchool(db, school.id);
    if (!gelezen) throw new Error("school not written");
    await wijzigSchool(
      db,
      { voor: gelezen, na: { ...gelezen, naam: "Eerste" }, versie: 1 },
      gebeurtenis(keys.school.item(school.id)),
    );
    const poging = wijzigSchool(
      db,
      { voor: gelezen, na: { ...gelezen, naam: "Tweede", brin: "41BC" }, versie: 1 },
      gebeurtenis(keys.school.item(school.id)),
    );
    await expect(poging).rejects.toBeInstanceOf(GelijktijdigGewijzigdFout);
    expect(await getSchool(db, school.id)).toMatchObject({ naam: "Eerste", brin: "41BB", version: 2 });
    expect(await geschiedenis(keys.school.item(school.id))).toHaveLength(2);
    expect(await ruwItem(keys.claim("VESTIGING", "41BC00"))).toBeUndefined();
  });

  it("ORG-01 ORG-02 a new BRIN + vestigingscode swaps the claim in the same transaction", async () => {
    const school = maakSchool({ brin: "42CC", vestigingscode: "00" });
    await maakSchoolAan(db, school, gebeurtenis(keys.school.item(school.id)));
    const gelezen = await getSchool(db, school.id);
    if (!gelezen) throw new Error("school not written");
    await wijzigSchool(
      db,
      { voor: gelezen, na: { ...gelezen, brin: "42CD", vestigingscode: "01" }, versie: 1 },
      gebeurtenis(keys.school.item(school.id), "school-gewijzigd"),
    );
    expect(await ruwItem(keys.claim("VESTIGING", "42CC00"))).toBeUndefined();
    expect((await ruwItem(keys.claim("VESTIGING", "42CD01")))?.eigenaar).toBe(school.id);

    // The old code is free for another school; the new one is not.
    const opOudeCode = maakSchool({ brin: "42CC", vestigingscode: "00" });
    await maakSchoolAan(db, opOudeCode, gebeurtenis(keys.school.item(opOudeCode.id)));
    const opNieuweCode = maakSchool({ brin: "42CD", vestigingscode: "01" });
    await expect(
      maakSchoolAan(db, opNieuweCode, gebeurtenis(keys.school.item(opNieuweCode.id))),
    ).rejects.toThrow("Er bestaat al een school met BRIN 42CD en vestigingscode 01.");
  });

  it("ORG-01 moving to a BRIN + vestigingscode in use is refused: the school, its claim and its history stay", async () => {
    const bezet = maakSchool({ brin: "43DD" });
    await maakSchoolAan(db, bezet, gebeurtenis(keys.school.item(bezet.id)));
    const school = maakSchool({ brin: "43DE" });
    await maakSchoolAan(db, school, gebeurtenis(keys.school.item(school.id)));
    const gelezen = await getSchool(db, school.id);
    if (!gelezen) throw new Error("school not written");
    const poging = wijzigSchool(
      db,
      { voor: gelezen, na: { ...gelezen, brin: "43DD" }, versie: 1 },
      gebeurtenis(keys.school.item(school.id), "school-gewijzigd"),
    );
    await expect(poging).rejects.toBeInstanceOf(AlInGebruikFout);
    await expect(poging).rejects.toThrow("Er bestaat al een school met BRIN 43DD en vestigingscode 00.");
    expect(await getSchool(db, school.id)).toMatchObject({ brin: "43DE", version: 1 });
    expect((await ruwItem(keys.claim("VESTIGING", "43DE00")))?.eigenaar).toBe(school.id);
    expect((await ruwItem(keys.claim("VESTIGING", "43DD00")))?.eigenaar).toBe(bezet.id);
    expect(await geschiedenis(keys.school.item(school.id))).toHaveLength(1);
  });

  it("ORG-03 afdelingen and capaciteitsgroepen are stored with the school", async () => {
    const school = maakSchool({ brin: "44EE" });
    await maakSchoolAan(db, school, gebeurtenis(keys.school.item(school.id)));
    const gelezen = await getSchool(db, school.id);
    if (!gelezen) throw new Error("school not written");
    const afdelingen = [
      {
        id: "havo",
        naam: "havo",
        adviezen: ["havo"] as const,
        capaciteitsgroepId: "hv",
        gelijkwaardigAan: ["vwo"],
      },
      {
        id: "vwo",
        naam: "vwo",
        adviezen: ["vwo"] as const,
        capaciteitsgroepId: "hv",
        gelijkwaardigAan: ["havo"],
      },
    ];
    await wijzigSchool(
      db,
      {
        voor: gelezen,
        na: { ...gelezen, afdelingen, capaciteitsgroepen: [{ id: "hv", naam: "havo/vwo", capaciteit: 90 }] },
        versie: 1,
      },
      gebeurtenis(keys.school.item(school.id), "afdelingen-gewijzigd"),
    );
    const opgeslagen = await getSchool(db, school.id);
    expect(opgeslagen?.afdelingen).toEqual(afdelingen);
    expect(opgeslagen?.capaciteitsgroepen).toEqual([{ id: "hv", naam: "havo/vwo", capaciteit: 90 }]);
  });
});

describe("news against DynamoDB Local (HOME-01)", () => {
  const bericht = (id: string, aangemaaktOp: string): Nieuwsbericht => ({
    id,
    titel: `Bericht ${id}`,
    tekst: "Tekst",
    bron: "ELK",
    aangemaaktOp,
  });

  it("HOME-01 a concept is listed for the beheerorganisatie only; publishing shows it, withdrawing removes it again", async () => {
    await maakNieuwsAan(
      db,
      bericht("n-oud", "2026-11-01T09:00:00.000Z"),
      gebeurtenis(keys.nieuws.item("n-oud")),
    );
    await maakNieuwsAan(
      db,
      bericht("n-nieuw", "2026-11-02T09:00:00.000Z"),
      gebeurtenis(keys.nieuws.item("n-nieuw")),
    );
    expect(await listGepubliceerdNieuws(db)).toEqual([]);
    expect((await listAlleNieuws(db)).map((n) => n.id)).toEqual(["n-nieuw", "n-oud"]);

    for (const id of ["n-oud", "n-nieuw"]) {
      const gelezen = await getNieuwsbericht(db, id);
      if (!gelezen) throw new Error("news not written");
      const na = nieuwsPubliceren(
        gelezen,
        id === "n-oud" ? "2026-11-03T09:00:00.000Z" : "2026-11-04T09:00:00.000Z",
      ).bericht;
      await wijzigNieuwsbericht(
        db,
        { voor: gelezen, na, versie: gelezen.version },
        gebeurtenis(keys.nieuws.item(id), "nieuws-gepubliceerd"),
      );
    }
    expect((await listGepubliceerdNieuws(db)).map((n) => n.id)).toEqual(["n-nieuw", "n-oud"]);

    const gelezen = await getNieuwsbericht(db, "n-nieuw");
    if (!gelezen) throw new Error("news not written");
    const na = nieuwsIntrekken(gelezen, "2026-11-05T09:00:00.000Z").bericht;
    await wijzigNieuwsbericht(
      db,
      { voor: gelezen, na, versie: gelezen.version },
      gebeurtenis(keys.nieuws.item("n-nieuw"), "nieuws-ingetrokken"),
    );
    expect((await listGepubliceerdNieuws(db)).map((n) => n.id)).toEqual(["n-oud"]);
    const ruw = await ruwItem(keys.nieuws.item("n-nieuw"));
    expect(ruw).not.toHaveProperty("GSI1PK");
    expect(ruw).not.toHaveProperty("GSI1SK");
    expect(ruw).toMatchObject({ ingetrokkenOp: "2026-11-05T09:00:00.000Z", version: 3 });
    expect(await geschiedenis(keys.nieuws.item("n-nieuw"))).toHaveLength(3);

    // A change based on the version read before the withdrawal is refused.
    await expect(
      wijzigNieuwsbericht(
        db,
        { voor: gelezen, na: gelezen, versie: gelezen.version },
        gebeurtenis(keys.nieuws.item("n-nieuw")),
      ),
    ).rejects.toBeInstanceOf(GelijktijdigGewijzigdFout);
  });

  it("HOME-01 an item created published (the demo seed) is on the home page at once", async () => {
    const gepubliceerd = {
      ...bericht("n-seed", "2026-10-01T09:00:00.000Z"),
      gepubliceerdOp: "2026-10-01T09:00:00.000Z",
    };
    await maakNieuwsAan(db, gepubliceerd, gebeurtenis(keys.nieuws.item("n-seed")));
    expect((await listGepubliceerdNieuws(db)).map((n) => n.id)).toContain("n-seed");
  });
});
