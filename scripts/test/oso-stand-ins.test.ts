import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from "vitest";
import type { AangebodenDossier, Aanleverpunt } from "../../functions/src/oso/traffic-center";
import {
  getTrafficCenter,
  HttpTrafficCenter,
  TrafficCenterError,
  TrafficCenterWeigeringError,
} from "../../functions/src/oso/traffic-center-client";
import { type StandInLas, startLas } from "../local/oso/las";
import { type StandInTrafficCenter, startTrafficCenter } from "../local/oso/traffic-center";

/** The stand-in Traffic Center and LAS, driven through ELK's own client, on a free port. */
const oso = (naam: string) => fileURLToPath(new URL(`../../../shared/oso/${naam}`, import.meta.url));
const xsdPad = oso("OSO_gegevensset_2019.1.xsd");
const voorbeeld = readFileSync(oso("Voorbeelddossier_OV_POVO_opt_out.xml"), "utf8");

const po: Aanleverpunt = {
  nummer: 4711,
  sleutel: "po-sleutel-4711-geheim",
  brin: "12AB",
  vestigingscode: "00",
};
const anderePo: Aanleverpunt = {
  nummer: 4712,
  sleutel: "po-sleutel-4712-geheim",
  brin: "34CD",
  vestigingscode: "01",
};
const vo = { brin: "00YY", vestigingscode: "01" };
const anderVo = { brin: "14AI", vestigingscode: "02" };

const dossier = (overrides: Partial<AangebodenDossier> = {}): AangebodenDossier => ({
  dossierId: "dossier-0001",
  versie: 1,
  ontvanger: vo,
  xml: voorbeeld,
  ...overrides,
});

let tc: StandInTrafficCenter;
let client: HttpTrafficCenter;
let las: StandInLas;
let logs: MockInstance[];

beforeAll(async () => {
  // Recorded (and checked in afterAll), not printed.
  const stil = () => {};
  logs = [
    vi.spyOn(console, "log").mockImplementation(stil),
    vi.spyOn(console, "error").mockImplementation(stil),
    vi.spyOn(console, "warn").mockImplementation(stil),
  ];
  tc = await startTrafficCenter({ port: 0, xsdPad, aanleverpunten: [po, anderePo] });
  client = new HttpTrafficCenter(tc.url);
  // A long interval: the tests fetch with haalNuOp, one test runs the timer on its own LAS.
  las = startLas({ trafficCenterUrl: tc.url, scholen: [vo, anderVo], intervalMs: 3_600_000 });
});

beforeEach(async () => {
  const res = await fetch(`${tc.url}/beheer/reset`, { method: "POST" });
  expect(res.status).toBe(200);
});

afterAll(async () => {
  await las.stop();
  await tc.close();
  // Nothing the stand-ins or the client wrote names a key or quotes the dossier.
  const geschreven = logs.flatMap((l) => l.mock.calls.flat().map(String)).join("\n");
  for (const geheim of [po.sleutel, anderePo.sleutel, "Testschool", "Langestraat"]) {
    expect(geschreven).not.toContain(geheim);
  }
  for (const l of logs) l.mockRestore();
});

