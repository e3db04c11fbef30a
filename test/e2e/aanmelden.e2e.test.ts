import { randomUUID } from "node:crypto";
import type { Kinderen, LeerlingenLijst, LeerlingRegel } from "@elk/contracts";
import { schooljaarVan } from "@elk/domain";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { apiGet, launchBrowser, newPage, openMenu, signIn } from "../support/browser";
import { nieuwBsn } from "../support/bsn";
import { alleMailsAan, tokenUitLink, wachtOpMail } from "../support/mailbox";
import { rijVan } from "../support/overzicht";
import { keuze, kies, melding, optieLabels, voorkeur } from "../support/voorkeurslijst";

const STERK = "Sterk-Wachtw00rd!";
const OUDERINLOG = "Ouderinlog ELK Amstelland";
const SCHOOLJAAR = schooljaarVan(new Date());
const uniek = () => randomUUID().slice(0, 6);

/**
 * Registering in the browser (REG-01 … REG-06, REG-09, PAR-01): a primary school adds a pupil and
 * sends the ouderinlog (through the API, as the PO screens would), the parents activate their
 * login from the mail and build the voorkeurslijst in the ouderportaal; a VO school sees the
 * registration in Leerlingen > Overzicht or registers a pupil by its ELK-nummer. Every pupil is
 * new, with a BSN of its own, so the tests leave each other alone.
 */
