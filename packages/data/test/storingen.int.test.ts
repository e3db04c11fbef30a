import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bewaarUitgesteldeMail,
  claimIdempotentie,
  type Db,
  isMailVerstuurd,
  listUitgesteldeMails,
  markeerMailVerstuurd,
  VERLATEN_NA_MS,
  verwijderUitgesteldeMail,
} from "../src";
import { nieuweTabel } from "./support";

let db: Db;
let opruimen: () => Promise<void>;

beforeAll(async () => {
  ({ db, opruimen } = await nieuweTabel());
});
afterAll(async () => opruimen());

const verzoek = { route: "schoolAanmelding", verzoek: "a".repeat(64) };

describe("what a cut-off request or a redelivered mail leaves behind (issue #10, Faults)", () => {
  it("ARCH-ERR an Idempotency-Key whose request was cut off is free again after the abandon time, for one taker only", async () => {
    const t0 = new Date("2026-03-10T09:00:00Z");
    expect(await claimIdempotentie(db, "g1", "sleutel-1", verzoek, t0)).toEqual({ soort: "nieuw" });
    // Still running as far as anyone knows: the same key waits.
    const kort = await claimIdempotentie(db, "g1", "sleutel-1", verzoek, new Date(t0.getTime() + 20_000));
    expect(kort).toMatchObject({ soort: "bestaand", record: { status: "bezig" } });
    // Long past any request's lifetime: abandoned, taken over — by one of two at once.
    const later = new Date(t0.getTime() + VERLATEN_NA_MS + 1000);
    const [een, twee] = await Promise.all([
      claimIdempotentie(db, "g1", "sleutel-1", verzoek, later),
      claimIdempotentie(db, "g1", "sleutel-1", verzoek, later),
    ]);
    expect([een?.soort, twee?.soort].sort()).toEqual(["bestaand", "nieuw"]);
  });

  it("ARCH-ERR a mail is remembered as sent by its id", async () => {
    expect(await isMailVerstuurd(db, "mail-1")).toBe(false);
    await markeerMailVerstuurd(db, "mail-1");
    expect(await isMailVerstuurd(db, "mail-1")).toBe(true);
    expect(await isMailVerstuurd(db, "mail-2")).toBe(false);
  });

  it("ARCH-ERR MAIL-01 a mail SQS refused is kept, listed oldest first, and gone once removed", async () => {
    await bewaarUitgesteldeMail(db, { id: "later" }, new Date("2026-03-10T09:00:05Z"));
    await bewaarUitgesteldeMail(db, { id: "eerder" }, new Date("2026-03-10T09:00:01Z"));
    const wachtend = await listUitgesteldeMails(db, 10);
    expect(wachtend.map((w) => w.mail.id)).toEqual(["eerder", "later"]);
    expect(await listUitgesteldeMails(db, 1)).toHaveLength(1);
    await verwijderUitgesteldeMail(db, wachtend[0]?.sk ?? "");
    expect((await listUitgesteldeMails(db, 10)).map((w) => w.mail.id)).toEqual(["later"]);
  });
});
