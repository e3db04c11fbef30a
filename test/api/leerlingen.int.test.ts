import { randomUUID } from "node:crypto";
import type {
  ImportResultaat,
  KalenderDetail,
  LeerlingenLijst,
  LeerlingRegel,
  MijnGegevens,
  OuderinlogAangevraagd,
} from "@elk/contracts";
import { datumTekst, nederlandseDatum, schooljaarVan } from "@elk/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { nieuwBsn, ongeldigBsn } from "../support/bsn";
import { alleMailsAan, type OntvangenMail, tokenUitLink, wachtOpMail } from "../support/mailbox";
import { tabelItem } from "../support/tabel";

type Fout = { code: string; message: string; velden?: Record<string, string> };

const STERK = "Sterk-Wachtw00rd!";
const SCHOOLJAAR = "2026-2027";
const OUDERINLOG = "Ouderinlog ELK Amstelland";
const uniekAdres = (soort = "ouders") => `${soort}-${randomUUID().slice(0, 8)}@example.org`;

let po: string;

beforeAll(async () => {
  po = await inloggen("po-gebruiker");
});

const item = tabelItem;

/** The parent's account of an address, as stored: found by its claim on the normalised address. */
async function ouderAccount(email: string): Promise<Record<string, unknown> | undefined> {
  const claim = await item(`CLAIM#OUDER_EMAIL#${email.toLowerCase()}`, "CLAIM");
  return claim ? item(`GEBRUIKER#${String(claim.eigenaar)}`, "GEBRUIKER") : undefined;
}

function leerling(overrides: Record<string, unknown> = {}) {
  return {
    schooljaar: SCHOOLJAAR,
    roepnaam: "Sem",
    tussenvoegsel: "de",
    achternaam: `Vries-${randomUUID().slice(0, 4)}`,
    bsn: nieuwBsn(),
    geboortedatum: "2014-05-12",
    geslacht: "m",
    adres: { straat: "Populierenlaan", huisnummer: "7", postcode: "1185sb", plaats: "Amstelveen" },
    emailOuders: uniekAdres(),
    advies: "havo",
    ...overrides,
  };
}

function toevoegen(body: Record<string, unknown>, token = po) {
  return api<LeerlingRegel & Fout>("POST", "/api/po/leerlingen", { token, body });
}

async function lijst(token = po, schooljaar = SCHOOLJAAR) {
  return api<LeerlingenLijst & Fout>("GET", `/api/po/leerlingen?schooljaar=${schooljaar}`, { token });
}

function ouderinlogVersturen(leerlingId: string, token = po) {
  return api<{ verstuurd: true; bericht: string } & Fout>(
    "POST",
    `/api/po/leerlingen/${leerlingId}/ouderinlog`,
    {
      token,
    },
  );
}

/** An account invited by the region administrator and activated through its link: its access token. */
async function nieuweGebruiker(body: Record<string, unknown>): Promise<string> {
  const email = uniekAdres("po");
  const rb = await inloggen("regiobeheerder");
  const res = await api("POST", "/api/gebruikers", {
    token: rb,
    body: { voornaam: "Pim", achternaam: "Startpunt", email, ...body },
  });
  expect(res.status).toBe(200);
  const { token } = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren");
  const klaar = await api<{ accessToken: string }>("POST", "/api/activeren", {
    body: { token, gebruikersnaam: email, wachtwoord: STERK, wachtwoordHerhaald: STERK },
  });
  expect(klaar.status).toBe(200);
  return klaar.body.accessToken;
}

async function activeerOuder(mail: OntvangenMail, gebruikersnaam: string) {
  const { token } = tokenUitLink(mail, "/activeren");
  return api<{ accessToken: string } & Fout>("POST", "/api/activeren", {
    body: { token, gebruikersnaam, wachtwoord: STERK, wachtwoordHerhaald: STERK },
  });
}

