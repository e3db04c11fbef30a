import { randomUUID } from "node:crypto";
import type { GroepenLijst, GroepKandidaten, GroepRegel, NotificatieLijst } from "@elk/contracts";
import { contactpersonenVanAanmelding } from "@elk/data";
import { beforeAll, describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { gebruikerVanAndereSchool, stackDb, stuurNotificatie } from "../support/groepen";
import { type AangemeldKind, aangemeldKind } from "../support/leerlingen";

type Fout = { code: string; message: string; velden?: Record<string, string> };

const SCHOOLJAAR = "2026-2027";
const PLAATSER = "demo-plaatser";
const AANMELDER = "demo-aanmelder";
const LOCATIEBEHEERDER = "demo-locatiebeheerder";

let plaatser: string;
let aanmelder: string;
let locatiebeheerder: string;
let noor: AangemeldKind;
let sem: AangemeldKind;

beforeAll(async () => {
  [plaatser, aanmelder, locatiebeheerder] = await Promise.all([
    inloggen("plaatser"),
    inloggen("aanmelder"),
    inloggen("locatiebeheerder"),
  ]);
  noor = await aangemeldKind();
  sem = await aangemeldKind();
});

const uniekeNaam = (basis: string) => `${basis} ${randomUUID().slice(0, 6)}`;

function toevoegen(token: string, body: Record<string, unknown>) {
  return api<GroepRegel & Fout>("POST", "/api/groepen", { token, body: { schooljaar: SCHOOLJAAR, ...body } });
}

async function lijst(token: string): Promise<GroepenLijst> {
  const res = await api<GroepenLijst>("GET", `/api/groepen?schooljaar=${SCHOOLJAAR}`, { token });
  expect(res.status).toBe(200);
  return res.body;
}

async function notificaties(token: string): Promise<NotificatieLijst> {
  const res = await api<NotificatieLijst>("GET", "/api/notificaties", { token });
  expect(res.status).toBe(200);
  return res.body;
}

describe("Instellingen > Groepen (GRP-01)", () => {
  it("GRP-01 'Groep toevoegen' offers the school's registered pupils and its users", async () => {
    const res = await api<GroepKandidaten>("GET", `/api/groepen/kandidaten?schooljaar=${SCHOOLJAAR}`, {
      token: aanmelder,
    });
    expect(res.status).toBe(200);
    expect(res.body.leerlingen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          aanmeldingId: noor.aanmeldingId,
          naam: noor.naam,
          elkNummer: noor.elkNummer,
        }),
        expect.objectContaining({ aanmeldingId: sem.aanmeldingId, status: "aangemeld" }),
      ]),
    );
    expect(res.body.gebruikers.map((g) => g.gebruikerId)).toEqual(
      expect.arrayContaining([PLAATSER, AANMELDER, LOCATIEBEHEERDER]),
    );
    expect(res.body.gebruikers.map((g) => g.gebruikerId)).not.toContain("demo-po-gebruiker");
  });

  it("GRP-01 any user of the VO school creates a group; another user of the school edits it later", async () => {
    const naam = uniekeNaam("Aanmeldingen havo/vwo");
    const nieuw = await toevoegen(aanmelder, {
      naam,
      aanmeldingIds: [noor.aanmeldingId],
      contactpersoonIds: [PLAATSER],
    });
    expect(nieuw.status).toBe(200);
    expect(nieuw.body).toMatchObject({
      naam,
      schooljaar: SCHOOLJAAR,
      leerlingen: [{ aanmeldingId: noor.aanmeldingId, naam: noor.naam, elkNummer: noor.elkNummer }],
      contactpersonen: [{ gebruikerId: PLAATSER, naam: "Petra Plaatsing" }],
      version: 1,
    });
    expect((await lijst(locatiebeheerder)).items.map((g) => g.id)).toContain(nieuw.body.id);

    // A pupil may be in several groups; the group is edited by a colleague.
    const gewijzigd = await api<GroepRegel & Fout>("PUT", `/api/groepen/${nieuw.body.id}`, {
      token: plaatser,
      body: {
        naam: `${naam} (2)`,
        aanmeldingIds: [noor.aanmeldingId, sem.aanmeldingId],
        contactpersoonIds: [PLAATSER, AANMELDER],
        version: 1,
      },
    });
    expect(gewijzigd.status).toBe(200);
    expect(gewijzigd.body.leerlingen.map((l) => l.aanmeldingId).sort()).toEqual(
      [noor.aanmeldingId, sem.aanmeldingId].sort(),
    );
    expect(gewijzigd.body.version).toBe(2);

    // Editing on an old version is refused: someone else changed it meanwhile.
    const oud = await api<Fout>("PUT", `/api/groepen/${nieuw.body.id}`, {
      token: locatiebeheerder,
      body: { naam, aanmeldingIds: [], contactpersoonIds: [PLAATSER], version: 1 },
    });
    expect(oud.status).toBe(409);
    expect(oud.body.message).toMatch(/door iemand anders gewijzigd/);
  });

  it("GRP-01 refusals are Dutch 400s at their fields", async () => {
    const naam = uniekeNaam("Niet plaatsen");
    expect(
      (await toevoegen(plaatser, { naam, aanmeldingIds: [], contactpersoonIds: [PLAATSER] })).status,
    ).toBe(200);

    const dubbel = await toevoegen(aanmelder, {
      naam: `  ${naam.toUpperCase()} `,
      aanmeldingIds: [],
      contactpersoonIds: [AANMELDER],
    });
    expect(dubbel.status).toBe(400);
    expect(dubbel.body.velden?.naam).toBe(`Er bestaat dit schooljaar al een groep met de naam "${naam}".`);

    const leeg = await toevoegen(aanmelder, {
      naam: " ",
      aanmeldingIds: ["bestaat-niet"],
      contactpersoonIds: [],
    });
    expect(leeg.status).toBe(400);
    expect(leeg.body.velden).toEqual({
      naam: "Vul de naam van de groep in.",
      aanmeldingIds: expect.stringMatching(/niet \(meer\) aangemeld of geplaatst bij uw school/),
      contactpersoonIds: "Kies minstens één contactpersoon.",
    });

    const teLang = await toevoegen(aanmelder, {
      naam: "x".repeat(101),
      aanmeldingIds: [],
      contactpersoonIds: [AANMELDER],
    });
    expect(teLang.status).toBe(400);
    expect(teLang.body.velden?.naam).toBe("Gebruik hoogstens 100 tekens.");

    const poGebruiker = await toevoegen(aanmelder, {
      naam: uniekeNaam("PO"),
      aanmeldingIds: [],
      contactpersoonIds: ["demo-po-gebruiker"],
    });
    expect(poGebruiker.status).toBe(400);
    expect(poGebruiker.body.velden?.contactpersoonIds).toMatch(/geen \(actieve\) gebruikers van uw school/);

    const geenSchooljaar = await toevoegen(aanmelder, {
      schooljaar: "1999-2000",
      naam: uniekeNaam("Oud"),
      aanmeldingIds: [],
      contactpersoonIds: [AANMELDER],
    });
    expect(geenSchooljaar.status).toBe(400);
  });

  it("GRP-01 'Toevoegen aan groep' adds pupils and is idempotent", async () => {
    const groep = await toevoegen(plaatser, {
      naam: uniekeNaam("Vwo"),
      aanmeldingIds: [noor.aanmeldingId],
      contactpersoonIds: [PLAATSER],
    });
    const pad = `/api/groepen/${groep.body.id}/leerlingen`;
    const eens = await api<GroepRegel>("POST", pad, {
      token: aanmelder,
      body: { aanmeldingIds: [sem.aanmeldingId, noor.aanmeldingId] },
    });
    expect(eens.status).toBe(200);
    expect(eens.body.leerlingen.map((l) => l.aanmeldingId)).toEqual([noor.aanmeldingId, sem.aanmeldingId]);
    const nogEens = await api<GroepRegel>("POST", pad, {
      token: aanmelder,
      body: { aanmeldingIds: [sem.aanmeldingId] },
    });
    expect(nogEens.status).toBe(200);
    expect(nogEens.body.version).toBe(eens.body.version);
    expect(nogEens.body.leerlingen).toHaveLength(2);
    const vreemd = await api<Fout>("POST", pad, {
      token: aanmelder,
      body: { aanmeldingIds: ["bestaat-niet"] },
    });
    expect(vreemd.status).toBe(400);
  });

  it("GRP-01 a group of school A is not found for a user of school B; a PO user keeps no groups", async () => {
    const groep = await toevoegen(plaatser, {
      naam: uniekeNaam("Geheim"),
      aanmeldingIds: [noor.aanmeldingId],
      contactpersoonIds: [PLAATSER],
    });
    const ander = await gebruikerVanAndereSchool();
    expect((await lijst(ander.token)).items.map((g) => g.id)).not.toContain(groep.body.id);
    const kandidaten = await api<GroepKandidaten>("GET", `/api/groepen/kandidaten?schooljaar=${SCHOOLJAAR}`, {
      token: ander.token,
    });
    expect(kandidaten.body.leerlingen.map((l) => l.aanmeldingId)).not.toContain(noor.aanmeldingId);

    const pad = `/api/groepen/${groep.body.id}`;
    const wijzigen = await api<Fout>("PUT", pad, {
      token: ander.token,
      body: { naam: "Van mij", aanmeldingIds: [], contactpersoonIds: [ander.id], version: 1 },
    });
    expect(wijzigen.status).toBe(404);
    expect(wijzigen.body.message).toBe("De groep is niet gevonden.");
    expect(
      (await api("POST", `${pad}/leerlingen`, { token: ander.token, body: { aanmeldingIds: ["x"] } })).status,
    ).toBe(404);
    expect((await api("DELETE", pad, { token: ander.token })).status).toBe(404);
    expect(
      (
        await api("PUT", "/api/groepen/bestaat-niet", {
          token: ander.token,
          body: { naam: "x", aanmeldingIds: [], contactpersoonIds: [ander.id], version: 1 },
        })
      ).status,
    ).toBe(404);

    const po = await inloggen("po-gebruiker");
    expect((await api("GET", "/api/groepen", { token: po })).status).toBe(403);
    expect((await toevoegen(po, { naam: "PO", aanmeldingIds: [], contactpersoonIds: [] })).status).toBe(403);

    // Still there for its own school.
    expect((await lijst(locatiebeheerder)).items.map((g) => g.id)).toContain(groep.body.id);
  });

  it("GRP-01 a removed group leaves the list; its pupils stay", async () => {
    const groep = await toevoegen(plaatser, {
      naam: uniekeNaam("Weg"),
      aanmeldingIds: [noor.aanmeldingId],
      contactpersoonIds: [LOCATIEBEHEERDER],
    });
    const res = await api("DELETE", `/api/groepen/${groep.body.id}`, { token: aanmelder });
    expect(res.status).toBe(200);
    expect((await lijst(plaatser)).items.map((g) => g.id)).not.toContain(groep.body.id);
    expect((await api("DELETE", `/api/groepen/${groep.body.id}`, { token: aanmelder })).status).toBe(404);
    const kandidaten = await api<GroepKandidaten>("GET", `/api/groepen/kandidaten?schooljaar=${SCHOOLJAAR}`, {
      token: plaatser,
    });
    expect(kandidaten.body.leerlingen.map((l) => l.aanmeldingId)).toContain(noor.aanmeldingId);
  });
});

