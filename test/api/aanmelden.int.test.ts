import type {
  AanmeldingenOverzicht,
  AanmeldingWeergave,
  KalenderDetail,
  Keuzemogelijkheden,
  Kinderen,
} from "@elk/contracts";
import { describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { aangemeldKind, HAVO_KEUZES, kindMetOuder } from "../support/leerlingen";
import { wachtOpMail } from "../support/mailbox";

type Fout = { code: string; message: string; velden?: Record<string, string> };

const GEEN = { gelijkwaardigeAfdelingWens: false, meerling: false };

const opslaan = (token: string, leerlingId: string, body: unknown) =>
  api<AanmeldingWeergave & Fout>("PUT", `/api/ouder/kinderen/${leerlingId}/voorkeurslijst`, { token, body });
const definitief = (token: string, leerlingId: string) =>
  api<AanmeldingWeergave & Fout>("POST", `/api/ouder/kinderen/${leerlingId}/aanmelden`, { token });

describe("ouderportaal (PAR-01, REG-02, REG-03, REG-05)", () => {
  it("REG-02 REG-03 REG-05 a parent registers a havo pupil with 5 choices and voorrang; the 1st-choice school sees it", async () => {
    const kind = await kindMetOuder();
    const kinderen = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: kind.ouderToken });
    expect(kinderen.status).toBe(200);
    expect(kinderen.body.binnenAanmeldperiode).toBe(true);
    expect(kinderen.body.items).toHaveLength(1);
    expect(kinderen.body.items[0]).toMatchObject({
      leerlingId: kind.leerlingId,
      aantalKeuzes: 5,
      magViaOuderportaal: true,
    });
    expect(kinderen.body.items[0]?.bsnGemaskeerd).toMatch(/^\*{6}\d{3}$/);

    const keuzes = await api<Keuzemogelijkheden>(
      "GET",
      `/api/ouder/kinderen/${kind.leerlingId}/keuzemogelijkheden`,
      {
        token: kind.ouderToken,
      },
    );
    const namen = keuzes.body.scholen.map((s) => s.id);
    expect(namen).toEqual(expect.arrayContaining(HAVO_KEUZES.map((k) => k.schoolId)));
    expect(namen).not.toContain("praktijkschool-uithoorn");
    expect(
      keuzes.body.scholen.find((s) => s.id === "amstelveen-college")?.afdelingen.map((a) => a.id),
    ).not.toContain("vwo");

    const voorrang = { soort: "broer-zus", naamBroerZus: "Daan Jansen", klas: "2B" };
    const concept = await opslaan(kind.ouderToken, kind.leerlingId, {
      keuzes: HAVO_KEUZES,
      eersteKeuze: { ...GEEN, voorrang },
    });
    expect(concept.status).toBe(200);
    expect(concept.body.status).toBe("concept");
    const klaar = await definitief(kind.ouderToken, kind.leerlingId);
    expect(klaar.status).toBe(200);
    expect(klaar.body.status).toBe("aangemeld");
    expect(klaar.body.keuzes.map((k) => k.schoolNaam)).toEqual([
      "Amstelveen College",
      "Keizer Karel College",
      "Alkwin Kollege",
      "Hermann Wesselink College",
      "Thamen College",
    ]);

    const mail = await wachtOpMail(kind.emailOuders, `Aanmelding ${kind.naam}: de voorkeurslijst`);
    expect(mail.body.text).toContain("1. Amstelveen College — havo");
    expect(mail.body.text).toContain("5. Thamen College — havo/vwo");
    expect(mail.body.text).toContain("broer/zus Daan Jansen (klas 2B)");

    const school = await api<AanmeldingenOverzicht>(
      "GET",
      "/api/aanmeldingen?schooljaar=2026-2027&perPagina=500",
      {
        token: await inloggen("plaatser"),
      },
    );
    const regel = school.body.items.find((a) => a.elkNummer === kind.elkNummer);
    expect(regel).toMatchObject({
      leerlingNaam: kind.naam,
      advies: "havo",
      eersteKeuzeAfdeling: "havo",
      voorrang: "broer-zus",
    });
    expect(regel?.aangemeldOp).toBe(klaar.body.aangemeldOp);
  });

  it("REG-02 REG-03 every refusal is a Dutch 400 and nothing is final", async () => {
    const kind = await kindMetOuder();
    const t = kind.ouderToken;
    const onvolledig = await opslaan(t, kind.leerlingId, {
      keuzes: HAVO_KEUZES.slice(0, 2),
      eersteKeuze: GEEN,
    });
    expect(onvolledig.status).toBe(200);
    const teVroeg = await definitief(t, kind.leerlingId);
    expect(teVroeg.status).toBe(400);
    expect(teVroeg.body.message).toMatch(/nog niet compleet: kies 5 scholen/);

    const vwoAfdeling = await opslaan(t, kind.leerlingId, {
      keuzes: [{ schoolId: "amstelveen-college", afdelingId: "vwo" }],
      eersteKeuze: GEEN,
    });
    expect(vwoAfdeling.status).toBe(400);
    expect(vwoAfdeling.body.velden?.["keuzes.0"]).toMatch(/neemt geen leerlingen met advies havo aan/);

    const geenVoorrang = await opslaan(t, kind.leerlingId, {
      keuzes: [{ schoolId: "alkwin-kollege", afdelingId: "havo-vwo" }],
      eersteKeuze: { ...GEEN, voorrang: { soort: "kind-medewerker" } },
    });
    expect(geenVoorrang.status).toBe(400);
    expect(geenVoorrang.body.velden?.voorrang).toBe("Voorrang is bij Alkwin Kollege niet van toepassing.");

    const zonderKlas = await opslaan(t, kind.leerlingId, {
      keuzes: [HAVO_KEUZES[0]],
      eersteKeuze: { ...GEEN, voorrang: { soort: "broer-zus", naamBroerZus: "Daan", klas: "" } },
    });
    expect(zonderKlas.body.velden?.voorrang).toBe("Vul de naam en de klas van de broer of zus in.");

    const dubbel = await opslaan(t, kind.leerlingId, {
      keuzes: [HAVO_KEUZES[0], HAVO_KEUZES[0]],
      eersteKeuze: GEEN,
    });
    expect(dubbel.body.velden?.["keuzes.1"]).toMatch(/staat al op de lijst/);

    const kinderen = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: t });
    expect(kinderen.body.items[0]?.aanmelding?.status).toBe("concept");
  });

  it("REG-02 a vmbo-b pupil's list stops at two", async () => {
    const kind = await kindMetOuder({ advies: "vmbo-b" });
    const kinderen = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: kind.ouderToken });
    expect(kinderen.body.items[0]?.aantalKeuzes).toBe(2);
    const drie = await opslaan(kind.ouderToken, kind.leerlingId, {
      keuzes: [
        { schoolId: "panta-rhei", afdelingId: "vmbo" },
        { schoolId: "thamen-college", afdelingId: "vmbo" },
        { schoolId: "yuverta-aalsmeer", afdelingId: "vmbo" },
      ],
      eersteKeuze: GEEN,
    });
    expect(drie.status).toBe(400);
    expect(drie.body.velden?.keuzes).toBe("Met het advies vmbo-b bestaat de voorkeurslijst uit 2 scholen.");
    const twee = await opslaan(kind.ouderToken, kind.leerlingId, {
      keuzes: [
        { schoolId: "panta-rhei", afdelingId: "vmbo" },
        { schoolId: "thamen-college", afdelingId: "vmbo" },
      ],
      eersteKeuze: GEEN,
    });
    expect(twee.status).toBe(200);
    expect((await definitief(kind.ouderToken, kind.leerlingId)).body.status).toBe("aangemeld");
  });

  it("REG-01 a pupil whose advice became PrO is not registered through the ouderportaal", async () => {
    const kind = await kindMetOuder();
    const po = await inloggen("po-gebruiker");
    const huidig = await api<{ version: number } & Record<string, unknown>>(
      "GET",
      "/api/po/leerlingen?schooljaar=2026-2027",
      { token: po },
    );
    const regel = (huidig.body as unknown as { items: Array<{ id: string; version: number }> }).items.find(
      (l) => l.id === kind.leerlingId,
    );
    const wijzig = await api("PUT", `/api/po/leerlingen/${kind.leerlingId}`, {
      token: po,
      body: { advies: "PrO", version: regel?.version },
    });
    expect(wijzig.status).toBe(200);
    const kinderen = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: kind.ouderToken });
    expect(kinderen.body.items[0]).toMatchObject({ magViaOuderportaal: false, aantalKeuzes: 1 });
    const poging = await opslaan(kind.ouderToken, kind.leerlingId, {
      keuzes: [{ schoolId: "praktijkschool-uithoorn", afdelingId: "pro" }],
      eersteKeuze: GEEN,
    });
    expect(poging.status).toBe(400);
    expect(poging.body.message).toMatch(/PrO-advies worden niet via het ouderportaal aangemeld/);
  });

  it("ACC-09 a parent reaches only its own child", async () => {
    const [a, b] = [await kindMetOuder(), await kindMetOuder()];
    const vreemd = await api<Fout>("GET", `/api/ouder/kinderen/${b.leerlingId}/keuzemogelijkheden`, {
      token: a.ouderToken,
    });
    expect(vreemd.status).toBe(404);
    expect((await opslaan(a.ouderToken, b.leerlingId, { keuzes: [], eersteKeuze: GEEN })).status).toBe(404);
    const staf = await api<Fout>("GET", "/api/ouder/kinderen/x/keuzemogelijkheden", {
      token: await inloggen("plaatser"),
    });
    expect(staf.status).toBe(404);
  });
});

