import { randomUUID } from "node:crypto";
import type { OuderGegevens } from "@elk/contracts";
import { describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { nieuwBsn } from "../support/bsn";
import { aangemeldKind, kindMetOuder } from "../support/leerlingen";
import { okidocPad, okidocVrijgegeven } from "../support/okidoc";

/**
 * AVG inzage (issue #10, PRIV; PAR-01): a parent sees and downloads everything ELK holds about its
 * own child — the BSN masked, decisions only from the announcement — and nothing of another child.
 */
const gegevens = (leerlingId: string, token: string) =>
  api<OuderGegevens & { message?: string }>("GET", `/api/ouder/kinderen/${leerlingId}/gegevens`, { token });

describe("a parent's copy of the data held about the child (#10 PRIV, AVG inzage)", () => {
  it("PRIV #10 PAR-01 the parent gets its own child's data: pupil, registration with voorkeurslijst and history, the released oki-doc and its bijlagen; the BSN masked", async () => {
    const bsn = nieuwBsn();
    const kind = await kindMetOuder({ bsn });
    const po = await inloggen("po-gebruiker");
    const bijlage = await api("POST", `${okidocPad(kind.leerlingId)}/bijlagen`, {
      token: po,
      body: {
        bestandsnaam: "verslag ib.txt",
        contentType: "text/plain",
        inhoud: Buffer.from("Verslag").toString("base64"),
      },
    });
    expect(bijlage.status).toBe(200);
    const { aanmeldingId } = await aangemeldKind({ kind });
    await okidocVrijgegeven(kind.leerlingId);
    // A VO school reads the oki-doc: before the announcement that is not shown to the parents.
    expect(
      (await api("GET", `/api/aanmeldingen/${aanmeldingId}/okidoc`, { token: await inloggen("plaatser") }))
        .status,
    ).toBe(200);

    const res = await gegevens(kind.leerlingId, kind.ouderToken);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.kind).toMatchObject({
      leerlingId: kind.leerlingId,
      elkNummer: kind.elkNummer,
      roepnaam: "Noor",
      geboortedatum: "2014-09-03",
      emailOuders: kind.emailOuders,
      advies: "havo",
      basisschool: "OBS De Populier",
      adres: { straat: "Populierenlaan", postcode: "1185 SB" },
    });
    expect(res.body.kind.bsnGemaskeerd).toMatch(new RegExp(`${bsn.slice(-3)}$`));
    expect(JSON.stringify(res.body)).not.toContain(bsn);

    expect(res.body.aanmeldingen).toHaveLength(1);
    const aanmelding = res.body.aanmeldingen[0];
    expect(aanmelding).toMatchObject({ id: aanmeldingId, status: "aangemeld", schooljaar: "2026-2027" });
    expect(aanmelding?.keuzes.length).toBeGreaterThan(0);
    expect(aanmelding?.keuzes[0]?.schoolNaam).toBe("Amstelveen College");
    const soorten = aanmelding?.historie.map((h) => h.soort) ?? [];
    expect(soorten).toContain("aangemeld");
    // Each step in Dutch words, not the stored event's name.
    expect(aanmelding?.historie.find((h) => h.soort === "aangemeld")?.omschrijving).toBe("Aangemeld");
    // LOT-04: nothing a school did before the announcement, and no placement or lottery number.
    expect(soorten).not.toContain("okidoc-gelezen");
    expect(aanmelding?.plaatsing).toBeUndefined();
    expect(aanmelding?.lotingnummers).toBeUndefined();
    expect(aanmelding?.osoStatus).toBeUndefined();
    // A school's note about the child: like a decision, only from the announcement on.
    const notitie = await api("POST", `/api/leerlingen/${kind.leerlingId}/notities`, {
      token: await inloggen("plaatser"),
      body: { tekst: "Gesprek met ouders gepland." },
    });
    expect([200, 201], JSON.stringify(notitie.body)).toContain(notitie.status);
    expect((await gegevens(kind.leerlingId, kind.ouderToken)).body.notities).toEqual([]);
    expect(res.body.documenten).toEqual([]);

    expect(res.body.okidoc?.status).toBe("vrijgegeven");
    expect(res.body.okidoc?.bijlagen).toEqual(["verslag ib.txt"]);
    expect(res.body.okidoc?.secties.length).toBeGreaterThan(0);
    expect(
      res.body.okidoc?.secties.flatMap((s) => s.regels).some((r) => r.label === "Basisschooladvies"),
    ).toBe(true);
  });

  it("PRIV #10 ACC-09 another child's data: the same 404 as a child that does not exist; staff get no answer either", async () => {
    const [eigen, ander] = await Promise.all([kindMetOuder(), kindMetOuder()]);
    const vreemd = await gegevens(ander.leerlingId, eigen.ouderToken);
    const bestaatNiet = await gegevens(randomUUID(), eigen.ouderToken);
    expect(vreemd.status).toBe(404);
    expect(bestaatNiet.status).toBe(404);
    expect(vreemd.body).toEqual(bestaatNiet.body);
    expect(JSON.stringify(vreemd.body)).not.toContain(ander.elkNummer);
    // Their own child, yes.
    expect((await gegevens(eigen.leerlingId, eigen.ouderToken)).status).toBe(200);
    for (const naam of ["po-gebruiker", "regiobeheerder", "plaatser"]) {
      const res = await gegevens(eigen.leerlingId, await inloggen(naam));
      expect([403, 404], naam).toContain(res.status);
    }
    expect((await api("GET", `/api/ouder/kinderen/${eigen.leerlingId}/gegevens`)).status).toBe(401);
  });
});