const dagenLater = (datum: string, dagen: number) => {
  const d = new Date(`${datum}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
};

/** A calendar whose registration period starts `start` days after today (Dutch date). */
function kalenderVanaf(start: number, version: number) {
  const van = dagenLater(nederlandseDatum(new Date()), start);
  return {
    aanmeldperiode: { van, tot: dagenLater(van, 11) },
    behandelperiode: { van, tot: dagenLater(van, 20) },
    decentraleLoting: dagenLater(van, 21),
    centralePlaatsing: dagenLater(van, 30),
    version,
  };
}

describe("calendar per school year (REG-10, LOT-04)", () => {
  it("REG-10 LOT-04 anyone signed in reads a year's calendar: the region's defaults until it is set", async () => {
    const res = await api<KalenderDetail>("GET", "/api/kalender/2025-2026", { token: po });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      schooljaar: "2025-2026",
      aanmeldperiode: { van: "2026-03-09", tot: "2026-03-20" },
      decentraleLoting: "2026-03-30",
      bekendmaking: "2026-04-09T14:00:00.000Z",
      standaard: true,
      version: 0,
      magWijzigen: false,
    });
    const onbekend = await api<Fout>("GET", "/api/kalender/2031-2032", { token: po });
    expect(onbekend.status).toBe(400);
    expect(onbekend.body.message).toMatch(/bestaat niet/);
    expect((await api("GET", "/api/kalender/2025-2026")).status).toBe(401);
  });

  it("REG-10 only the beheerorganisatie sets the calendar: others get 403", async () => {
    const body = { ...kalenderVanaf(30, 0) };
    for (const gebruiker of ["po-gebruiker", "locatiebeheerder", "contactpersoon"]) {
      const res = await api<Fout>("PUT", "/api/kalender/2024-2025", {
        token: await inloggen(gebruiker),
        body,
      });
      expect(res.status, gebruiker).toBe(403);
    }
    expect((await api<KalenderDetail>("GET", "/api/kalender/2024-2025", { token: po })).body.standaard).toBe(
      true,
    );
  });

  it("REG-10 LOT-04 the steps must follow in order inside the school year; the announcement defaults to 16:00 after CP&L; versioned", async () => {
    const rb = await inloggen("regiobeheerder");
    const gelezen = await api<KalenderDetail>("GET", "/api/kalender/2024-2025", { token: rb });
    expect(gelezen.body.magWijzigen).toBe(true);
    const goed = {
      aanmeldperiode: { van: "2025-03-10", tot: "2025-03-21" },
      behandelperiode: { van: "2025-03-10", tot: "2025-03-30" },
      decentraleLoting: "2025-03-31",
      centralePlaatsing: "2025-04-08",
      version: gelezen.body.version,
    };
    const verkeerd = await api<Fout>("PUT", "/api/kalender/2024-2025", {
      token: rb,
      body: {
        ...goed,
        decentraleLoting: "2025-03-15",
        behandelperiode: { van: "2025-03-30", tot: "2025-03-10" },
      },
    });
    expect(verkeerd.status).toBe(400);
    expect(verkeerd.body.message).toBe("De kalender klopt niet.");
    expect(verkeerd.body.velden).toMatchObject({
      "behandelperiode.tot": "Het einde ligt vóór het begin.",
      decentraleLoting: "De decentrale loting is na de aanmeldperiode.",
    });
    const buitenJaar = await api<Fout>("PUT", "/api/kalender/2024-2025", {
      token: rb,
      body: { ...goed, centralePlaatsing: "2025-09-01" },
    });
    expect(buitenJaar.status).toBe(400);
    expect(buitenJaar.body.velden?.centralePlaatsing).toMatch(/schooljaar 2024-2025/);
    const geenDatum = await api<Fout>("PUT", "/api/kalender/2024-2025", {
      token: rb,
      body: { ...goed, centralePlaatsing: "8 april" },
    });
    expect(geenDatum.status).toBe(400);
    expect(geenDatum.body.velden?.centralePlaatsing).toMatch(/geldige datum/);

    const opgeslagen = await api<KalenderDetail>("PUT", "/api/kalender/2024-2025", { token: rb, body: goed });
    expect(opgeslagen.status).toBe(200);
    expect(opgeslagen.body).toMatchObject({
      bekendmaking: "2025-04-09T14:00:00.000Z",
      standaard: false,
      version: gelezen.body.version + 1,
    });
    const verouderd = await api<Fout>("PUT", "/api/kalender/2024-2025", { token: rb, body: goed });
    expect(verouderd.status).toBe(409);
    const gelezenDoorPo = await api<KalenderDetail>("GET", "/api/kalender/2024-2025", { token: po });
    expect(gelezenDoorPo.body).toMatchObject({ centralePlaatsing: "2025-04-08", standaard: false });
  });
});

describe("a primary school's pupils (PO-01)", () => {
  it("PO-01 a PO user adds a pupil: an ELK-nummer, the BSN never returned, only masked", async () => {
    const body = leerling();
    const res = await toevoegen(body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      naam: `Sem de ${body.achternaam}`,
      schooljaar: SCHOOLJAAR,
      bsnGemaskeerd: `******${body.bsn.slice(-3)}`,
      adres: { postcode: "1185 SB" },
      geslacht: "man",
      advies: "havo",
      magOuderinlog: true,
      version: 1,
    });
    expect(res.body.elkNummer).toMatch(/^\d{9}$/);
    const lijstNa = await lijst();
    const regel = lijstNa.body.items.find((l) => l.id === res.body.id);
    expect(regel?.elkNummer).toBe(res.body.elkNummer);
    for (const antwoord of [JSON.stringify(res.body), JSON.stringify(lijstNa.body)]) {
      expect(antwoord).not.toContain(body.bsn);
      expect(antwoord).not.toMatch(/bsnHash|bsnVersleuteld/);
    }
    const opgeslagen = await item(`LEERLING#${res.body.id}`, "LEERLING");
    expect(opgeslagen?.poSchoolId).toBe("obs-de-populier");
    expect(JSON.stringify(opgeslagen)).not.toContain(body.bsn);
  });

  it("PO-01 a BSN that fails the elfproef is refused with a Dutch message, nothing written", async () => {
    const voor = (await lijst()).body.items.length;
    const res = await toevoegen(leerling({ bsn: ongeldigBsn() }));
    expect(res.status).toBe(400);
    expect(res.body.velden?.bsn).toMatch(/elfproef klopt niet/);
    expect((await lijst()).body.items).toHaveLength(voor);
  });

  it("PO-01 the same BSN twice in a school year: 409 in Dutch and nothing written; another year may hold it", async () => {
    const eerste = leerling();
    expect((await toevoegen(eerste)).status).toBe(200);
    const voor = (await lijst()).body.items.length;
    const tweede = await toevoegen(leerling({ bsn: eerste.bsn, roepnaam: "Lis" }));
    expect(tweede.status).toBe(409);
    expect(tweede.body.message).toMatch(
      /^Er is dit schooljaar al een leerling met dit burgerservicenummer: Lis/,
    );
    expect((await lijst()).body.items).toHaveLength(voor);
    expect((await toevoegen(leerling({ bsn: eerste.bsn, schooljaar: "2025-2026" }))).status).toBe(200);
  });

  it("PO-01 a malformed e-mail address and missing fields are refused in Dutch", async () => {
    const email = await toevoegen(leerling({ emailOuders: "ouders.example.org" }));
    expect(email.status).toBe(400);
    expect(email.body.velden?.emailOuders).toBe(
      "Vul een geldig e-mailadres van de ouders in, zoals naam@voorbeeld.nl.",
    );
    const { achternaam: _weg, ...zonderAchternaam } = leerling();
    const leeg = await toevoegen(zonderAchternaam);
    expect(leeg.status).toBe(400);
    expect(leeg.body.velden?.achternaam).toBe("Vul de achternaam in.");
    const onzin = await toevoegen(
      leerling({ geslacht: "?", geboortedatum: "2022-01-01", advies: "gymnasium" }),
    );
    expect(onzin.status).toBe(400);
    expect(Object.keys(onzin.body.velden ?? {})).toEqual(
      expect.arrayContaining(["geslacht", "geboortedatum", "advies"]),
    );
  });

  it("PO-01 a VO user has no access to a primary school's pupils: 403", async () => {
    for (const gebruiker of ["aanmelder", "locatiebeheerder", "regiobeheerder"]) {
      const token = await inloggen(gebruiker);
      expect((await toevoegen(leerling(), token)).status, gebruiker).toBe(403);
      expect((await lijst(token)).status, gebruiker).toBe(403);
    }
  });

  it("PO-01 another primary school's pupil does not exist for a PO user: 404", async () => {
    const eigen = await toevoegen(leerling());
    const ander = await nieuweGebruiker({
      rollen: ["po-gebruiker"],
      organisatieType: "po",
      schoolId: "obs-het-startpunt",
    });
    const wijzigen = await api<Fout>("PUT", `/api/po/leerlingen/${eigen.body.id}`, {
      token: ander,
      body: { achternaam: "Anders", version: 1 },
    });
    expect(wijzigen.status).toBe(404);
    expect((await ouderinlogVersturen(eigen.body.id, ander)).status).toBe(404);
    expect((await lijst(ander)).body.items.map((l) => l.id)).not.toContain(eigen.body.id);
    const nietBestaand = await api<Fout>("PUT", `/api/po/leerlingen/${randomUUID()}`, {
      token: po,
      body: { achternaam: "X", version: 1 },
    });
    expect(nietBestaand.status).toBe(404);
  });

  it("PO-01 names, address, advice and the parents' e-mail can be corrected, based on the version read", async () => {
    const { body: toegevoegd } = await toevoegen(leerling());
    const res = await api<LeerlingRegel & Fout>("PUT", `/api/po/leerlingen/${toegevoegd.id}`, {
      token: po,
      body: {
        achternaam: "Visser",
        adres: { postcode: "1186dt" },
        advies: null,
        emailOuders: "Nieuw@Example.org",
        version: 1,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      achternaam: "Visser",
      roepnaam: "Sem",
      adres: { straat: "Populierenlaan", postcode: "1186 DT" },
      emailOuders: "Nieuw@Example.org",
      elkNummer: toegevoegd.elkNummer,
      magOuderinlog: false,
      version: 2,
    });
    expect(res.body.advies).toBeUndefined();
    const verouderd = await api<Fout>("PUT", `/api/po/leerlingen/${toegevoegd.id}`, {
      token: po,
      body: { achternaam: "Jansen", version: 1 },
    });
    expect(verouderd.status).toBe(409);
    const fout = await api<Fout>("PUT", `/api/po/leerlingen/${toegevoegd.id}`, {
      token: po,
      body: { emailOuders: "geen-adres", version: 2 },
    });
    expect(fout.status).toBe(400);
  });
});