describe("one registration, undo, manual registration (REG-04, REG-06, REG-09)", () => {
  it("REG-04 REG-09 a VO school registering a pupil already registered elsewhere gets the manual's message", async () => {
    const kind = await aangemeldKind();

    const aanmelder = await inloggen("aanmelder");
    const kort = kind.elkNummer.replace(/^0+/, "");
    const gevonden = await api<{ leerlingId: string; naam: string }>(
      "POST",
      "/api/aanmeldingen/controleren",
      {
        token: aanmelder,
        body: { elkNummer: kort, schooljaar: "2026-2027" },
      },
    );
    expect(gevonden.status).toBe(200);
    expect(gevonden.body.naam).toBe(kind.naam);

    // Registered by the parents already: a second registration is refused, naming the school that holds it.
    const kkc = await api<Fout>("POST", "/api/aanmeldingen", {
      token: aanmelder,
      body: { leerlingId: kind.leerlingId, schooljaar: "2026-2027", keuzes: HAVO_KEUZES, eersteKeuze: GEEN },
    });
    expect(kkc.status).toBe(409);
    expect(kkc.body.message).toBe(
      `Leerling: ${kind.naam}. Deze leerling is al op een school aangemeld of geplaatst: Amstelveen College (020 - 555 01 10).`,
    );
  });

  it("REG-06 undoing frees the pupil: the school no longer lists it and it can register again", async () => {
    const kind = await aangemeldKind();
    const terug = await api<AanmeldingWeergave>("POST", `/api/ouder/kinderen/${kind.leerlingId}/intrekken`, {
      token: kind.ouderToken,
    });
    expect(terug.status).toBe(200);
    expect(terug.body.status).toBe("ingetrokken");
    const kinderen = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: kind.ouderToken });
    expect(kinderen.body.items[0]?.aanmelding?.status).toBe("ingetrokken");
    const school = await api<AanmeldingenOverzicht>(
      "GET",
      "/api/aanmeldingen?schooljaar=2026-2027&perPagina=500",
      {
        token: await inloggen("plaatser"),
      },
    );
    expect(school.body.items.map((a) => a.elkNummer)).not.toContain(kind.elkNummer);

    // Now a VO school may register the pupil by hand, with itself as the 1st choice (REG-09).
    const aanmelder = await inloggen("aanmelder");
    const nietEigen = await api<Fout>("POST", "/api/aanmeldingen", {
      token: aanmelder,
      body: {
        leerlingId: kind.leerlingId,
        schooljaar: "2026-2027",
        keuzes: HAVO_KEUZES.slice(1).concat(HAVO_KEUZES[0] ?? []),
        eersteKeuze: GEEN,
      },
    });
    expect(nietEigen.status).toBe(400);
    const eigen = await api<AanmeldingWeergave>("POST", "/api/aanmeldingen", {
      token: aanmelder,
      body: { leerlingId: kind.leerlingId, schooljaar: "2026-2027", keuzes: HAVO_KEUZES, eersteKeuze: GEEN },
    });
    expect(eigen.status).toBe(200);
    expect(eigen.body).toMatchObject({ status: "aangemeld", via: "school" });
  });

  it("REG-10 outside the registration period nothing can be registered, changed or undone", async () => {
    const kind = await kindMetOuder();
    const rb = await inloggen("regiobeheerder");
    const huidig = await api<KalenderDetail>("GET", "/api/kalender/2026-2027", { token: rb });
    const { schooljaar: _s, version, standaard: _st, magWijzigen: _m, ...kalender } = huidig.body;
    const gesloten = {
      ...kalender,
      aanmeldperiode: { van: "2026-09-01", tot: "2026-09-05" },
      behandelperiode: { van: "2026-09-01", tot: "2026-09-10" },
    };
    const dicht = await api<KalenderDetail>("PUT", "/api/kalender/2026-2027", {
      token: rb,
      body: { ...gesloten, version },
    });
    expect(dicht.status).toBe(200);
    try {
      const poging = await opslaan(kind.ouderToken, kind.leerlingId, {
        keuzes: HAVO_KEUZES,
        eersteKeuze: GEEN,
      });
      expect(poging.status).toBe(400);
      expect(poging.body.message).toMatch(
        /Aanmelden kan alleen in de aanmeldperiode: van 1 september 2026 tot en met 5 september 2026/,
      );
      const kinderen = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: kind.ouderToken });
      expect(kinderen.body.binnenAanmeldperiode).toBe(false);
    } finally {
      const open = await api("PUT", "/api/kalender/2026-2027", {
        token: rb,
        body: { ...kalender, version: dicht.body.version },
      });
      expect(open.status).toBe(200);
    }
  });
});

