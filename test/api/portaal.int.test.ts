import type { MijnGegevens, SchoolLijst } from "@elk/contracts";
import { describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";

const schermen = (mij: MijnGegevens) => mij.menu.flatMap((g) => g.items.map((i) => i.scherm));

describe("home page data", () => {
  it("HOME-02 ACC-04 a locatiebeheerder gets its menu, roles and location name", async () => {
    const token = await inloggen("locatiebeheerder");
    const res = await api<MijnGegevens>("GET", "/api/mij", { token });
    expect(res.status).toBe(200);
    expect(res.body.gebruiker.locatieNaam).toBe("Amstelveen College");
    expect(res.body.gebruiker.rolNamen).toEqual(["Beheren"]);
    expect(schermen(res.body)).toEqual(
      expect.arrayContaining([
        "leerlingen.overzicht",
        "oso.monitoren",
        "overzichten.status",
        "instellingen.gebruikers",
      ]),
    );
    expect(schermen(res.body)).not.toContain("oso.configureren");
  });

  it("HOME-02 a contactpersoon ELK gets its own options and its bestuur as location", async () => {
    const token = await inloggen("contactpersoon");
    const res = await api<MijnGegevens>("GET", "/api/mij", { token });
    expect(res.body.gebruiker.locatieNaam).toBe("St Openbaar VO Amstelveen");
    expect(schermen(res.body)).toEqual(expect.arrayContaining(["oso.configureren", "instellingen.scholen"]));
    expect(schermen(res.body)).not.toContain("leerlingen.overzicht");
  });

  it("HOME-04 the school years the region keeps, with a default", async () => {
    const token = await inloggen("plaatser");
    const res = await api<MijnGegevens>("GET", "/api/mij", { token });
    expect(res.body.schooljaren).toEqual(["2024-2025", "2025-2026", "2026-2027"]);
    expect(res.body.schooljaren).toContain(res.body.standaardSchooljaar);
  });

  it("HOME-01 the published news, newest first", async () => {
    const token = await inloggen("po-gebruiker");
    const res = await api<{ items: Array<{ titel: string; bron: string }> }>("GET", "/api/nieuws", { token });
    expect(res.status).toBe(200);
    expect(res.body.items.map((n) => n.titel)).toEqual([
      "Nieuw in ELK: een eigen inlognaam per schoollocatie",
      "Aanmeldperiode Kernprocedure 2027",
    ]);
  });
});

describe("schools within reach (ORG-02)", () => {
  it("ORG-02 a locatiebeheerder sees only its own school", async () => {
    const res = await api<SchoolLijst>("GET", "/api/scholen", { token: await inloggen("locatiebeheerder") });
    expect(res.body.items.map((s) => s.naam)).toEqual(["Amstelveen College"]);
  });

  it("ORG-02 a contactpersoon ELK sees the schools of its own bestuur only", async () => {
    const res = await api<SchoolLijst>("GET", "/api/scholen", { token: await inloggen("contactpersoon") });
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(new Set(res.body.items.map((s) => s.bestuur))).toEqual(new Set(["St Openbaar VO Amstelveen"]));
  });

  it("ORG-01 the region administrator sees every school, each with BRIN and vestigingscode", async () => {
    const res = await api<SchoolLijst>("GET", "/api/scholen", { token: await inloggen("regiobeheerder") });
    expect(res.body.items.length).toBeGreaterThanOrEqual(20);
    for (const s of res.body.items) {
      expect(s.brin).toMatch(/^\d{2}[A-Z]{2}$/);
      expect(s.vestigingscode).toMatch(/^\d{2}$/);
    }
    expect(res.body.items.find((s) => s.particulier)?.naam).toBe("Florencius Amstelveen");
  });

  it("ARCH-AUTH an aanmelder, who has no school management rights, is refused", async () => {
    const res = await api<{ code: string }>("GET", "/api/scholen", { token: await inloggen("aanmelder") });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("GEEN_TOEGANG");
  });
});

describe("contacts and API description", () => {
  it("ORG-05 REGION-03 the contactpersoon ELK of each of the 19 rows, example.org only, and the helpdesk", async () => {
    const res = await api<{
      perBestuur: Array<{ bestuur: string; email: string }>;
      helpdesk: { email: string };
    }>("GET", "/api/contactpersonen", { token: await inloggen("aanmelder") });
    expect(res.body.perBestuur).toHaveLength(19);
    expect(res.body.perBestuur.every((c) => c.email.endsWith("@example.org"))).toBe(true);
    expect(res.body.perBestuur.map((c) => c.bestuur)).toContain("Florencius (particulier)");
    expect(res.body.helpdesk.email).toBe("secretariaat@kernprocedureamstelland.nl");
  });

  it("ARCH-API the OpenAPI 3.1 document describes every route of the contract", async () => {
    const { ALL_ROUTES } = await import("@elk/contracts");
    const res = await api<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      "GET",
      "/api/openapi.json",
    );
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    for (const route of ALL_ROUTES)
      expect(res.body.paths[route.path]?.[route.method.toLowerCase()]).toBeDefined();
  });

  it("ARCH-ERR an unknown API path is a 404 and the SPA is served with security headers", async () => {
    expect((await api("GET", "/api/bestaat-niet")).status).toBe(404);
  });
});