describe("importing pupils from a CSV file (PO-01)", () => {
  const KOP =
    "roepnaam;tussenvoegsel;achternaam;bsn;geboortedatum;geslacht;straat;huisnummer;postcode;plaats;emailOuders;advies";
  const rij = (
    bsn: string,
    roepnaam: string,
    email = uniekAdres(),
    extra: Partial<Record<string, string>> = {},
  ) =>
    [
      roepnaam,
      "",
      extra.achternaam ?? `Import-${randomUUID().slice(0, 4)}`,
      bsn,
      extra.geboortedatum ?? "03-02-2015",
      "v",
      "Sportlaan",
      "15",
      "1186 DT",
      "Amstelveen",
      email,
      extra.advies ?? "vwo",
    ].join(";");
  const importeren = (csv: string, token = po) =>
    api<ImportResultaat & Fout>("POST", "/api/po/leerlingen/import", {
      token,
      body: { schooljaar: SCHOOLJAAR, csv },
    });

  it("PO-01 a correct file adds every pupil with its own ELK-nummer, in the order of the rows", async () => {
    const bsns = [nieuwBsn(), nieuwBsn(), nieuwBsn()];
    const res = await importeren(
      `\uFEFF${KOP}\r\n${bsns.map((b, i) => rij(b, `Kind${i}`)).join("\r\n")}\r\n`,
    );
    expect(res.status).toBe(200);
    expect(res.body.aantal).toBe(3);
    expect(res.body.bericht).toBe("3 leerlingen zijn geïmporteerd.");
    const nummers = res.body.items.map((l) => Number(l.elkNummer));
    expect([...nummers].sort((a, b) => a - b)).toEqual(nummers);
    expect(JSON.stringify(res.body)).not.toContain(bsns[0]);
    const ids = (await lijst()).body.items.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(res.body.items.map((l) => l.id)));
  });

  it("PO-01 one wrong row refuses the whole file: a Dutch message per row and nothing written", async () => {
    const voor = (await lijst()).body.items.length;
    const goedBsn = nieuwBsn();
    const res = await importeren(
      [
        KOP,
        rij(goedBsn, "Goed"),
        rij(ongeldigBsn(), "Fout"),
        rij(nieuwBsn(), "Ook", "geen-adres"),
        rij(goedBsn, "Dubbel"),
      ].join("\n"),
    );
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      "De import is niet uitgevoerd: 3 rijen bevatten fouten. Er is niets opgeslagen.",
    );
    expect(res.body.velden?.["rij 3.bsn"]).toMatch(/^rij 3: .*elfproef/);
    expect(res.body.velden?.["rij 4.emailOuders"]).toMatch(/^rij 4: Vul een geldig e-mailadres/);
    expect(res.body.velden?.["rij 5.bsn"]).toBe("rij 5: dit burgerservicenummer staat ook in rij 2.");
    expect(JSON.stringify(res.body)).not.toContain(goedBsn);
    expect((await lijst()).body.items).toHaveLength(voor);
    expect((await toevoegen(leerling({ bsn: goedBsn }))).status).toBe(200);
  });

  it("PO-01 a pupil already known this school year refuses the file; a wrong header is explained", async () => {
    const bekend = leerling();
    expect((await toevoegen(bekend)).status).toBe(200);
    const voor = (await lijst()).body.items.length;
    const res = await importeren([KOP, rij(nieuwBsn(), "Nieuw"), rij(bekend.bsn, "Bekend")].join("\n"));
    expect(res.status).toBe(400);
    expect(res.body.velden?.["rij 3.bsn"]).toBe(
      "rij 3: er is dit schooljaar al een leerling met dit burgerservicenummer.",
    );
    expect((await lijst()).body.items).toHaveLength(voor);
    const kop = await importeren(`${KOP.replace("bsn", "sofinummer")}\n${rij(nieuwBsn(), "X")}`);
    expect(kop.status).toBe(400);
    expect(kop.body.message).toMatch(/onbekende kolom "sofinummer"/);
    expect((await importeren(`${KOP}\n${rij(nieuwBsn(), "X")}`, await inloggen("aanmelder"))).status).toBe(
      403,
    );
  });
});