describe("stand-in Traffic Center OSO with ELK's HTTP client", () => {
  it("OSO-01 registration names what to check — number, key, BRIN + vestiging — and then sets both marks", async () => {
    expect(await client.registreer({ ...po, nummer: 9999 })).toEqual({ ok: false, fout: "nummer" });
    expect(await client.registreer({ ...po, nummer: 0 })).toEqual({ ok: false, fout: "nummer" });
    expect(await client.registreer({ ...po, sleutel: "fout" })).toEqual({ ok: false, fout: "sleutel" });
    expect(await client.registreer({ ...po, sleutel: anderePo.sleutel })).toEqual({
      ok: false,
      fout: "sleutel",
    });
    expect(await client.registreer({ ...po, brin: "99ZZ" })).toEqual({ ok: false, fout: "brin-vestiging" });
    expect(await client.registreer({ ...po, vestigingscode: "01" })).toEqual({
      ok: false,
      fout: "brin-vestiging",
    });
    // Not registered yet: no ping.
    expect(await client.ping(po)).toEqual({ ok: false, fout: "nummer" });

    expect(await client.registreer(po)).toEqual({ ok: true, magOverdrachtAanvragen: true });
    expect(tc.toestand().aanleverpunten).toContainEqual({
      nummer: po.nummer,
      brin: po.brin,
      vestigingscode: po.vestigingscode,
      geregistreerd: true,
      magOverdrachtAanvragen: true,
    });
  });

  it("OSO-01 a ping of a registered aanleverpunt answers with the time; a wrong key is named", async () => {
    await client.registreer(po);
    const ping = await client.ping(po);
    expect(ping.ok).toBe(true);
    if (ping.ok) expect(Math.abs(Date.parse(ping.tijdstip) - Date.now())).toBeLessThan(60_000);
    expect(await client.ping({ nummer: po.nummer, sleutel: "nep" })).toEqual({ ok: false, fout: "sleutel" });
    // A key a header cannot carry is refused without a request, not thrown (which would be retried).
    expect(await client.ping({ nummer: po.nummer, sleutel: "met\nregeleinde" })).toEqual({
      ok: false,
      fout: "sleutel",
    });
  });

  it("OSO-03 OSO-04 a valid dossier goes to the receiving school's LAS, is fetched once and reported after the cursor", async () => {
    await client.registreer(po);
    expect(await client.biedAan(po, dossier())).toEqual({ ok: true });
    const gelijk = await client.overdrachten(po, "");
    expect(gelijk).toMatchObject({ magOverdrachtAanvragen: true, opgehaald: [] });

    // Waiting in the inbox of 00YY 01 only; the list has no XML.
    const inbox = await (await fetch(`${tc.url}/scholen/00YY/01/dossiers`)).json();
    expect(inbox).toEqual({
      dossiers: [{ dossierId: "dossier-0001", versie: 1, aangebodenOp: expect.any(String) }],
    });
    expect(await (await fetch(`${tc.url}/scholen/14AI/02/dossiers`)).json()).toEqual({ dossiers: [] });

    expect(await las.haalNuOp()).toBe(1);
    expect(await las.haalNuOp()).toBe(0);

    const eerste = await client.overdrachten(po, gelijk.cursor);
    expect(eerste.magOverdrachtAanvragen).toBe(true);
    expect(eerste.opgehaald).toEqual([
      { dossierId: "dossier-0001", versie: 1, opgehaaldOp: expect.any(String) },
    ]);
    expect(await client.overdrachten(po, "")).toMatchObject({ opgehaald: eerste.opgehaald });
    const niets = await client.overdrachten(po, eerste.cursor);
    expect(niets.opgehaald).toEqual([]);
    expect(niets.cursor).toBe(eerste.cursor);
    // Another aanleverpunt sees nothing of it.
    await client.registreer(anderePo);
    expect((await client.overdrachten(anderePo, "")).opgehaald).toEqual([]);

    // The same versie again (a retry) changes nothing once fetched.
    expect(await client.biedAan(po, dossier())).toEqual({ ok: true });
    expect(await las.haalNuOp()).toBe(0);

    // A new versie is offered and fetched again; the cursor reports only that.
    expect(await client.biedAan(po, dossier({ versie: 2 }))).toEqual({ ok: true });
    // An older versie arriving late does not replace it.
    expect(await client.biedAan(po, dossier({ versie: 1 }))).toEqual({ ok: true });
    expect(await las.haalNuOp()).toBe(1);
    const tweede = await client.overdrachten(po, niets.cursor);
    expect(tweede.opgehaald).toEqual([
      { dossierId: "dossier-0001", versie: 2, opgehaaldOp: expect.any(String) },
    ]);
    expect((await client.overdrachten(po, tweede.cursor)).opgehaald).toEqual([]);

    // A fetch of a dossier already fetched returns it again without a new event.
    const opnieuw = await fetch(`${tc.url}/scholen/00YY/01/dossiers/dossier-0001`);
    expect(opnieuw.headers.get("x-oso-versie")).toBe("2");
    expect(await opnieuw.text()).toBe(voorbeeld);
    expect((await client.overdrachten(po, tweede.cursor)).opgehaald).toEqual([]);
    expect((await client.overdrachten(po, "")).opgehaald.map((o) => o.versie)).toEqual([1, 2]);
  });

  it("OSO-03 the same versie offered again while it waits replaces it; a higher versie may go to another school", async () => {
    await client.registreer(po);
    await client.biedAan(po, dossier());
    await client.biedAan(po, dossier());
    expect(tc.toestand().dossiers).toHaveLength(1);
    await client.biedAan(po, dossier({ versie: 2, ontvanger: anderVo }));
    expect(await (await fetch(`${tc.url}/scholen/00YY/01/dossiers`)).json()).toEqual({ dossiers: [] });
    expect(await las.haalNuOp()).toBe(1);
    expect((await client.overdrachten(po, "")).opgehaald).toMatchObject([
      { dossierId: "dossier-0001", versie: 2 },
    ]);
  });

  it("OSO-02 an invalid dossier is refused as ongeldig-dossier and clears magOverdrachtAanvragen; offers are then geblokkeerd", async () => {
    await client.registreer(po);
    const ongeldig = voorbeeld.replace("<overstap>POVO</overstap>", "<overstapje>POVO</overstapje>");
    const uitkomst = await client.biedAan(po, dossier({ xml: ongeldig }));
    expect(uitkomst).toMatchObject({ ok: false, fout: "ongeldig-dossier" });
    if (!uitkomst.ok) expect(uitkomst.melding).toContain("overstapje");
    expect(tc.toestand().dossiers).toEqual([]);

    const overdrachten = await client.overdrachten(po, "");
    expect(overdrachten.magOverdrachtAanvragen).toBe(false);
    expect(await client.biedAan(po, dossier())).toEqual({ ok: false, fout: "geblokkeerd" });
    // The connection itself still works.
    expect((await client.ping(po)).ok).toBe(true);

    // Registering again sets the mark again.
    expect(await client.registreer(po)).toEqual({ ok: true, magOverdrachtAanvragen: true });
    expect(await client.biedAan(po, dossier())).toEqual({ ok: true });
  });

  it("OSO-02 XML that is not even well-formed is refused the same way; the values xmllint quotes stay out of the melding", async () => {
    await client.registreer(po);
    const kapot = await client.biedAan(po, dossier({ xml: "<dossier><naam>Jansen" }));
    expect(kapot).toMatchObject({ ok: false, fout: "ongeldig-dossier" });
    const ongeldigeWaarde = voorbeeld.replace("<inzage>true</inzage>", "<inzage>Jansen</inzage>");
    await client.registreer(po);
    const waarde = await client.biedAan(po, dossier({ xml: ongeldigeWaarde }));
    expect(waarde).toMatchObject({ ok: false, fout: "ongeldig-dossier" });
    if (!waarde.ok) expect(waarde.melding).not.toContain("Jansen");
  });

  it("OSO-02 beheer (stand-in only) clears magOverdrachtAanvragen of an aanleverpunt, as Kennisnet may", async () => {
    await client.registreer(po);
    const res = await fetch(`${tc.url}/beheer/aanleverpunten/${po.nummer}/mag-overdracht-aanvragen`, {
      method: "DELETE",
    });
    expect(res.status).toBe(200);
    expect((await client.overdrachten(po, "")).magOverdrachtAanvragen).toBe(false);
    expect(await client.biedAan(po, dossier())).toEqual({ ok: false, fout: "geblokkeerd" });
    const onbekend = await fetch(`${tc.url}/beheer/aanleverpunten/1/mag-overdracht-aanvragen`, {
      method: "DELETE",
    });
    expect(onbekend.status).toBe(404);
  });

  it("OSO-06 the LAS stand-in fetches on its own timer", async () => {
    await client.registreer(po);
    await client.biedAan(po, dossier({ dossierId: "dossier-timer" }));
    const eigen = startLas({ trafficCenterUrl: tc.url, scholen: [vo], intervalMs: 20 });
    try {
      await vi.waitFor(() => expect(tc.toestand().opgehaald).toHaveLength(1), { timeout: 5_000 });
    } finally {
      await eigen.stop();
    }
    expect((await client.overdrachten(po, "")).opgehaald).toMatchObject([{ dossierId: "dossier-timer" }]);
  });

  it("OSO-06 the stand-in answers 400 to malformed requests, 404 to unknown routes, and knows Mijn OSO changes", async () => {
    const registratie = `${tc.url}/aanleverpunten/${po.nummer}/registratie`;
    const zonderJson = await fetch(registratie, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-oso-sleutel": po.sleutel },
      body: "{niet json",
    });
    expect(zonderJson.status).toBe(400);
    expect(await zonderJson.json()).toEqual({ error: expect.any(String) });
    const zonderBrin = await fetch(registratie, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-oso-sleutel": po.sleutel },
      body: JSON.stringify({ vestigingscode: "00" }),
    });
    expect(zonderBrin.status).toBe(400);
    const cursor = await fetch(`${tc.url}/aanleverpunten/${po.nummer}/overdrachten?sinds=zomaar`, {
      headers: { "x-oso-sleutel": po.sleutel },
    });
    expect(cursor.status).toBe(400);
    const onbekend = await fetch(`${tc.url}/onbekend`);
    expect(onbekend.status).toBe(404);
    expect(await onbekend.json()).toEqual({ error: expect.any(String) });
    expect((await fetch(registratie, { method: "DELETE" })).status).toBe(405);

    // A new aanleverpunt in Mijn OSO can register at once.
    const nieuw = { nummer: 5000, sleutel: "nieuw-geheim", brin: "56EF", vestigingscode: "00" };
    const zet = await fetch(`${tc.url}/beheer/aanleverpunten/${nieuw.nummer}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(nieuw),
    });
    expect(zet.status).toBe(200);
    expect(await client.registreer(nieuw)).toEqual({ ok: true, magOverdrachtAanvragen: true });
    const toestand = await (await fetch(`${tc.url}/beheer/toestand`)).text();
    expect(toestand).toContain('"nummer":5000');
    expect(toestand).not.toContain(nieuw.sleutel);
    // A reset brings back Mijn OSO as it was at the start.
    await fetch(`${tc.url}/beheer/reset`, { method: "POST" });
    expect(await client.registreer(nieuw)).toEqual({ ok: false, fout: "nummer" });
  });

  it("OSO-06 a cursor from before a reset reads as the start", async () => {
    await client.registreer(po);
    await client.biedAan(po, dossier());
    await las.haalNuOp();
    const { cursor } = await client.overdrachten(po, "");
    await fetch(`${tc.url}/beheer/reset`, { method: "POST" });
    await client.registreer(po);
    await client.biedAan(po, dossier({ dossierId: "dossier-0002" }));
    await las.haalNuOp();
    expect((await client.overdrachten(po, cursor)).opgehaald).toMatchObject([{ dossierId: "dossier-0002" }]);
  });
});

describe("ELK's Traffic Center client on failure", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("OSO-06 overdrachten of a refused aanleverpunt throws with what to check", async () => {
    await expect(client.overdrachten({ nummer: po.nummer, sleutel: "nep" }, "")).rejects.toMatchObject({
      name: "TrafficCenterWeigeringError",
      fout: "sleutel",
    });
    await expect(client.overdrachten({ nummer: 0, sleutel: "x" }, "")).rejects.toBeInstanceOf(
      TrafficCenterWeigeringError,
    );
  });

  it("OSO-06 network failures, timeouts, 5xx and unknown routes throw, so the worker's message is retried", async () => {
    await client.registreer(po);
    // A wrong base URL: 404 without a named fout.
    await expect(new HttpTrafficCenter(`${tc.url}/verkeerd`).ping(po)).rejects.toBeInstanceOf(
      TrafficCenterError,
    );

    const kapot = createServer((req, res) => {
      if (req.url?.includes("traag")) return; // never answers
      res.writeHead(503, { "content-type": "application/json" }).end('{"error":"onderhoud"}');
    });
    await new Promise<void>((r) => kapot.listen(0, "127.0.0.1", r));
    const basis = `http://127.0.0.1:${(kapot.address() as AddressInfo).port}`;
    try {
      const fout503 = await new HttpTrafficCenter(basis).biedAan(po, dossier()).catch((e: unknown) => e);
      expect(fout503).toBeInstanceOf(TrafficCenterError);
      expect(fout503).toMatchObject({ status: 503 });
      expect(String((fout503 as Error).message)).not.toContain(po.sleutel);
      await expect(new HttpTrafficCenter(`${basis}/traag`, { timeoutMs: 200 }).ping(po)).rejects.toThrow(
        /timeout/,
      );
    } finally {
      kapot.closeAllConnections();
      await new Promise<void>((r) => kapot.close(() => r()));
    }
    // Nothing listens there any more.
    await expect(new HttpTrafficCenter(basis).ping(po)).rejects.toThrow(/geen verbinding/);
  });

  it("OSO-06 getTrafficCenter reads OSO_TRAFFIC_CENTER_URL, fails clearly without it, and is built once", () => {
    vi.stubEnv("OSO_TRAFFIC_CENTER_URL", "");
    expect(() => getTrafficCenter()).toThrow(/OSO_TRAFFIC_CENTER_URL/);
    vi.stubEnv("OSO_TRAFFIC_CENTER_URL", tc.url);
    const eerste = getTrafficCenter();
    expect(eerste).toBeInstanceOf(HttpTrafficCenter);
    expect(getTrafficCenter()).toBe(eerste);
  });
});