describe("buitenleerlingen (REG-08, REG-09, REG-04)", () => {
  const gegevens = (bsn: string, email: string) => ({
    schooljaar: "2026-2027",
    bsn,
    roepnaam: "Mila",
    achternaam: `Buiten-${bsn.slice(-4)}`,
    geboortedatum: "2014-02-11",
    geslacht: "v",
    adres: { straat: "Dorpsstraat", huisnummer: "3", postcode: "3511 AA", plaats: "Utrecht" },
    emailOuders: email,
    advies: "havo",
    basisschool: { naam: "De Zonnewijzer", plaats: "Utrecht", brin: "99ZW", telefoon: "030 - 000 00 00" },
    keuzes: HAVO_KEUZES,
    eersteKeuze: GEEN,
  });

  it("REG-08 REG-09 a VO school registers a buitenleerling: ELK-nummer with B, listed, parents mailed", async () => {
    const { nieuwBsn } = await import("../support/bsn");
    const bsn = nieuwBsn();
    const email = `buiten-${bsn}@example.org`;
    const aanmelder = await inloggen("aanmelder");
    const vrij = await api<{ vrij: boolean; bericht: string }>("POST", "/api/buitenleerlingen/controleren", {
      token: aanmelder,
      body: { bsn, schooljaar: "2026-2027" },
    });
    expect(vrij.status).toBe(200);
    const res = await api<AanmeldingWeergave & { elkNummer: string }>("POST", "/api/buitenleerlingen", {
      token: aanmelder,
      body: gegevens(bsn, email),
    });
    expect(res.status).toBe(200);
    expect(res.body.elkNummer).toMatch(/^B\d{8}$/);
    expect(res.body).toMatchObject({ status: "aangemeld", via: "school" });
    const lijst = await api<AanmeldingenOverzicht>(
      "GET",
      "/api/aanmeldingen?schooljaar=2026-2027&perPagina=500",
      {
        token: aanmelder,
      },
    );
    expect(lijst.body.items.find((a) => a.elkNummer === res.body.elkNummer)?.buitenleerling).toBe(true);
    await wachtOpMail(email, `Aanmelding Mila Buiten-${bsn.slice(-4)}: de voorkeurslijst`);
    await wachtOpMail(email, "Ouderinlog ELK Amstelland");

    // Controleren again: now registered — the manual's message names the school and its phone.
    const weer = await api<Fout>("POST", "/api/buitenleerlingen/controleren", {
      token: aanmelder,
      body: { bsn, schooljaar: "2026-2027" },
    });
    expect(weer.status).toBe(409);
    expect(weer.body.message).toBe(
      `Leerling: Mila Buiten-${bsn.slice(-4)}. Deze leerling is al op een school aangemeld of geplaatst: Amstelveen College (020 - 555 01 10).`,
    );
  });

  it("REG-04 the same BSN registered as buitenleerling ten times at once: exactly one succeeds, nothing else written", async () => {
    const { nieuwBsn } = await import("../support/bsn");
    const bsn = nieuwBsn();
    const aanmelder = await inloggen("aanmelder");
    const pogingen = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api<Fout & { elkNummer?: string }>("POST", "/api/buitenleerlingen", {
          token: aanmelder,
          body: gegevens(bsn, `race-${i}-${bsn}@example.org`),
        }),
      ),
    );
    const gelukt = pogingen.filter((p) => p.status === 200);
    expect(gelukt).toHaveLength(1);
    for (const p of pogingen.filter((x) => x.status !== 200)) {
      expect(p.status).toBe(409);
      expect(p.body.message).toMatch(
        /Deze leerling is al (op een school aangemeld of geplaatst: Amstelveen College|bekend in ELK)/,
      );
    }
    const lijst = await api<AanmeldingenOverzicht>(
      "GET",
      "/api/aanmeldingen?schooljaar=2026-2027&perPagina=500",
      {
        token: aanmelder,
      },
    );
    expect(lijst.body.items.filter((a) => a.leerlingNaam === `Mila Buiten-${bsn.slice(-4)}`)).toHaveLength(1);
  });

  it("REG-08 invalid BSN and malformed e-mail are refused with Dutch messages and nothing written", async () => {
    const { nieuwBsn, ongeldigBsn } = await import("../support/bsn");
    const aanmelder = await inloggen("aanmelder");
    const fout = await api<Fout>("POST", "/api/buitenleerlingen", {
      token: aanmelder,
      body: gegevens(ongeldigBsn(), "x@example.org"),
    });
    expect(fout.status).toBe(400);
    expect(fout.body.velden?.bsn).toMatch(/elfproef/);
    const bsn = nieuwBsn();
    const mail = await api<Fout>("POST", "/api/buitenleerlingen", {
      token: aanmelder,
      body: gegevens(bsn, "geen-adres"),
    });
    expect(mail.status).toBe(400);
    expect(Object.keys(mail.body.velden ?? {})).toContain("emailOuders");
    const vrij = await api("POST", "/api/buitenleerlingen/controleren", {
      token: aanmelder,
      body: { bsn, schooljaar: "2026-2027" },
    });
    expect(vrij.status).toBe(200);
  });
});