describe("ouderportaal and registering (browser)", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  let po: string;
  const paginas: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    po = await inloggen("po-gebruiker");
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(paginas.splice(0).map((pagina) => pagina.context().close()));
  });

  async function nieuwePagina(): Promise<Page> {
    const pagina = await newPage(browser, baseUrl);
    paginas.push(pagina);
    return pagina;
  }

  async function aangemeld(gebruikersnaam: string, wachtwoord = DEMO_WACHTWOORD): Promise<Page> {
    const pagina = await nieuwePagina();
    await signIn(pagina, gebruikersnaam, wachtwoord);
    return pagina;
  }

  /** A pupil of OBS De Populier (the demo's PO school), added as its PO user would. */
  async function nieuweLeerling(advies: string, overrides: Record<string, unknown> = {}) {
    const emailOuders = `ouders-${uniek()}@example.org`;
    const res = await api<LeerlingRegel>("POST", "/api/po/leerlingen", {
      token: po,
      body: {
        schooljaar: SCHOOLJAAR,
        roepnaam: "Fleur",
        achternaam: `Aanmelder-${uniek()}`,
        bsn: nieuwBsn(),
        geboortedatum: "2014-09-03",
        geslacht: "vrouw",
        adres: { straat: "Populierenlaan", huisnummer: "12", postcode: "1185 SB", plaats: "Amstelveen" },
        emailOuders,
        advies,
        ...overrides,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  /** ACC-09: the primary school sends the ouderinlog; the link in the mail sets the parents' login. */
  async function ouderinlogLink(leerling: LeerlingRegel): Promise<string> {
    const res = await api("POST", `/api/po/leerlingen/${leerling.id}/ouderinlog`, { token: po });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return tokenUitLink(await wachtOpMail(leerling.emailOuders, OUDERINLOG), "/activeren").url;
  }

  /** The parents follow the ouderinlog link, choose their username and land in the ouderportaal. */
  async function ouderActiveert(leerling: LeerlingRegel): Promise<Page> {
    const link = await ouderinlogLink(leerling);
    const ouder = await nieuwePagina();
    await ouder.goto(link);
    await ouder.getByRole("button", { name: "Stel gegevens in" }).waitFor();
    expect(await ouder.getByLabel("Gebruikersnaam").inputValue()).toBe(leerling.emailOuders);
    await ouder.getByLabel("Wachtwoord", { exact: true }).fill(STERK);
    await ouder.getByLabel("Herhaal wachtwoord").fill(STERK);
    await ouder.getByRole("button", { name: "Stel gegevens in" }).click();
    await ouder.getByRole("heading", { level: 1, name: "Ouderportaal" }).waitFor();
    await vereisAanmeldperiode(ouder);
    return ouder;
  }

  /** REG-10: these tests need the demo calendar's registration period open today; say so if it is not. */
  async function vereisAanmeldperiode(ouder: Page): Promise<void> {
    const kinderen = await apiGet<Kinderen>(ouder, "/api/ouder/kinderen");
    expect(
      kinderen.binnenAanmeldperiode,
      `the registration period is closed today (${JSON.stringify(kinderen.aanmeldperiode)}): the demo calendar must be open`,
    ).toBe(true);
  }

  const knop = (pagina: Page | Locator, naam: string) =>
    pagina.getByRole("button", { name: naam, exact: true });

  /** Leerlingen > Overzicht through the main menu. */
  async function naarOverzicht(pagina: Page): Promise<void> {
    await openMenu(pagina, "Leerlingen");
    await pagina
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Overzicht", exact: true })
      .click();
    await pagina.getByRole("heading", { level: 1, name: "Leerlingenoverzicht" }).waitFor();
  }

  /** "30-11-2026": the date part of the overview's "Aangemeld op", in Dutch time. */
  const vandaag = () =>
    new Intl.DateTimeFormat("nl-NL", {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "Europe/Amsterdam",
    }).format(new Date());

  it("REG-02 REG-03 a parent registers a havo pupil with 5 choices and voorrang", async () => {
    const leerling = await nieuweLeerling("havo");
    const ouder = await ouderActiveert(leerling);

    // PAR-01: the child's data, the BSN masked, and the state of the registration.
    const kaart = ouder.getByRole("article", { name: leerling.naam });
    await kaart.waitFor();
    const kaartTekst = (await kaart.textContent()) ?? "";
    expect(kaartTekst).toContain(leerling.elkNummer);
    expect(kaartTekst).toContain("3 september 2014");
    expect(kaartTekst).toContain("havo");
    expect(kaartTekst).toContain(leerling.bsnGemaskeerd);
    expect(kaartTekst).toContain("Nog niet aangemeld");
    await kaart.getByRole("link", { name: `Voorkeurslijst invullen: ${leerling.naam}` }).click();
    await ouder.getByRole("heading", { level: 1, name: `Aanmelden: ${leerling.naam}` }).waitFor();

    // REG-02: havo — exactly five choices.
    await voorkeur(ouder, 5).waitFor();
    expect(await ouder.getByRole("group", { name: /^Voorkeur \d$/ }).count()).toBe(5);
    expect(await knop(ouder, "Volgende").count()).toBe(0);

    // REG-03: voorrang only as far as the 1st-choice school offers it.
    await kies(ouder, 1, "Thamen College (Uithoorn)");
    await voorkeur(ouder, 1).getByText("Voorrang is bij deze school niet van toepassing").waitFor();
    expect(await voorkeur(ouder, 1).getByRole("radio").count()).toBe(0);
    await kies(ouder, 1, "Keizer Karel College (Amstelveen)");
    await voorkeur(ouder, 1).getByRole("radio", { name: "Broer of zus op deze school" }).waitFor();
    expect(
      await voorkeur(ouder, 1)
        .getByRole("radio", { name: /Kind van een medewerker/ })
        .count(),
    ).toBe(0);
    await kies(ouder, 1, "Amstelveen College (Amstelveen)", "havo");
    const eerste = voorkeur(ouder, 1);
    await eerste.getByRole("radio", { name: "Kind van een medewerker van deze school" }).waitFor();
    await eerste.getByRole("radio", { name: "Broer of zus op deze school" }).check();
    const broerZus = `Daan ${uniek()}`;
    await eerste.getByRole("textbox", { name: "Naam van de broer of zus" }).fill(broerZus);
    await eerste.getByRole("textbox", { name: "Klas" }).fill("2B");
    await eerste
      .getByRole("checkbox", {
        name: "Bij niet toelaten of uitloten wil ik op deze school blijven, op een gelijkwaardige afdeling",
      })
      .check();
    await eerste
      .getByRole("checkbox", {
        name: "Mijn kind is één van een meerling die zich ook bij deze school aanmeldt",
      })
      .waitFor();

    // Each school once; the extra questions only at voorkeur 1; only afdelingen admitting havo.
    const tweede = voorkeur(ouder, 2);
    expect(await optieLabels(keuze(tweede, "School"))).not.toContain("Amstelveen College (Amstelveen)");
    expect(await optieLabels(keuze(tweede, "School"))).not.toContain("Panta Rhei (Amstelveen)");
    expect(await tweede.getByRole("radio").count()).toBe(0);
    expect(await tweede.getByRole("checkbox").count()).toBe(0);
    // Keizer Karel's havo/vwo and gymnasium do not admit havo: its one fitting afdeling is chosen at once.
    await kies(ouder, 2, "Keizer Karel College (Amstelveen)");
    expect(await optieLabels(keuze(tweede, "Afdeling"))).toEqual(["Kies een afdeling", "havo"]);
    expect(await keuze(tweede, "Afdeling").inputValue()).toBe("havo");
    await kies(ouder, 3, "Hermann Wesselink College (Amstelveen)", "havo");

    // A concept may be incomplete; "Volgende" appears only once the list is complete.
    await knop(ouder, "Opslaan").click();
    await melding(ouder, "De voorkeurslijst is opgeslagen.").waitFor();
    expect(await knop(ouder, "Volgende").count()).toBe(0);
    await kies(ouder, 4, "Alkwin Kollege (Uithoorn)");
    await kies(ouder, 5, "Thamen College (Uithoorn)");
    await melding(ouder, "De voorkeurslijst is compleet.").waitFor();
    await knop(ouder, "Volgende").click();

    // The review, then final.
    await ouder.getByRole("heading", { name: "Stap 2 van 2: controleren en definitief maken" }).waitFor();
    const lijst = ouder.getByRole("table", { name: "Voorkeurslijst" });
    expect(await lijst.getByRole("row").count()).toBe(6);
    expect(await lijst.getByRole("row").nth(1).textContent()).toContain("Amstelveen College");
    expect(await lijst.getByRole("row").nth(5).textContent()).toContain("Thamen College");
    expect(await ouder.getByRole("main").textContent()).toContain(
      `Broer of zus op deze school: ${broerZus} (klas 2B)`,
    );
    await knop(ouder, "Aanmelding definitief maken").click();
    await melding(ouder, "Uw kind is aangemeld. U ontvangt de voorkeurslijst per e-mail.").waitFor();
    expect(await ouder.getByRole("main").textContent()).toContain(`aangemeld bij Amstelveen College`);

    // PAR-01 / MAIL-01: the voorkeurslijst by e-mail.
    const mail = await wachtOpMail(leerling.emailOuders, `Aanmelding ${leerling.naam}: de voorkeurslijst`);
    const tekst = mail.body.text ?? "";
    expect(tekst).toContain("1. Amstelveen College — havo");
    expect(tekst).toContain("2. Keizer Karel College — havo");
    expect(tekst).toContain("5. Thamen College — havo/vwo");
    expect(tekst).toContain(`broer/zus ${broerZus} (klas 2B)`);

    // REG-05: at once in the overview of the 1st-choice school, with date, time, afdeling and V.
    const school = await aangemeld("plaatser");
    await naarOverzicht(school);
    const rij = rijVan(school, leerling.elkNummer);
    await rij.waitFor();
    const rijTekst = (await rij.textContent()) ?? "";
    expect(rijTekst).toContain(leerling.naam);
    expect(rijTekst).toContain("havo");
    expect(rijTekst).toMatch(new RegExp(`${vandaag()}, \\d{2}:\\d{2}`));
    await rij.getByTitle("Voorrang aangevraagd: broer of zus op deze school").waitFor();
    expect(await rij.getByTitle("Buitenleerling").count()).toBe(0);
    // Beoordelen en plaatsen may not register pupils (REG-09 is the role Aanmelden's).
    expect(await knop(school, "Leerling aanmelden").count()).toBe(0);
  });

  it("REG-02 a vmbo-b pupil's list stops at 2", async () => {
    const leerling = await nieuweLeerling("vmbo-b");
    const ouder = await ouderActiveert(leerling);
    await ouder.getByRole("link", { name: `Voorkeurslijst invullen: ${leerling.naam}` }).click();
    await voorkeur(ouder, 2).waitFor();
    await ouder.getByText("Met het advies vmbo-b bestaat de voorkeurslijst uit 2 scholen.").waitFor();
    expect(await ouder.getByRole("group", { name: /^Voorkeur \d$/ }).count()).toBe(2);
    expect(await voorkeur(ouder, 3).count()).toBe(0);

    // Only schools with an afdeling that admits vmbo-b.
    const scholen = await optieLabels(keuze(voorkeur(ouder, 1), "School"));
    expect(scholen).toContain("Yuverta vmbo Aalsmeer (Aalsmeer)");
    expect(scholen).not.toContain("Amstelveen College (Amstelveen)");
    expect(scholen).not.toContain("Keizer Karel College (Amstelveen)");

    await kies(ouder, 1, "Panta Rhei (Amstelveen)", "vmbo basis/kader");
    expect(await knop(ouder, "Volgende").count()).toBe(0);
    await kies(ouder, 2, "Yuverta vmbo Aalsmeer (Aalsmeer)");
    await melding(ouder, "De voorkeurslijst is compleet.").waitFor();
    await knop(ouder, "Volgende").click();
    const lijst = ouder.getByRole("table", { name: "Voorkeurslijst" });
    await lijst.waitFor();
    expect(await lijst.getByRole("row").count()).toBe(3);
    expect(await lijst.getByRole("row").nth(2).textContent()).toContain("vmbo groen");
  });

  it("REG-01 a PrO pupil is not offered the ouderportaal route", async () => {
    // The primary school cannot send the parents of a PrO pupil an ouderinlog …
    const pro = await nieuweLeerling("PrO");
    const geweigerd = await api<{ message: string }>("POST", `/api/po/leerlingen/${pro.id}/ouderinlog`, {
      token: po,
    });
    expect(geweigerd.status).toBe(400);
    expect(geweigerd.body.message).toContain("PrO-advies");

    // … and a pupil whose advice becomes PrO after the ouderinlog gets the explanation, no list.
    const leerling = await nieuweLeerling("vmbo-k");
    const ouder = await ouderActiveert(leerling);
    // Sending the ouderinlog changed the pupil's version: the primary school reads it again first.
    const lijst = await api<LeerlingenLijst>("GET", `/api/po/leerlingen?schooljaar=${SCHOOLJAAR}`, {
      token: po,
    });
    const huidig = lijst.body.items.find((item) => item.id === leerling.id);
    const gewijzigd = await api("PUT", `/api/po/leerlingen/${leerling.id}`, {
      token: po,
      body: { advies: "PrO", version: huidig?.version },
    });
    expect(gewijzigd.status, JSON.stringify(gewijzigd.body)).toBe(200);
    await ouder.reload();
    const kaart = ouder.getByRole("article", { name: leerling.naam });
    await kaart.getByText(`${leerling.naam} heeft een PrO-advies.`).waitFor();
    expect(await kaart.textContent()).toContain("de school meldt hen aan");
    expect(await kaart.getByRole("link").count()).toBe(0);

    await ouder.goto(`/ouderportaal/kind/${leerling.id}`);
    await ouder.getByRole("heading", { level: 1, name: `Aanmelden: ${leerling.naam}` }).waitFor();
    await ouder.getByText(`${leerling.naam} heeft een PrO-advies.`).waitFor();
    expect(await ouder.getByRole("group", { name: "Voorkeur 1" }).count()).toBe(0);
  });

  it("REG-06 a parent undoes the registration", async () => {
    const leerling = await nieuweLeerling("havo/vwo");
    const ouder = await ouderActiveert(leerling);
    await ouder.getByRole("link", { name: `Voorkeurslijst invullen: ${leerling.naam}` }).click();
    await kies(ouder, 1, "Amstelveen College (Amstelveen)", "havo/vwo");
    await kies(ouder, 2, "Keizer Karel College (Amstelveen)", "havo/vwo");
    await kies(ouder, 3, "Alkwin Kollege (Uithoorn)");
    await kies(ouder, 4, "Thamen College (Uithoorn)");
    await kies(ouder, 5, "School of Understanding (Amstelveen)");
    await knop(ouder, "Volgende").click();
    await knop(ouder, "Aanmelding definitief maken").click();
    await melding(ouder, "Uw kind is aangemeld.").waitFor();

    const school = await aangemeld("aanmelder");
    await naarOverzicht(school);
    await rijVan(school, leerling.elkNummer).waitFor();

    // The confirmation can be declined; then nothing changes.
    await knop(ouder, "Aanmelding ongedaan maken").click();
    const dialoog = ouder.getByRole("alertdialog", { name: "Aanmelding ongedaan maken?" });
    await dialoog.waitFor();
    expect(await dialoog.textContent()).toContain(
      `De aanmelding van ${leerling.naam} bij Amstelveen College`,
    );
    await knop(dialoog, "Annuleren").click();
    await dialoog.waitFor({ state: "hidden" });
    await knop(ouder, "Aanmelding ongedaan maken").click();
    await knop(dialoog, "Ja, ongedaan maken").click();
    await melding(ouder, "De aanmelding is ongedaan gemaakt.").waitFor();
    // The list comes back to be changed and registered again.
    await voorkeur(ouder, 1).waitFor();
    expect(await keuze(voorkeur(ouder, 1), "School").inputValue()).toBe("amstelveen-college");

    await ouder.getByRole("link", { name: "Terug naar het ouderportaal" }).click();
    const kaart = ouder.getByRole("article", { name: leerling.naam });
    await kaart.getByText(/Aanmelding ongedaan gemaakt op/).waitFor();

    // The 1st-choice school no longer lists the pupil.
    await school.reload();
    await school
      .getByText(/aangemelde leerling|zijn \(nog\) geen leerlingen/)
      .first()
      .waitFor();
    expect(await rijVan(school, leerling.elkNummer).count()).toBe(0);
  });

  it("REG-09 a VO school registers a pupil by ELK-nummer", async () => {
    const leerling = await nieuweLeerling("vwo");
    const school = await aangemeld("aanmelder");
    await naarOverzicht(school);
    await knop(school, "Leerling aanmelden").click();
    const dialoog = school.getByRole("dialog", { name: "Leerling aanmelden" });
    await dialoog.waitFor();

    // An unknown number is named; leading zeros are optional.
    await dialoog.getByRole("textbox", { name: "ELK-nummer" }).fill("987654321");
    await knop(dialoog, "Controleren").click();
    await dialoog.getByText("Een leerling met ELK-nummer 987654321 is niet gevonden.").waitFor();
    expect(await knop(dialoog, "Verder gaan").count()).toBe(0);
    await dialoog.getByRole("textbox", { name: "ELK-nummer" }).fill(String(Number(leerling.elkNummer)));
    await knop(dialoog, "Controleren").click();
    await dialoog.getByText(`Leerling: ${leerling.naam}`).waitFor();
    await knop(dialoog, "Verder gaan").click();

    // The pupil's data as ELK knows them, then the voorkeurslijst with the own school at 1.
    await school.getByRole("heading", { name: "Stap 1 van 3: gegevens van de leerling" }).waitFor();
    const gegevens = (await school.getByRole("main").textContent()) ?? "";
    expect(gegevens).toContain(leerling.elkNummer);
    expect(gegevens).toContain("5 scholen");
    await knop(school, "Volgende").click();
    await voorkeur(school, 5).waitFor();
    const eersteSchool = keuze(voorkeur(school, 1), "School");
    expect(await eersteSchool.isDisabled()).toBe(true);
    expect(await eersteSchool.inputValue()).toBe("amstelveen-college");
    await keuze(voorkeur(school, 1), "Afdeling").selectOption({ label: "vwo tweetalig" });
    await voorkeur(school, 1)
      .getByRole("checkbox", {
        name: "De leerling is één van een meerling die zich ook bij deze school aanmeldt",
      })
      .check();
    await kies(school, 2, "Hermann Wesselink College (Amstelveen)", "vwo tweetalig");
    await kies(school, 3, "Keizer Karel College (Amstelveen)", "vwo (gymnasium)");
    await kies(school, 4, "Alkwin Kollege (Uithoorn)");
    expect(await knop(school, "Volgende").count()).toBe(0);
    await knop(school, "Vorige").waitFor();
    await kies(school, 5, "Thamen College (Uithoorn)");
    await knop(school, "Volgende").click();

    await school.getByRole("heading", { name: "Stap 3 van 3: controleren en definitief maken" }).waitFor();
    expect(await school.getByRole("table", { name: "Voorkeurslijst" }).getByRole("row").count()).toBe(6);
    await knop(school, "Aanmelding definitief maken").click();
    await school.getByText(`${leerling.naam} is aangemeld.`).waitFor();
    await school.getByRole("link", { name: "Naar het leerlingenoverzicht" }).first().click();
    const rij = rijVan(school, leerling.elkNummer);
    await rij.waitFor();
    expect(await rij.textContent()).toContain("vwo tweetalig");
    expect(await rij.getByTitle(/^Voorrang aangevraagd/).count()).toBe(0);

    // The parents receive the voorkeurslijst, whoever made the registration final.
    const mail = await wachtOpMail(leerling.emailOuders, `Aanmelding ${leerling.naam}: de voorkeurslijst`);
    expect(mail.body.text).toContain("1. Amstelveen College — vwo tweetalig");
    expect((await alleMailsAan(leerling.emailOuders)).length).toBe(1);
  });
});
