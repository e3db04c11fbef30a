import { randomUUID } from "node:crypto";
import { ROUTES, type SwvAanvraagDetail, type SwvAanvragenLijst, type SwvKandidaten } from "@elk/contracts";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { tokenUitLink } from "../support/mailbox";
import {
  type AmsterdamseLeerling,
  amsterdamMailsAan,
  amsterdamseLeerling,
  SWV_EMAIL,
  wachtOpAmsterdamMail,
} from "../support/swv";

type Fout = { code: string; message: string; velden?: Record<string, string> };

/** A small PDF, as a school would attach an OPP. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("Aanvragen SWV in Amsterdam (ACC-06, REGION-01)", () => {
  const amsterdam = inject("amsterdamUrl");
  let opsteller: string;
  let accordeur: string;
  let leerling: AmsterdamseLeerling;

  /** A call to Amsterdam's API. */
  const ams = <T = SwvAanvraagDetail>(method: string, path: string, token: string, body?: unknown) =>
    api<T>(method, path, { token, body, baseUrl: amsterdam });

  beforeAll(async () => {
    [opsteller, accordeur, leerling] = await Promise.all([
      inloggen("swv-opsteller", undefined, amsterdam),
      inloggen("swv-accordeur", undefined, amsterdam),
      amsterdamseLeerling(),
    ]);
  });

  async function concept(motivatie = ""): Promise<SwvAanvraagDetail> {
    const res = await ams("POST", "/api/swv/aanvragen", opsteller, {
      schooljaar: "2026-2027",
      aanmeldingId: leerling.aanmeldingId,
      soort: "arrangement",
      motivatie,
    });
    expect(res.status).toBe(200);
    return res.body;
  }

  it("ACC-06 REGION-01 draft with a bijlage, edit, offer, sent back with a comment, offer again, approve and send: the SWV gets the mail, every step in the history", async () => {
    // The drafter picks the pupil from the school's registrations.
    const kandidaten = await ams<SwvKandidaten>("GET", "/api/swv/kandidaten?schooljaar=2026-2027", opsteller);
    expect(kandidaten.status).toBe(200);
    expect(kandidaten.body.leerlingen.map((l) => l.aanmeldingId)).toContain(leerling.aanmeldingId);

    const nieuw = await concept();
    expect(nieuw).toMatchObject({
      status: "concept",
      soort: "arrangement",
      leerling: { aanmeldingId: leerling.aanmeldingId, elkNummer: leerling.elkNummer, naam: leerling.naam },
      aangemaaktDoor: { naam: "Olga Opsteller" },
      version: 1,
    });
    expect(nieuw.acties).toEqual([
      "inzien",
      "wijzigen",
      "bijlage-toevoegen",
      "bijlage-verwijderen",
      "indienen",
    ]);
    const pad = `/api/swv/aanvragen/${nieuw.id}`;

    // Without a motivation it cannot be offered yet.
    const leeg = await ams<Fout>("POST", `${pad}/indienen`, opsteller, { version: 1 });
    expect(leeg.status).toBe(400);
    expect(leeg.body.velden?.motivatie).toBe(
      "Vul de motivatie in voordat u de aanvraag ter accordering aanbiedt.",
    );

    // A bijlage, as the oki-doc takes them; its download link works for both roles.
    const metBijlage = await ams("POST", `${pad}/bijlagen`, opsteller, {
      bestandsnaam: "OPP Sem.pdf",
      contentType: "application/pdf",
      inhoud: PDF.toString("base64"),
    });
    expect(metBijlage.status).toBe(200);
    expect(metBijlage.body.bijlagen.map((b) => b.bestandsnaam)).toEqual(["OPP Sem.pdf"]);
    expect(metBijlage.body.version).toBe(2);
    expect(metBijlage.body.bijlagen[0]).toMatchObject({
      scan: "bezig",
      downloadbaar: false,
      melding: "Het bestand wordt gecontroleerd op virussen. Probeer het straks opnieuw.",
    });
    const bijlageId = metBijlage.body.bijlagen[0]?.id ?? "";
    // Issue #10: downloadable once the malware scan (the local stand-in scanner) found it clean.
    const einde = Date.now() + 10_000;
    let link = await ams<{ url: string; bestandsnaam: string } & Fout>(
      "GET",
      `${pad}/bijlagen/${bijlageId}`,
      accordeur,
    );
    while (link.status === 409 && Date.now() < einde) {
      expect(link.body.message).toBe(
        "Het bestand wordt gecontroleerd op virussen. Probeer het straks opnieuw.",
      );
      await new Promise((r) => setTimeout(r, 200));
      link = await ams("GET", `${pad}/bijlagen/${bijlageId}`, accordeur);
    }
    expect(link.status).toBe(200);
    // The request now lists it as clean and downloadable (while scanned: its state, no download).
    const na = await ams("GET", pad, accordeur);
    expect(na.body.bijlagen[0]).toMatchObject({ scan: "schoon", downloadbaar: true });
    expect(na.body.bijlagen[0]).not.toHaveProperty("melding");
    const bestand = await fetch(link.body.url);
    expect(Buffer.from(await bestand.arrayBuffer()).equals(PDF)).toBe(true);
    const verkeerd = await ams<Fout>("POST", `${pad}/bijlagen`, opsteller, {
      bestandsnaam: "virus.exe",
      contentType: "application/x-msdownload",
      inhoud: PDF.toString("base64"),
    });
    expect(verkeerd.status).toBe(400);

    // Edited on the version that was read; an edit on an older one is refused.
    const motivatie = "Sem heeft extra begeleiding nodig bij lezen en plannen.\nHet OPP is bijgevoegd.";
    const oud = await ams<Fout>("PUT", pad, opsteller, { soort: "tlv-vso", motivatie, version: 1 });
    expect(oud.status).toBe(409);
    const gewijzigd = await ams("PUT", pad, opsteller, { soort: "tlv-vso", motivatie, version: 2 });
    expect(gewijzigd.status).toBe(200);
    expect(gewijzigd.body).toMatchObject({ soort: "tlv-vso", motivatie, version: 3 });

    // The approver sees a concept but cannot act on it yet.
    const teVroeg = await ams<Fout>("POST", `${pad}/accorderen`, accordeur, { version: 3 });
    expect(teVroeg.status).toBe(409);
    expect(teVroeg.body.code).toBe("SWV_STATUS");

    const ingediend = await ams("POST", `${pad}/indienen`, opsteller, { version: 3 });
    expect(ingediend.status).toBe(200);
    expect(ingediend.body.status).toBe("ter-accordering");
    expect(ingediend.body.acties).toEqual(["inzien"]);

    // Offered, it is no longer the drafter's to change.
    for (const [method, path, body] of [
      ["PUT", pad, { soort: "overig", motivatie, version: 4 }],
      [
        "POST",
        `${pad}/bijlagen`,
        { bestandsnaam: "b.pdf", contentType: "application/pdf", inhoud: "JVBERg==" },
      ],
      ["DELETE", `${pad}/bijlagen/${bijlageId}`, undefined],
    ] as const) {
      const res = await ams<Fout>(method, path, opsteller, body);
      expect(res.status, `${method} ${path}`).toBe(409);
      expect(res.body.message).toContain("kan niet meer worden gewijzigd");
    }

    // Sent back: a comment is required, and the request is a concept again.
    const geenOpmerking = await ams<Fout>("POST", `${pad}/terugsturen`, accordeur, {
      version: 4,
      opmerking: "  ",
    });
    expect(geenOpmerking.status).toBe(400);
    expect(geenOpmerking.body.velden?.opmerking).toBe(
      "Schrijf erbij wat er aan de aanvraag moet veranderen.",
    );
    const accordeurZiet = await ams("GET", pad, accordeur);
    expect(accordeurZiet.body.acties).toEqual(["inzien", "terugsturen", "accorderen-en-versturen"]);
    const opmerking = "Graag ook het verslag van de intern begeleider toevoegen.";
    const terug = await ams("POST", `${pad}/terugsturen`, accordeur, { version: 4, opmerking });
    expect(terug.status).toBe(200);
    expect(terug.body).toMatchObject({
      status: "concept",
      teruggestuurd: true,
      laatstTeruggestuurd: { opmerking, door: { naam: "Arjen Accordeur" } },
    });

    const verslag = await ams("POST", `${pad}/bijlagen`, opsteller, {
      bestandsnaam: "Verslag IB.txt",
      contentType: "text/plain",
      inhoud: Buffer.from("Verslag van de intern begeleider").toString("base64"),
    });
    expect(verslag.status).toBe(200);
    const opnieuw = await ams("POST", `${pad}/indienen`, opsteller, { version: verslag.body.version });
    expect(opnieuw.status).toBe(200);
    expect(opnieuw.body).toMatchObject({ status: "ter-accordering", teruggestuurd: false });

    // Approve and send: marked sent with the date and the SWV of the configuration, and mailed.
    const voor = Date.now();
    const verstuurd = await ams("POST", `${pad}/accorderen`, accordeur, { version: opnieuw.body.version });
    expect(verstuurd.status).toBe(200);
    expect(verstuurd.body).toMatchObject({
      status: "verstuurd",
      acties: ["inzien"],
      verstuurd: {
        door: { naam: "Arjen Accordeur" },
        aan: { naam: "Samenwerkingsverband VO Amsterdam-Diemen (demo)", email: SWV_EMAIL },
      },
    });
    expect(Date.parse(verstuurd.body.verstuurd?.op ?? "")).toBeGreaterThanOrEqual(voor - 1000);
    expect(verstuurd.body.verstuurdOp).toBe(verstuurd.body.verstuurd?.op);

    const mail = await wachtOpAmsterdamMail(
      SWV_EMAIL,
      `Aanvraag ondersteuning SWV: Toelaatbaarheidsverklaring (TLV) VSO, ELK-nummer ${leerling.elkNummer} (Zuideramstel College)`,
    );
    const tekst = mail.body.text ?? "";
    expect(tekst).toContain(
      `Zuideramstel College vraagt ondersteuning aan voor de leerling met ELK-nummer ${leerling.elkNummer}.`,
    );
    // Privacy: neither the pupil's name, the motivation nor the files' names go by mail.
    expect(tekst).not.toContain(leerling.naam);
    expect(tekst).not.toContain("Sem heeft extra begeleiding");
    expect(tekst).not.toContain("OPP Sem.pdf");
    expect(tekst).toContain("2 bijlagen staan in ELK");
    expect(tekst).toContain("geaccordeerd en verstuurd door Arjen Accordeur (arjen.ams@example.org)");

    // A sent request is final: a second approval or a late sending back is refused, and no second mail.
    for (const [path, body] of [
      [`${pad}/accorderen`, { version: verstuurd.body.version }],
      [`${pad}/terugsturen`, { version: verstuurd.body.version, opmerking: "Te laat" }],
    ] as const) {
      const res = await ams<Fout>("POST", path, accordeur, body);
      expect(res.status).toBe(409);
    }
    await new Promise((r) => setTimeout(r, 1500));
    expect((await amsterdamMailsAan(SWV_EMAIL)).filter((m) => m.subject === mail.subject)).toHaveLength(1);

    // The history: who, when, what — shown with the request to both roles.
    const historie = (await ams("GET", pad, opsteller)).body.historie;
    expect(historie.map((h) => [h.soort, h.door])).toEqual([
      ["aangemaakt", "Olga Opsteller"],
      ["bijlage-toegevoegd", "Olga Opsteller"],
      ["gewijzigd", "Olga Opsteller"],
      ["ingediend", "Olga Opsteller"],
      ["teruggestuurd", "Arjen Accordeur"],
      ["bijlage-toegevoegd", "Olga Opsteller"],
      ["ingediend", "Olga Opsteller"],
      ["verstuurd", "Arjen Accordeur"],
    ]);
    expect(historie[1]?.toelichting).toBe("OPP Sem.pdf");
    expect(historie[4]?.toelichting).toBe(opmerking);
    expect(historie[7]?.toelichting).toBe(`Samenwerkingsverband VO Amsterdam-Diemen (demo) (${SWV_EMAIL})`);
    expect(historie.every((h, i) => i === 0 || (historie[i - 1]?.op ?? "") <= h.op)).toBe(true);

    // The school's list shows it, sent, to both roles.
    for (const token of [opsteller, accordeur]) {
      const lijst = await ams<SwvAanvragenLijst>("GET", "/api/swv/aanvragen?schooljaar=2026-2027", token);
      expect(lijst.status).toBe(200);
      expect(lijst.body.items.find((a) => a.id === nieuw.id)).toMatchObject({
        status: "verstuurd",
        soort: "tlv-vso",
        leerling: { elkNummer: leerling.elkNummer },
      });
      expect(lijst.body.samenwerkingsverband?.email).toBe(SWV_EMAIL);
    }
  });

  it("ACC-06 a bijlage is removed from a concept, its file with it; the drafter cannot approve, the approver cannot draft", async () => {
    const a = await concept("Korte motivatie.");
    const pad = `/api/swv/aanvragen/${a.id}`;
    const met = await ams("POST", `${pad}/bijlagen`, opsteller, {
      bestandsnaam: "plan.pdf",
      contentType: "application/pdf",
      inhoud: PDF.toString("base64"),
    });
    const bijlageId = met.body.bijlagen[0]?.id ?? "";
    const zonder = await ams("DELETE", `${pad}/bijlagen/${bijlageId}`, opsteller);
    expect(zonder.status).toBe(200);
    expect(zonder.body.bijlagen).toEqual([]);
    expect(zonder.body.historie.map((h) => h.soort)).toEqual([
      "aangemaakt",
      "bijlage-toegevoegd",
      "bijlage-verwijderd",
    ]);
    expect((await ams<Fout>("GET", `${pad}/bijlagen/${bijlageId}`, opsteller)).status).toBe(404);

    // Roles, not states, decide first: each role is refused the other's steps with 403.
    const ingediend = await ams("POST", `${pad}/indienen`, opsteller, { version: zonder.body.version });
    expect(ingediend.status).toBe(200);
    const v = ingediend.body.version;
    expect((await ams<Fout>("POST", `${pad}/accorderen`, opsteller, { version: v })).status).toBe(403);
    expect(
      (await ams<Fout>("POST", `${pad}/terugsturen`, opsteller, { version: v, opmerking: "x" })).status,
    ).toBe(403);
    expect((await ams<Fout>("POST", `${pad}/indienen`, accordeur, { version: v })).status).toBe(403);
    expect(
      (
        await ams<Fout>("POST", "/api/swv/aanvragen", accordeur, {
          schooljaar: "2026-2027",
          aanmeldingId: leerling.aanmeldingId,
          soort: "overig",
          motivatie: "",
        })
      ).status,
    ).toBe(403);
    expect((await ams<Fout>("GET", "/api/swv/kandidaten", accordeur)).status).toBe(403);
  });

  it("ACC-06 a concept is only for a pupil registered or placed at the school", async () => {
    const onbekend = await ams<Fout>("POST", "/api/swv/aanvragen", opsteller, {
      schooljaar: "2026-2027",
      aanmeldingId: randomUUID(),
      soort: "arrangement",
      motivatie: "",
    });
    expect(onbekend.status).toBe(400);
    expect(onbekend.body.velden?.aanmeldingId).toBe(
      "Kies een leerling die bij uw school is aangemeld of geplaatst.",
    );
    const andereSoort = await ams<Fout>("POST", "/api/swv/aanvragen", opsteller, {
      schooljaar: "2026-2027",
      aanmeldingId: leerling.aanmeldingId,
      soort: "bijles",
      motivatie: "",
    });
    expect(andereSoort.status).toBe(400);
    expect(andereSoort.body.velden?.soort).toBe("Kies het soort aanvraag.");
  });

  it("ACC-06 other roles of the school and of the region get 403 on the SWV routes", async () => {
    const a = await concept();
    for (const naam of ["aanmelder", "regiobeheerder", "po-gebruiker"]) {
      const token = await inloggen(naam, undefined, amsterdam);
      expect((await ams<Fout>("GET", "/api/swv/aanvragen", token)).status, naam).toBe(403);
      expect((await ams<Fout>("GET", `/api/swv/aanvragen/${a.id}`, token)).status, naam).toBe(403);
    }
  });

  it("ACC-06 a user with the roles at another school gets 404 for this school's request, as for one that does not exist", async () => {
    const a = await concept("Motivatie.");
    const pad = `/api/swv/aanvragen/${a.id}`;
    const ingediend = await ams("POST", `${pad}/indienen`, opsteller, { version: 1 });
    expect(ingediend.status).toBe(200);
    const vreemde = await swvGebruikerVanIjLyceum();

    const bestaatNiet = await ams<Fout>("GET", `/api/swv/aanvragen/${randomUUID()}`, vreemde);
    expect(bestaatNiet.status).toBe(404);
    const vanElders = await ams<Fout>("GET", pad, vreemde);
    expect(vanElders.status).toBe(404);
    expect(vanElders.body).toEqual(bestaatNiet.body);
    for (const [method, path, body] of [
      ["PUT", pad, { soort: "overig", motivatie: "x", version: 2 }],
      ["POST", `${pad}/accorderen`, { version: 2 }],
      ["POST", `${pad}/terugsturen`, { version: 2, opmerking: "x" }],
      ["POST", `${pad}/indienen`, { version: 2 }],
      ["GET", `${pad}/bijlagen/${randomUUID()}`, undefined],
    ] as const) {
      const res = await ams<Fout>(method, path, vreemde, body);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const lijst = await ams<SwvAanvragenLijst>("GET", "/api/swv/aanvragen?schooljaar=2026-2027", vreemde);
    expect(lijst.status).toBe(200);
    expect(lijst.body.items).toEqual([]);
    // Its own pupils only: Zuideramstel's registration is not one of IJ Lyceum's.
    const kandidaten = await ams<SwvKandidaten>("GET", "/api/swv/kandidaten?schooljaar=2026-2027", vreemde);
    expect(kandidaten.body.leerlingen.map((l) => l.aanmeldingId)).not.toContain(leerling.aanmeldingId);
    const nietVanHen = await ams<Fout>("POST", "/api/swv/aanvragen", vreemde, {
      schooljaar: "2026-2027",
      aanmeldingId: leerling.aanmeldingId,
      soort: "arrangement",
      motivatie: "",
    });
    expect(nietVanHen.status).toBe(400);
  });

  it("HOME-02 REGION-01 the menu shows Leerlingen > Aanvragen SWV to the two roles in Amsterdam", async () => {
    for (const token of [opsteller, accordeur]) {
      const mij = await ams<{ menu: Array<{ id: string; items: Array<{ scherm: string }> }> }>(
        "GET",
        "/api/mij",
        token,
      );
      const leerlingen = mij.body.menu.find((g) => g.id === "leerlingen");
      expect(leerlingen?.items.map((i) => i.scherm)).toEqual(["leerlingen.swv"]);
    }
  });

  /** A user with both SWV roles at IJ Lyceum, made by Amsterdam's region administrator and activated. */
  async function swvGebruikerVanIjLyceum(): Promise<string> {
    const email = `swv-${randomUUID().slice(0, 8)}@example.org`;
    const wachtwoord = "Sterk-Wachtw00rd!";
    const res = await ams<{ id: string }>(
      "POST",
      "/api/gebruikers",
      await inloggen("regiobeheerder", undefined, amsterdam),
      {
        voornaam: "Ingrid",
        achternaam: "IJ",
        email,
        rollen: ["aanvragen-swv-opstellen", "aanvragen-swv-accorderen-en-versturen"],
        organisatieType: "vo",
        schoolId: "ij-lyceum",
      },
    );
    if (res.status !== 200) throw new Error(`user not created: ${res.status} ${JSON.stringify(res.body)}`);
    const { token } = tokenUitLink(
      await wachtOpAmsterdamMail(email, "Inloggegevens instellen"),
      "/activeren",
    );
    const klaar = await api<{ accessToken: string }>("POST", "/api/activeren", {
      baseUrl: amsterdam,
      body: { token, gebruikersnaam: email, wachtwoord, wachtwoordHerhaald: wachtwoord },
    });
    if (klaar.status !== 200) throw new Error(`not activated: ${klaar.status} ${JSON.stringify(klaar.body)}`);
    return klaar.body.accessToken;
  }
});

