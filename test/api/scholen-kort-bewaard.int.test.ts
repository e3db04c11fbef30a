import { randomUUID } from "node:crypto";
import type { BestuurDetail, Keuzemogelijkheden, SchoolDetail } from "@elk/contracts";
import { describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { kindMetOuder } from "../support/leerlingen";

/**
 * Issue #11: the registration path keeps the region's VO schools for a minute per Lambda container
 * (functions/src/http/aanmelden/gedeeld.ts, voScholenVoorAanmelden) instead of reading them twice
 * per registration. A school added or changed (ORG-01 … ORG-03) must still show at once: the
 * organisatie handlers drop the copy in the same process. What this test creates lives in a
 * bestuur of its own.
 */

type Fout = { code: string; message: string };

describe("#11 the registration path's copy of the schools (REG-02, ORG-01 … ORG-03)", () => {
  it("#11 REG-02 a school added, given a havo afdeling and renamed shows in the parent's choices at once", async () => {
    const kind = await kindMetOuder();
    const rb = await inloggen("regiobeheerder");
    const keuzes = async () => {
      const res = await api<Keuzemogelijkheden>(
        "GET",
        `/api/ouder/kinderen/${kind.leerlingId}/keuzemogelijkheden`,
        { token: kind.ouderToken },
      );
      expect(res.status).toBe(200);
      return res.body.scholen;
    };
    const voor = await keuzes(); // fills the copy

    const run = randomUUID().slice(0, 6);
    const bestuur = await api<BestuurDetail & Partial<Fout>>("POST", "/api/besturen", {
      token: rb,
      body: { naam: `Stichting Kort Bewaard ${run}` },
    });
    expect(bestuur.status, JSON.stringify(bestuur.body)).toBe(200);
    const letters = randomUUID()
      .replace(/[^a-f]/g, "")
      .toUpperCase()
      .padEnd(2, "F");
    const school = await api<SchoolDetail & Partial<Fout>>("POST", "/api/scholen", {
      token: rb,
      body: {
        officieleNaam: "Stichting Kort Bewaard College",
        naam: `Kort Bewaard College ${run}`,
        schooltype: "VO",
        bestuurId: bestuur.body.id,
        adres: { straat: "Schoolstraat", huisnummer: "2", postcode: "1234 AB", plaats: "Amstelveen" },
        brin: `8${Math.floor(Math.random() * 10)}${letters.slice(0, 2)}`,
        vestigingscode: "00",
      },
    });
    expect(school.status, JSON.stringify(school.body)).toBe(200);
    const id = school.body.id;
    expect(voor.map((s) => s.id)).not.toContain(id);

    const afdelingen = await api<SchoolDetail & Partial<Fout>>(
      "PUT",
      `/api/scholen/${encodeURIComponent(id)}/afdelingen`,
      {
        token: rb,
        body: {
          version: school.body.version,
          afdelingen: [{ id: "havo", naam: "havo", adviezen: ["havo"], capaciteit: 30 }],
        },
      },
    );
    expect(afdelingen.status, JSON.stringify(afdelingen.body)).toBe(200);
    const na = (await keuzes()).find((s) => s.id === id);
    expect(na?.naam).toBe(`Kort Bewaard College ${run}`);
    expect(na?.afdelingen.map((a) => a.id)).toEqual(["havo"]);

    const hernoemd = await api<SchoolDetail & Partial<Fout>>(
      "PUT",
      `/api/scholen/${encodeURIComponent(id)}`,
      {
        token: rb,
        body: { version: afdelingen.body.version, naam: `Kort Bewaard Lyceum ${run}` },
      },
    );
    expect(hernoemd.status, JSON.stringify(hernoemd.body)).toBe(200);
    expect((await keuzes()).find((s) => s.id === id)?.naam).toBe(`Kort Bewaard Lyceum ${run}`);
  });
});