describe("ouderinlog (ACC-09, MAIL-01, REG-01, PAR-01)", () => {
  it("ACC-09 MAIL-01 the parents receive their ouderinlog; its link sets a username and signs in as a parent", async () => {
    const body = leerling({ roepnaam: "Noor" });
    const { body: kind } = await toevoegen(body);
    const res = await ouderinlogVersturen(kind.id);
    expect(res.status).toBe(200);
    expect(res.body.bericht).toBe(`De ouderinlog is verstuurd naar ${body.emailOuders}.`);
    const regel = (await lijst()).body.items.find((l) => l.id === kind.id);
    expect(regel?.ouderinlogVerstuurdOp).toBeDefined();

    const mail = await wachtOpMail(body.emailOuders, OUDERINLOG);
    const tekst = mail.body.text ?? "";
    expect(tekst).toContain(`Uw kind Noor de ${body.achternaam} kan via het ouderportaal van ELK Amstelland`);
    expect(tekst).toMatch(/in de aanmeldperiode: van \d+ \w+ \d{4} tot en met \d+ \w+ \d{4}\./);
    expect(tekst).toContain("Er is één inlog per e-mailadres.");
    expect(tekst).toContain("secretariaat@kernprocedureamstelland.nl");
    expect(tekst).not.toContain(body.bsn);

    const { token } = tokenUitLink(mail, "/activeren");
    const info = await api<{ email: string; locatieNaam: string }>("POST", "/api/activeren/controleren", {
      body: { token },
    });
    expect(info.body).toMatchObject({ email: body.emailOuders, locatieNaam: "Ouderportaal" });
    const gebruikersnaam = `ouder-${randomUUID().slice(0, 8)}`;
    const klaar = await activeerOuder(mail, gebruikersnaam);
    expect(klaar.status).toBe(200);
    const mij = await api<MijnGegevens>("GET", "/api/mij", { token: klaar.body.accessToken });
    expect(mij.body.gebruiker).toMatchObject({
      organisatieType: "ouder",
      rollen: ["ouder"],
      gebruikersnaam,
      locatieNaam: "Ouderportaal",
    });
    const opnieuw = await inloggen(gebruikersnaam, STERK);
    expect((await api<KalenderDetail>("GET", `/api/kalender/${SCHOOLJAAR}`, { token: opnieuw })).status).toBe(
      200,
    );
    expect((await lijst(opnieuw)).status).toBe(403);
    expect((await ouderAccount(body.emailOuders))?.leerlingIds).toEqual([kind.id]);
  });

  it("REG-01 a PrO pupil gets no ouderinlog (the school registers it), nor a pupil without advice: 400", async () => {
    const pro = leerling({ advies: "PrO" });
    const { body: kind } = await toevoegen(pro);
    expect(kind.magOuderinlog).toBe(false);
    const res = await ouderinlogVersturen(kind.id);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(
      /heeft een PrO-advies\. Leerlingen met een PrO-advies worden zoals gebruikelijk door de school aangemeld/,
    );
    const zonderAdvies = leerling({ advies: undefined });
    const { body: kind2 } = await toevoegen(zonderAdvies);
    expect((await ouderinlogVersturen(kind2.id)).body.message).toMatch(/Vul eerst het basisschooladvies/);
    expect(await ouderAccount(pro.emailOuders)).toBeUndefined();
    expect(await alleMailsAan(pro.emailOuders)).toHaveLength(0);
  });

  it("ACC-09 brothers and sisters with one address share one login; sending again reuses it", async () => {
    const email = uniekAdres();
    const { body: eerste } = await toevoegen(leerling({ roepnaam: "Eva", emailOuders: email }));
    const { body: tweede } = await toevoegen(
      leerling({ roepnaam: "Bram", emailOuders: email.toUpperCase() }),
    );
    expect((await ouderinlogVersturen(eerste.id)).status).toBe(200);
    await wachtOpMail(email, OUDERINLOG);
    expect((await ouderinlogVersturen(tweede.id)).status).toBe(200);
    await wachtOpMail(email.toUpperCase(), OUDERINLOG);
    expect((await ouderinlogVersturen(eerste.id)).status).toBe(200);
    const derdeMail = await wachtOpMail(email, OUDERINLOG, 1);
    const account = await ouderAccount(email);
    expect(account).toMatchObject({
      organisatieType: "ouder",
      status: "uitgenodigd",
      leerlingIds: [eerste.id, tweede.id],
    });
    expect(account?.gebruikersnaam).toBeUndefined();

    const klaar = await activeerOuder(derdeMail, `ouders-${randomUUID().slice(0, 8)}`);
    expect(klaar.status).toBe(200);
    const { body: derde } = await toevoegen(leerling({ roepnaam: "Kim", emailOuders: email }));
    expect((await ouderinlogVersturen(derde.id)).status).toBe(200);
    const actiefMail = await wachtOpMail(email, OUDERINLOG, 2);
    expect(actiefMail.body.text).toContain("U heeft al een inlog voor het ouderportaal");
    expect(actiefMail.body.text).not.toContain("/activeren#");
    expect((await ouderAccount(email))?.leerlingIds).toEqual([eerste.id, tweede.id, derde.id]);
  });
});

