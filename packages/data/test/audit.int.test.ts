import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as data from "../src";
import { type Db, type Gebeurtenis, keys, listAudit, schrijf } from "../src";
import { nieuweTabel } from "./support";

let db: Db;
let opruimen: () => Promise<void>;

beforeAll(async () => {
  ({ db, opruimen } = await nieuweTabel());
});
afterAll(async () => opruimen());

const dag = "2026-12-01";
let teller = 0;
function gebeurtenis(
  soort: string,
  meekijkend: boolean,
  gegevens: Record<string, unknown> = {},
): Gebeurtenis {
  teller += 1;
  return {
    van: { PK: `AANMELDING#a-${teller}`, SK: "AANMELDING" },
    id: `g-${String(teller).padStart(4, "0")}`,
    tijdstip: `${dag}T09:00:00.${String(teller % 1000).padStart(3, "0")}Z`,
    soort,
    door: {
      gebruikerId: "u-1",
      naam: "Lotte Beheerder",
      ...(meekijkend ? { meekijkendDoor: { gebruikerId: "cp-1", naam: "Sanne Wilbrink" } } : {}),
    },
    gegevens,
    wie: { rollen: ["beheren"], schoolId: "ac", locatieNaam: "Amstelveen College" },
  };
}

describe("the audit trail in the data layer (#10 PRIV)", () => {
  it("PRIV #10 an audited event is written with its history in one transaction; others are not audited", async () => {
    await schrijf(db, {
      gebeurtenissen: [
        gebeurtenis("okidoc-gelezen", false),
        gebeurtenis("gebruiker-toegevoegd", false),
        gebeurtenis("gebruiker-toegevoegd", true),
        gebeurtenis("export-gedownload", false, { metBsn: true, bsn: "123456782" }),
      ],
    });
    const { records } = await listAudit(db, [dag]);
    expect(records.map((r) => r.categorie).sort()).toEqual(["bsn", "meekijken", "okidoc"]);
    const meekijken = records.find((r) => r.categorie === "meekijken");
    expect(meekijken).toMatchObject({
      door: { naam: "Lotte Beheerder", rollen: ["beheren"], locatieNaam: "Amstelveen College" },
      meekijkendDoor: { naam: "Sanne Wilbrink" },
      betreft: { entiteit: "AANMELDING" },
    });
    expect(JSON.stringify(records)).not.toContain("123456782");
  });

  it("PRIV #10 retention: with the region's period an audit record expires (TTL) at the end of its school year's retention; without it it is kept", async () => {
    // 1 December 2026 lies in school year 2026-2027, which ends on 1 August 2027; 24 months on.
    const metTermijn: Db = { ...db, bewaartermijnMaanden: 24 };
    const g = gebeurtenis("okidoc-gelezen", false);
    const zonder = gebeurtenis("okidoc-gelezen", false);
    await schrijf(metTermijn, { gebeurtenissen: [g] });
    await schrijf(db, { gebeurtenissen: [zonder] });
    const item = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: keys.audit.item(dag, g.tijdstip, g.id) }),
    );
    expect(item.Item?.ttl).toBe(Date.UTC(2029, 7, 1) / 1000);
    const bewaard = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: keys.audit.item(dag, zonder.tijdstip, zonder.id) }),
    );
    expect(bewaard.Item).toBeDefined();
    expect(bewaard.Item?.ttl).toBeUndefined();
  });

  it("PRIV #10 a transaction too full for its audit records (100 items) still writes them, right after", async () => {
    const veel = Array.from({ length: 60 }, () => gebeurtenis("leerling-geimporteerd", true));
    await schrijf(db, { gebeurtenissen: veel });
    const { records } = await listAudit(db, [dag]);
    const ids = new Set(records.map((r) => r.id));
    expect(veel.every((g) => ids.has(g.id))).toBe(true);
  });

  it("PRIV #10 append-only: a record is never overwritten, and the data layer has no function to change or remove one", async () => {
    const g = gebeurtenis("okidoc-gelezen", false);
    await schrijf(db, { gebeurtenissen: [g] });
    const { records } = await listAudit(db, [dag]);
    const record = records.find((r) => r.id === g.id);
    expect(record).toBeDefined();
    // The same record again is refused (its history event too): nothing is replaced.
    await expect(schrijf(db, { gebeurtenissen: [g] })).rejects.toThrow();
    await expect(
      db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: { ...data.auditItem({ ...(record as data.AuditRecord), soort: "gewijzigd" }) },
          ConditionExpression: "attribute_not_exists(PK)",
        }),
      ),
    ).rejects.toThrow();
    expect((await listAudit(db, [dag])).records.find((r) => r.id === g.id)).toEqual(record);
    const namen = Object.keys(data).filter((n) => /audit/i.test(n));
    expect(namen.filter((n) => /(wijzig|verwijder|update|delete|werkBij)/i.test(n))).toEqual([]);
    expect(keys.audit.item(dag, g.tijdstip, g.id).PK).toBe(`AUDIT#${dag}`);
  });
});