describe("Notificaties (GRP-02, GRP-04, PO-03)", () => {
  it("GRP-02 only the contact persons of the pupil's groups receive its notifications", async () => {
    const kind = await aangemeldKind();
    const groep = await toevoegen(locatiebeheerder, {
      naam: uniekeNaam("Oki-doc"),
      aanmeldingIds: [kind.aanmeldingId],
      contactpersoonIds: [PLAATSER],
    });
    expect(groep.status).toBe(200);
    await toevoegen(locatiebeheerder, {
      naam: uniekeNaam("Anderen"),
      aanmeldingIds: [noor.aanmeldingId],
      contactpersoonIds: [AANMELDER],
    });

    // What the handling of a pupil does when the primary school re-releases the oki-doc.
    const ontvangers = await contactpersonenVanAanmelding(stackDb(), "amstelveen-college", kind.aanmeldingId);
    expect(ontvangers).toEqual([PLAATSER]);
    const tekst = `De basisschool heeft het oki-doc van ${kind.naam} opnieuw vrijgegeven.`;
    await stuurNotificatie(ontvangers, {
      tekst,
      leerlingNaam: kind.naam,
      elkNummer: kind.elkNummer,
      aanmeldingId: kind.aanmeldingId,
    });

    const vanPlaatser = await notificaties(plaatser);
    expect(vanPlaatser.items[0]).toMatchObject({
      tekst,
      soort: "okidoc-vrijgegeven",
      leerlingNaam: kind.naam,
      elkNummer: kind.elkNummer,
      aanmeldingId: kind.aanmeldingId,
      gelezen: false,
    });
    expect((await notificaties(aanmelder)).items.map((n) => n.tekst)).not.toContain(tekst);
    expect((await notificaties(locatiebeheerder)).items.map((n) => n.tekst)).not.toContain(tekst);
  });

  it("GRP-04 PO-03 newest first with unread state; held back until their moment; marking read", async () => {
    const po = await inloggen("po-gebruiker");
    const PO = "demo-po-gebruiker";
    const uur = 3_600_000;
    const kenmerk = randomUUID().slice(0, 6);
    await stuurNotificatie([PO], {
      tekst: `Oudste ${kenmerk}`,
      op: new Date(Date.now() - 2 * uur).toISOString(),
    });
    await stuurNotificatie([PO], {
      tekst: `Nieuwste ${kenmerk}`,
      op: new Date(Date.now() - uur).toISOString(),
    });
    await stuurNotificatie([PO], {
      tekst: `Na de bekendmaking ${kenmerk}`,
      op: new Date().toISOString(),
      zichtbaarVanaf: new Date(Date.now() + 24 * uur).toISOString(),
    });

    const voor = await notificaties(po);
    const eigen = voor.items.filter((n) => n.tekst.endsWith(kenmerk));
    expect(eigen.map((n) => n.tekst)).toEqual([`Nieuwste ${kenmerk}`, `Oudste ${kenmerk}`]);
    expect(eigen.every((n) => !n.gelezen)).toBe(true);
    expect(voor.ongelezen).toBeGreaterThanOrEqual(2);
    const [nieuwste] = eigen;
    if (!nieuwste) throw new Error("no notification");

    // Another user cannot mark it: not found, and it stays unread.
    const nietVanMij = await api<Fout>("POST", `/api/notificaties/${nieuwste.id}/gelezen`, {
      token: plaatser,
    });
    expect(nietVanMij.status).toBe(404);
    expect((await api("POST", "/api/notificaties/onzin/gelezen", { token: po })).status).toBe(404);

    const na = await api<NotificatieLijst>("POST", `/api/notificaties/${nieuwste.id}/gelezen`, { token: po });
    expect(na.status).toBe(200);
    expect(na.body.items.find((n) => n.id === nieuwste.id)?.gelezen).toBe(true);
    expect(na.body.ongelezen).toBe(voor.ongelezen - 1);

    const alles = await api<NotificatieLijst>("POST", "/api/notificaties/gelezen", { token: po });
    expect(alles.status).toBe(200);
    expect(alles.body.ongelezen).toBe(0);
    expect(alles.body.items.map((n) => n.tekst)).not.toContain(`Na de bekendmaking ${kenmerk}`);
  });

  it("GRP-04 notifications are for staff; a parent has none", async () => {
    const ouder = noor.ouderToken;
    expect((await api("GET", "/api/notificaties", { token: ouder })).status).toBe(403);
  });
});