describe("choices for a new buitenleerling (REG-08, REG-09, REG-02)", () => {
  it("REG-08 REG-09 a VO school gets the schools and afdelingen for an advice, with itself; others are refused", async () => {
    const aanmelder = await inloggen("aanmelder");
    const res = await api<Keuzemogelijkheden & { eigenSchoolId: string }>(
      "GET",
      "/api/aanmeldingen/keuzemogelijkheden?advies=vmbo-b",
      { token: aanmelder },
    );
    expect(res.status).toBe(200);
    expect(res.body.eigenSchoolId).toBe("amstelveen-college");
    const ids = res.body.scholen.map((s) => s.id);
    expect(ids).toContain("panta-rhei");
    expect(ids).not.toContain("amstelveen-college");
    const havo = await api<Keuzemogelijkheden>("GET", "/api/aanmeldingen/keuzemogelijkheden?advies=havo", {
      token: aanmelder,
    });
    expect(havo.body.scholen.map((s) => s.id)).toEqual(
      expect.arrayContaining(HAVO_KEUZES.map((k) => k.schoolId)),
    );

    const onbekend = await api<Fout>("GET", "/api/aanmeldingen/keuzemogelijkheden?advies=mavo", {
      token: aanmelder,
    });
    expect(onbekend.status).toBe(400);
    // Beoordelen en plaatsen may not register pupils.
    const plaatser = await api<Fout>("GET", "/api/aanmeldingen/keuzemogelijkheden?advies=havo", {
      token: await inloggen("plaatser"),
    });
    expect(plaatser.status).toBe(403);
  });
});

