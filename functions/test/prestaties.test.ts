import type { SendMessageBatchCommand } from "@aws-sdk/client-sqs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * Issue #11 (performance): the building blocks of the fixes, without a stack — the registration
 * path's copy of the schools, bounded concurrency for OSO klaarzetten, and queueing its dossiers in
 * batches of ten, each exactly once. The whole paths run against the local stack in test/api.
 */

const verzonden: string[][] = [];
let weiger: (ids: string[]) => { heel?: boolean; ids?: string[] } = () => ({});
vi.mock("../src/config/sqs", () => ({
  getSqs: () => ({
    send: async (cmd: SendMessageBatchCommand) => {
      const entries = cmd.input.Entries ?? [];
      const ids = entries.map(
        (e) => (JSON.parse(e.MessageBody ?? "{}") as { aanmeldingId: string }).aanmeldingId,
      );
      await new Promise((r) => setTimeout(r, 1));
      const w = weiger(ids);
      if (w.heel) throw new Error("SQS onbereikbaar");
      verzonden.push(ids.filter((id) => !w.ids?.includes(id)));
      return {
        Successful: entries.filter((_, j) => !w.ids?.includes(ids[j] ?? "")).map((e) => ({ Id: e.Id })),
        Failed: entries
          .filter((_, j) => w.ids?.includes(ids[j] ?? ""))
          .map((e) => ({ Id: e.Id, SenderFault: false, Code: "x" })),
      };
    },
  }),
}));

const { kortBewaard } = await import("../src/http/aanmelden/gedeeld");
const { metBeperking } = await import("../src/http/oso/dossiers");
const { osoVerzender } = await import("../src/oso/wachtrij");

beforeEach(() => {
  process.env.OSO_QUEUE_URL = "https://sqs.test/oso";
  verzonden.length = 0;
  weiger = () => ({});
});
afterEach(() => vi.restoreAllMocks());

describe("#11 the registration path's copy of the VO schools (kortBewaard)", () => {
  it("#11 reads once per TTL per key, shares an overlapping read, reads again after the TTL or vergeet()", async () => {
    let nu = 1_000;
    const gelezen: string[] = [];
    const c = kortBewaard(
      async (sleutel) => {
        gelezen.push(sleutel);
        return `${sleutel}@${nu}`;
      },
      60_000,
      () => nu,
    );
    const [a, b] = await Promise.all([c.haal("tabel-a"), c.haal("tabel-a")]);
    expect(a).toBe("tabel-a@1000");
    expect(b).toBe(a);
    nu += 59_999;
    expect(await c.haal("tabel-a")).toBe("tabel-a@1000");
    expect(await c.haal("tabel-b")).toBe("tabel-b@60999"); // another region's table: its own copy
    nu += 1;
    expect(await c.haal("tabel-a")).toBe("tabel-a@61000");
    c.vergeet();
    expect(await c.haal("tabel-a")).toBe("tabel-a@61000");
    expect(gelezen).toEqual(["tabel-a", "tabel-b", "tabel-a", "tabel-a"]);
  });

  it("#11 a failed read is not kept", async () => {
    let keer = 0;
    const c = kortBewaard(
      async () => {
        keer += 1;
        if (keer === 1) throw new Error("DynamoDB weg");
        return keer;
      },
      60_000,
      () => 0,
    );
    await expect(c.haal("t")).rejects.toThrow("DynamoDB weg");
    expect(await c.haal("t")).toBe(2);
  });
});

describe("#11 OSO klaarzetten: bounded concurrency (metBeperking)", () => {
  it("#11 never more than the limit at once, every item once, results in the items' order", async () => {
    let bezig = 0;
    let hoogste = 0;
    const items = Array.from({ length: 100 }, (_, i) => i);
    const uit = await metBeperking(items, 16, async (i) => {
      bezig += 1;
      hoogste = Math.max(hoogste, bezig);
      await new Promise((r) => setTimeout(r, (i * 7) % 5));
      bezig -= 1;
      return i * 2;
    });
    expect(hoogste).toBe(16);
    expect(uit).toEqual(items.map((i) => i * 2));
  });

  it("#11 after a failure no new item starts; those under way finish; the error is thrown", async () => {
    const begonnen: number[] = [];
    const klaar: number[] = [];
    const fout = metBeperking(
      Array.from({ length: 50 }, (_, i) => i),
      4,
      async (i) => {
        begonnen.push(i);
        await new Promise((r) => setTimeout(r, i === 5 ? 1 : 5));
        if (i === 5) throw new Error("vijf");
        klaar.push(i);
      },
    );
    await expect(fout).rejects.toThrow("vijf");
    expect(begonnen.length).toBeLessThan(12);
    expect(klaar.sort((a, b) => a - b)).toEqual(begonnen.filter((i) => i !== 5).sort((a, b) => a - b));
  });
});

describe("#11 OSO klaarzetten: queued in batches of ten, each exactly once (osoVerzender)", () => {
  it("#11 25 dossiers (one added twice) go out as 10 + 10 + 5, each once, without waiting for the end", async () => {
    const v = osoVerzender();
    const ids = Array.from({ length: 25 }, (_, i) => `a${i}`);
    for (const id of ids) v.voegToe(id);
    v.voegToe("a3");
    await new Promise((r) => setTimeout(r, 20));
    expect(verzonden.map((b) => b.length)).toEqual([10, 10]); // sent while still adding
    expect(await v.sluit()).toEqual({ mislukt: [] });
    expect(verzonden.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(verzonden.flat().sort()).toEqual([...ids].sort());
  });

  it("#11 names exactly the dossiers that did not get on the queue: refused entries and a failed call", async () => {
    weiger = (ids) => (ids.includes("a12") ? { heel: true } : { ids: ids.filter((id) => id === "a3") });
    const v = osoVerzender();
    for (let i = 0; i < 23; i++) v.voegToe(`a${i}`);
    const { mislukt } = await v.sluit();
    expect(mislukt.sort()).toEqual([
      "a10",
      "a11",
      "a12",
      "a13",
      "a14",
      "a15",
      "a16",
      "a17",
      "a18",
      "a19",
      "a3",
    ]);
    expect(verzonden.flat().sort()).toEqual(
      Array.from({ length: 23 }, (_, i) => `a${i}`)
        .filter((id) => !mislukt.includes(id))
        .sort(),
    );
  });
});