describe("ouderinlog for a pupil of the other Kernprocedure (REG-07)", () => {
  const schooljaar = schooljaarVan(new Date());
  let rb: string;
  let oorspronkelijk: KalenderDetail;

  beforeAll(async () => {
    rb = await inloggen("regiobeheerder");
    oorspronkelijk = (await api<KalenderDetail>("GET", `/api/kalender/${schooljaar}`, { token: rb })).body;
  });

  afterAll(async () => {
    // Leave the school year's calendar as it was for the tests that follow.
    const nu = (await api<KalenderDetail>("GET", `/api/kalender/${schooljaar}`, { token: rb })).body;
    const { aanmeldperiode, behandelperiode, decentraleLoting, centralePlaatsing, bekendmaking } =
      oorspronkelijk;
    await api("PUT", `/api/kalender/${schooljaar}`, {
      token: rb,
      body: {
        aanmeldperiode,
        behandelperiode,
        decentraleLoting,
        centralePlaatsing,
        bekendmaking,
        version: nu.version,
      },
    });
  });

  async function zetKalender(start: number): Promise<void> {
    const huidig = (await api<KalenderDetail>("GET", `/api/kalender/${schooljaar}`, { token: rb })).body;
    const res = await api("PUT", `/api/kalender/${schooljaar}`, {
      token: rb,
      body: kalenderVanaf(start, huidig.version),
    });
    expect(res.status).toBe(200);
  }

  const aanvraag = (overrides: Record<string, unknown> = {}) => {
    const { schooljaar: _jaar, ...gegevens } = leerling({
      roepnaam: "Daan",
      basisschool: { naam: "OBS De Kikker", plaats: "Amsterdam" },
      ...overrides,
    });
    return gegevens;
  };
  const aanvragen = (body: Record<string, unknown>) =>
    api<OuderinlogAangevraagd & Fout>("POST", "/api/ouderinlog-aanvragen", { body });

  it("REG-07 outside the week before the registration period the request is refused, saying when it is possible", async () => {
    await zetKalender(30);
    const van = dagenLater(nederlandseDatum(new Date()), 30);
    const body = aanvraag();
    const res = await aanvragen(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      `Een ouderinlog aanvragen kan alleen in de week vóór de aanmeldperiode: van ${datumTekst(dagenLater(van, -7))} tot en met ${datumTekst(dagenLater(van, -1))}.`,
    );
    expect(await ouderAccount(body.emailOuders as string)).toBeUndefined();
  });

  it("REG-07 in that week the pupil is added with an ELK-nummer and the parents receive their ouderinlog", async () => {
    await zetKalender(3);
    const body = aanvraag();
    const res = await aanvragen(body);
    expect(res.status).toBe(200);
    expect(res.body.bericht).toContain(`een e-mail op ${body.emailOuders} met de ouderinlog`);
    const mail = await wachtOpMail(body.emailOuders as string, OUDERINLOG);
    expect(mail.body.text).toContain(`Uw kind Daan de ${body.achternaam}`);

    const account = await ouderAccount(body.emailOuders as string);
    expect(account).toMatchObject({ organisatieType: "ouder", rollen: ["ouder"], status: "uitgenodigd" });
    const ids = account?.leerlingIds as string[];
    const kind = await item(`LEERLING#${ids[0]}`, "LEERLING");
    expect(kind).toMatchObject({
      schooljaar,
      anderKernprocedure: { basisschool: { naam: "OBS De Kikker", plaats: "Amsterdam" } },
      bsnGemaskeerd: `******${String(body.bsn).slice(-3)}`,
    });
    expect(kind?.elkNummer).toMatch(/^\d{9}$/);
    expect(kind?.poSchoolId).toBeUndefined();
    expect(kind?.buitenleerling).toBeUndefined();
    expect(JSON.stringify(kind)).not.toContain(String(body.bsn));
    expect((await activeerOuder(mail, `kp-${randomUUID().slice(0, 8)}`)).status).toBe(200);
  });

  it("REG-07 the same answer whether the BSN is known or not; only the known address gets the ouderinlog again", async () => {
    await zetKalender(3);
    const eerste = aanvraag();
    expect((await aanvragen(eerste)).status).toBe(200);
    await wachtOpMail(eerste.emailOuders as string, OUDERINLOG);

    const anderAdres = uniekAdres("vreemd");
    const nogmaals = await aanvragen({ ...aanvraag(), bsn: eerste.bsn, emailOuders: anderAdres });
    expect(nogmaals.status).toBe(200);
    expect(Object.keys(nogmaals.body).sort()).toEqual(["bericht", "verstuurd"]);
    expect(nogmaals.body.bericht).toContain(`een e-mail op ${anderAdres} met de ouderinlog`);

    const poLeerling = leerling();
    expect((await toevoegen(poLeerling)).status).toBe(200);
    const poAdres = uniekAdres("vreemd");
    expect((await aanvragen({ ...aanvraag(), bsn: poLeerling.bsn, emailOuders: poAdres })).status).toBe(200);

    expect((await aanvragen(eerste)).status).toBe(200);
    await wachtOpMail(eerste.emailOuders as string, OUDERINLOG, 1);
    expect(await alleMailsAan(anderAdres)).toHaveLength(0);
    expect(await alleMailsAan(poAdres)).toHaveLength(0);
    expect(await ouderAccount(anderAdres)).toBeUndefined();
  });

  it("REG-07 REG-01 in that week a wrong BSN or a PrO advice is still refused", async () => {
    await zetKalender(3);
    const fout = await aanvragen(aanvraag({ bsn: ongeldigBsn() }));
    expect(fout.status).toBe(400);
    expect(fout.body.velden?.bsn).toMatch(/elfproef/);
    const pro = await aanvragen(aanvraag({ advies: "PrO" }));
    expect(pro.status).toBe(400);
    expect(pro.body.velden?.advies).toMatch(/PrO-advies/);
    const geenSchool = await aanvragen(aanvraag({ basisschool: { naam: "", plaats: "Amsterdam" } }));
    expect(geenSchool.status).toBe(400);
    expect(geenSchool.body.velden?.["basisschool.naam"]).toBe("Vul de naam van de basisschool in.");
  });
});