describe("documents of a buitenleerling (REG-11)", () => {
  it("REG-11 the parents of a buitenleerling upload a document the VO school asks for; others cannot", async () => {
    const { nieuwBsn } = await import("../support/bsn");
    const { tokenUitLink } = await import("../support/mailbox");
    const { GetObjectCommand, S3Client } = await import("@aws-sdk/client-s3");
    const { inject } = await import("vitest");
    const bsn = nieuwBsn();
    const email = `upload-${bsn}@example.org`;
    const aanmelder = await inloggen("aanmelder");
    const aangemeld = await api<{ leerlingId: string }>("POST", "/api/buitenleerlingen", {
      token: aanmelder,
      body: {
        schooljaar: "2026-2027",
        bsn,
        roepnaam: "Jip",
        achternaam: "Upload",
        geboortedatum: "2014-03-01",
        geslacht: "m",
        adres: { straat: "Laan", huisnummer: "1", postcode: "3511 AB", plaats: "Utrecht" },
        emailOuders: email,
        advies: "havo",
        keuzes: HAVO_KEUZES,
        eersteKeuze: GEEN,
      },
    });
    expect(aangemeld.status).toBe(200);
    const { token } = tokenUitLink(await wachtOpMail(email, "Ouderinlog ELK Amstelland"), "/activeren");
    const ouder = await api<{ accessToken: string }>("POST", "/api/activeren", {
      body: {
        token,
        gebruikersnaam: `ouder-${bsn}`,
        wachtwoord: "Ouder-Wachtw00rd!",
        wachtwoordHerhaald: "Ouder-Wachtw00rd!",
      },
    });
    const t = ouder.body.accessToken;
    const pad = `/api/ouder/kinderen/${aangemeld.body.leerlingId}/documenten`;
    const pdf = Buffer.from("%PDF-1.4\n% test\n");
    const res = await api<{ id: string; grootte: number }>("POST", pad, {
      token: t,
      body: { bestandsnaam: "rapport.pdf", contentType: "application/pdf", inhoud: pdf.toString("base64") },
    });
    expect(res.status).toBe(200);
    expect(res.body.grootte).toBe(pdf.length);
    const lijst = await api<{ items: Array<{ bestandsnaam: string }>; magUploaden: boolean }>("GET", pad, {
      token: t,
    });
    expect(lijst.body).toMatchObject({ magUploaden: true, items: [{ bestandsnaam: "rapport.pdf" }] });

    const s3 = new S3Client({
      endpoint: inject("stack").endpoints.s3,
      region: "eu-west-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
    const object = await s3.send(
      new GetObjectCommand({
        Bucket: "elk-amstelland-files",
        Key: `documenten/2026-2027/${aangemeld.body.leerlingId}/${res.body.id}`,
      }),
    );
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? [])).toEqual(pdf);

    const exe = await api<Fout>("POST", pad, {
      token: t,
      body: { bestandsnaam: "x.exe", contentType: "application/x-msdownload", inhoud: "AAAA" },
    });
    expect(exe.status).toBe(400);
    expect(exe.body.velden?.bestand).toBe("Stuur een PDF, JPG of PNG.");
    const groot = await api<Fout>("POST", pad, {
      token: t,
      body: {
        bestandsnaam: "groot.pdf",
        contentType: "application/pdf",
        inhoud: Buffer.alloc(4 * 1024 * 1024 + 1).toString("base64"),
      },
    });
    expect(groot.status).toBe(400);

    // A pupil of a primary school in the region has an oki-doc instead.
    const regulier = await kindMetOuder();
    const geen = await api<Fout>("POST", `/api/ouder/kinderen/${regulier.leerlingId}/documenten`, {
      token: regulier.ouderToken,
      body: { bestandsnaam: "a.pdf", contentType: "application/pdf", inhoud: pdf.toString("base64") },
    });
    expect(geen.status).toBe(400);
    expect(geen.body.message).toMatch(/alleen voor een buitenleerling/);
    // And another parent cannot reach this child.
    expect((await api("GET", pad, { token: regulier.ouderToken })).status).toBe(404);
  });
});

describe("voorrang only at the 1st choice (REG-03)", () => {
  it("REG-03 voorrang sent with a 2nd choice is refused with a Dutch 400, nothing saved", async () => {
    const kind = await kindMetOuder();
    const keuzes = HAVO_KEUZES.map((k, i) =>
      i === 1 ? { ...k, voorrang: { soort: "kind-medewerker" } } : k,
    );
    const res = await opslaan(kind.ouderToken, kind.leerlingId, { keuzes, eersteKeuze: GEEN });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      "Voorrang, meerling en een gelijkwaardige afdeling gelden alleen bij de school van eerste voorkeur.",
    );
    const kinderen = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: kind.ouderToken });
    expect(kinderen.body.items[0]?.aanmelding).toBeUndefined();
  });
});
