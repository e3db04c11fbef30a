import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { AlInGebruikFout, GelijktijdigGewijzigdFout } from "@elk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Db,
  getGebruiker,
  getGebruikerByCognitoSub,
  getGebruikerByGebruikersnaam,
  getSchool,
  isTokenIngetrokken,
  keys,
  listScholenByBestuur,
  maakGebruikerAan,
  maakSchoolAan,
  schrijf,
  trekTokenIn,
} from "../src";
import { gebeurtenis, maakGebruiker, maakSchool } from "./factories";
import { nieuweTabel } from "./support";

let db: Db;
let opruimen: () => Promise<void>;

beforeAll(async () => {
  ({ db, opruimen } = await nieuweTabel());
});
afterAll(async () => opruimen());

async function geschiedenis(pk: { PK: string }): Promise<number> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
      ExpressionAttributeValues: { ":pk": pk.PK, ":g": "GEBEURTENIS#" },
    }),
  );
  return res.Items?.length ?? 0;
}

describe("data layer against DynamoDB Local", () => {
  it("ORG-01 BRIN + vestigingscode is unique: the second school is refused and nothing of it is written", async () => {
    const eerste = maakSchool({ brin: "11AA", vestigingscode: "00" });
    await maakSchoolAan(db, eerste, gebeurtenis(keys.school.item(eerste.id)));
    const tweede = maakSchool({ brin: "11aa", vestigingscode: "00" });
    const poging = maakSchoolAan(db, tweede, gebeurtenis(keys.school.item(tweede.id)));
    await expect(poging).rejects.toBeInstanceOf(AlInGebruikFout);
    await expect(poging).rejects.toThrow("Er bestaat al een school met BRIN 11AA en vestigingscode 00.");
    expect(await getSchool(db, tweede.id)).toBeUndefined();
    expect(await geschiedenis(keys.school.item(tweede.id))).toBe(0);
    // Another vestigingscode of the same BRIN is a different location.
    const derde = maakSchool({ brin: "11AA", vestigingscode: "01" });
    await maakSchoolAan(db, derde, gebeurtenis(keys.school.item(derde.id)));
    expect((await getSchool(db, derde.id))?.vestigingscode).toBe("01");
  });

  it("ARCH-DATA every state change writes its history event in the same transaction", async () => {
    const school = maakSchool({ brin: "12BB" });
    await maakSchoolAan(db, school, gebeurtenis(keys.school.item(school.id), "school-aangemaakt"));
    expect(await geschiedenis(keys.school.item(school.id))).toBe(1);
  });

  it("ACC-03 usernames are unique case-insensitively and sign-in finds the account in any case", async () => {
    const jan = maakGebruiker({ gebruikersnaam: "Jan.Jansen" });
    await maakGebruikerAan(db, jan, gebeurtenis(keys.gebruiker.item(jan.id)));
    const ander = maakGebruiker({ gebruikersnaam: "jan.jansen" });
    await expect(maakGebruikerAan(db, ander, gebeurtenis(keys.gebruiker.item(ander.id)))).rejects.toThrow(
      'De gebruikersnaam "jan.jansen" is al in gebruik. Kies een andere gebruikersnaam.',
    );
    expect(await getGebruiker(db, ander.id)).toBeUndefined();
    expect((await getGebruikerByGebruikersnaam(db, "JAN.JANSEN"))?.id).toBe(jan.id);
    expect(await getGebruikerByGebruikersnaam(db, "niemand")).toBeUndefined();
  });

  it("ACC-04 one person holds two accounts with the same e-mail and different usernames", async () => {
    const a = maakGebruiker({
      email: "zelfde@example.org",
      gebruikersnaam: "zelfde-a",
      schoolId: "s-a",
      cognitoSub: "sub-a",
    });
    const b = maakGebruiker({
      email: "zelfde@example.org",
      gebruikersnaam: "zelfde-b",
      schoolId: "s-b",
      cognitoSub: "sub-b",
    });
    await maakGebruikerAan(db, a, gebeurtenis(keys.gebruiker.item(a.id)));
    await maakGebruikerAan(db, b, gebeurtenis(keys.gebruiker.item(b.id)));
    expect((await getGebruikerByCognitoSub(db, "sub-b"))?.schoolId).toBe("s-b");
    expect((await getGebruikerByGebruikersnaam(db, "zelfde-a"))?.schoolId).toBe("s-a");
  });

  it("ARCH-DATA optimistic locking: a write based on a stale version is refused", async () => {
    const school = maakSchool({ brin: "13CC" });
    await maakSchoolAan(db, school, gebeurtenis(keys.school.item(school.id)));
    const opgeslagen = (
      await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.school.item(school.id) }))
    ).Item as { PK: string; SK: string; type: string; version: number };
    expect(opgeslagen.version).toBe(1);
    await schrijf(db, { vervang: [{ ...opgeslagen, naam: "Nieuwe naam" }] });
    await expect(schrijf(db, { vervang: [{ ...opgeslagen, naam: "Verouderd" }] })).rejects.toBeInstanceOf(
      GelijktijdigGewijzigdFout,
    );
    expect((await getSchool(db, school.id))?.naam).toBe("Nieuwe naam");
  });

  it("ORG-02 the schools of a bestuur, by one query on its index", async () => {
    for (const [i, naam] of ["Zuid", "Noord"].entries()) {
      const s = maakSchool({ bestuurId: "bestuur-x", naam, brin: `2${i}XX` });
      await maakSchoolAan(db, s, gebeurtenis(keys.school.item(s.id)));
    }
    const andere = maakSchool({ bestuurId: "bestuur-y", brin: "29YY" });
    await maakSchoolAan(db, andere, gebeurtenis(keys.school.item(andere.id)));
    expect((await listScholenByBestuur(db, "bestuur-x")).map((s) => s.naam)).toEqual(["Noord", "Zuid"]);
  });

  it("ACC-08 a revoked token is known as revoked", async () => {
    expect(await isTokenIngetrokken(db, "jti-1")).toBe(false);
    await trekTokenIn(db, "jti-1", Math.floor(Date.now() / 1000) + 3600);
    expect(await isTokenIngetrokken(db, "jti-1")).toBe(true);
  });
});