describe("Aanvragen SWV in Amstelland (REGION-01, TRT-13)", () => {
  /** A valid request for each route, so nothing but the region's configuration decides. */
  const BODIES: Readonly<Record<string, unknown>> = {
    swvAanvraagToevoegen: {
      schooljaar: "2026-2027",
      aanmeldingId: randomUUID(),
      soort: "arrangement",
      motivatie: "",
    },
    swvAanvraagWijzigen: { soort: "arrangement", motivatie: "", version: 1 },
    swvBijlageToevoegen: {
      bestandsnaam: "a.pdf",
      contentType: "application/pdf",
      inhoud: PDF.toString("base64"),
    },
    swvIndienen: { version: 1 },
    swvTerugsturen: { version: 1, opmerking: "x" },
    swvAccorderen: { version: 1 },
  };

  it("REGION-01 TRT-13 every SWV route answers 403 in Amstelland, whatever the role", async () => {
    const routes = Object.values(ROUTES).filter((r) => r.context === "swv");
    expect(routes).toHaveLength(11);
    for (const naam of ["aanmelder", "plaatser", "locatiebeheerder", "contactpersoon", "regiobeheerder"]) {
      const token = await inloggen(naam);
      for (const route of routes) {
        const pad = route.path.replace("{aanvraagId}", randomUUID()).replace("{bijlageId}", randomUUID());
        const res = await api<Fout>(route.method, pad, { token, body: BODIES[route.id] });
        expect(res.status, `${naam} ${route.method} ${route.path}`).toBe(403);
        expect(res.body.code).toBe("GEEN_TOEGANG");
      }
    }
  });

  it("REGION-01 HOME-02 no Aanvragen SWV in Amstelland's menus", async () => {
    for (const naam of ["aanmelder", "plaatser", "locatiebeheerder"]) {
      const mij = await api<{ menu: Array<{ items: Array<{ scherm: string }> }> }>("GET", "/api/mij", {
        token: await inloggen(naam),
      });
      expect(mij.body.menu.flatMap((g) => g.items.map((i) => i.scherm))).not.toContain("leerlingen.swv");
    }
  });
});
