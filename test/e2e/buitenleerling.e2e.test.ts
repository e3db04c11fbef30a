import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { schooljaarVan } from "@elk/domain";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { launchBrowser, newPage, openMenu, signIn } from "../support/browser";
import { nieuwBsn } from "../support/bsn";
import { kindMetOuder, OUDER_WACHTWOORD } from "../support/leerlingen";
import { alleMailsAan, tokenUitLink, wachtOpMail } from "../support/mailbox";

const OUDERINLOG = "Ouderinlog ELK Amstelland";
const SCHOOLJAAR = schooljaarVan(new Date());
const HAVO_LIJST = [
  { schoolId: "amstelveen-college", afdelingId: "havo" },
  { schoolId: "keizer-karel-college", afdelingId: "havo" },
  { schoolId: "alkwin-kollege", afdelingId: "havo-vwo" },
  { schoolId: "hermann-wesselink", afdelingId: "havo" },
  { schoolId: "thamen-college", afdelingId: "havo-vwo" },
];

/**
 * Buitenleerlingen in the browser (REG-08, REG-09, REG-11): a VO school registers a pupil from
 * outside both Kernprocedures by its BSN, following the manual's steps; the parents of such a
 * pupil send the VO school documents from the ouderportaal. Every pupil has a BSN of its own.
 */
describe("buitenleerlingen (browser)", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  let map: string;
  const paginas: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    map = await mkdtemp(join(tmpdir(), "elk-buitenleerling-"));
  });
  afterAll(async () => {
    await browser?.close();
    if (map) await rm(map, { recursive: true, force: true });
  });
  afterEach(async () => {
    await Promise.all(paginas.splice(0).map((pagina) => pagina.context().close()));
  });

  async function aangemeld(gebruikersnaam: string, wachtwoord: string): Promise<Page> {
    const pagina = await newPage(browser, baseUrl);
    paginas.push(pagina);
    await signIn(pagina, gebruikersnaam, wachtwoord);
    return pagina;
  }

  const knop = (plek: Page | Locator, naam: string) => plek.getByRole("button", { name: naam, exact: true });
  const veld = (plek: Page | Locator, naam: string) => plek.getByRole("textbox", { name: naam, exact: true });
  const voorkeur = (pagina: Page, nummer: number) =>
    pagina.getByRole("group", { name: `Voorkeur ${nummer}`, exact: true });

  async function kies(pagina: Page, nummer: number, school: string | null, afdeling?: string) {
    const groep = voorkeur(pagina, nummer);
    if (school)
      await groep.getByRole("combobox", { name: "School", exact: true }).selectOption({ label: school });
    if (afdeling)
      await groep.getByRole("combobox", { name: "Afdeling", exact: true }).selectOption({ label: afdeling });
  }

  async function naarOverzicht(pagina: Page): Promise<void> {
    await openMenu(pagina, "Leerlingen");
    await pagina
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Overzicht", exact: true })
      .click();
    await pagina.getByRole("heading", { level: 1, name: "Leerlingenoverzicht" }).waitFor();
  }

  /** The overview's "Buitenleerling aanmelden" dialog with the BSN checked. */
  async function controleer(pagina: Page, bsn: string): Promise<Locator> {
    await knop(pagina, "Buitenleerling aanmelden").click();
    const dialoog = pagina.getByRole("dialog", { name: "Buitenleerling aanmelden" });
    await dialoog.waitFor();
    await veld(dialoog, "Burgerservicenummer").fill(bsn);
    await knop(dialoog, "Controleren").click();
    return dialoog;
  }

  it("REG-08 REG-09 a VO school registers a buitenleerling", async () => {
    const bsn = nieuwBsn();
    const achternaam = `Buiten-${bsn.slice(-4)}`;
    const naam = `Mila van ${achternaam}`;
    const email = `buiten-e2e-${bsn}@example.org`;
    const school = await aangemeld("aanmelder", DEMO_WACHTWOORD);
    await naarOverzicht(school);

    // Steps 2–4: the dialog asks for the BSN (or onderwijsnummer); Controleren finds it free.
    const dialoog = await controleer(school, bsn);
    await dialoog
      .getByText("Heeft de leerling geen Burgerservicenummer, vul dan het onderwijsnummer in", {
        exact: false,
      })
      .waitFor();
    await dialoog
      .getByText("Deze leerling is nog niet bekend in ELK en nergens aangemeld.", { exact: false })
      .waitFor();
    await knop(dialoog, "Verder gaan").click();

    // Steps 5–6: the pupil's data; mandatory fields are named when left empty.
    await school.getByRole("heading", { name: "Stap 1 van 3: gegevens van de leerling" }).waitFor();
    await school.getByRole("main").getByText(bsn, { exact: true }).waitFor();
    await knop(school, "Volgende").click();
    await school.getByText("Vul de roepnaam in.").waitFor();
    await school.getByText("Kies het basisschooladvies.").waitFor();
    await school.getByText("Vraag wel om een schriftelijk bewijs.").waitFor();
    await school.getByText("hierop ontvangen de ouders de ouderinlog", { exact: false }).waitFor();
    await school
      .getByText("Heeft de leerling geen basisschool in Nederland, dan kunt u dit overslaan.", {
        exact: false,
      })
      .waitFor();

    await veld(school, "Roepnaam").fill("Mila");
    await veld(school, "Tussenvoegsel").fill("van");
    await veld(school, "Achternaam").fill(achternaam);
    await school.getByLabel("Geboortedatum").fill("2014-02-11");
    await school.getByRole("combobox", { name: "Geslacht" }).selectOption({ label: "Meisje" });
    await veld(school, "Straat").fill("Dorpsstraat");
    await veld(school, "Huisnummer").fill("3");
    await veld(school, "Postcode").fill("3511 AA");
    await veld(school, "Plaats").fill("Utrecht");
    await veld(school, "E-mailadres ouders/verzorgers").fill(email);
    await school.getByRole("combobox", { name: "Basisschooladvies" }).selectOption({ label: "havo" });
    // The primary school: its town first, then its name, BRIN-nummer and phone.
    await veld(school, "Plaats basisschool").fill("Utrecht");
    await veld(school, "Naam basisschool").fill("De Zonnewijzer");
    await veld(school, "BRIN-nummer").fill("99ZW");
    await veld(school, "Telefoonnummer basisschool").fill("030 - 000 00 00");
    await knop(school, "Volgende").click();

    // Step 7: the voorkeurslijst, the own school fixed at voorkeur 1.
    await school.getByRole("heading", { name: "Stap 2 van 3: voorkeurslijst" }).waitFor();
    await voorkeur(school, 5).waitFor();
    const eersteSchool = voorkeur(school, 1).getByRole("combobox", { name: "School", exact: true });
    expect(await eersteSchool.isDisabled()).toBe(true);
    expect(await eersteSchool.inputValue()).toBe("amstelveen-college");
    await kies(school, 1, null, "havo");
    await kies(school, 2, "Keizer Karel College (Amstelveen)");
    await kies(school, 3, "Hermann Wesselink College (Amstelveen)", "havo");
    await kies(school, 4, "Alkwin Kollege (Uithoorn)");
    await kies(school, 5, "Thamen College (Uithoorn)");
    await knop(school, "Volgende").click();

    await school.getByRole("heading", { name: "Stap 3 van 3: controleren en definitief maken" }).waitFor();
    const samenvatting = (await school.getByRole("main").textContent()) ?? "";
    expect(samenvatting).toContain(naam);
    expect(samenvatting).toContain("De Zonnewijzer, Utrecht");
    await knop(school, "Aanmelding definitief maken").click();

    // The confirmation: the ELK-nummer starts with a B; the parents are mailed.
    const bevestiging = school.getByRole("status").filter({ hasText: "is aangemeld als buitenleerling" });
    await bevestiging.waitFor();
    const tekst = (await bevestiging.textContent()) ?? "";
    const elkNummer = /Het ELK-nummer is (B\d{8})\./.exec(tekst)?.[1];
    expect(elkNummer, tekst).toBeDefined();
    expect(tekst).toContain(`De ouders ontvangen de voorkeurslijst en de ouderinlog per e-mail op ${email}.`);

    // Step 9: in the overview, with the B mark.
    await school.getByRole("link", { name: "Naar het leerlingenoverzicht" }).first().click();
    const rij = school
      .getByRole("row")
      .filter({ has: school.getByRole("cell", { name: elkNummer ?? "", exact: true }) });
    await rij.waitFor();
    expect(await rij.textContent()).toContain(naam);
    await rij.getByTitle("Buitenleerling").waitFor();

    // Step 8 and the ouderinlog: both mails arrive.
    const lijstMail = await wachtOpMail(email, `Aanmelding ${naam}: de voorkeurslijst`);
    expect(lijstMail.body.text).toContain("1. Amstelveen College — havo");
    await wachtOpMail(email, OUDERINLOG);
    expect((await alleMailsAan(email)).length).toBe(2);

    // REG-04: Controleren again names the school the pupil is registered at, and its phone.
    const weer = await controleer(school, bsn);
    await weer
      .getByText(
        `Leerling: ${naam}. Deze leerling is al op een school aangemeld of geplaatst: Amstelveen College (020 - 555 01 10).`,
      )
      .waitFor();
    expect(await knop(weer, "Verder gaan").count()).toBe(0);
  });

  it("REG-11 the parents of a buitenleerling upload a document", async () => {
    const bsn = nieuwBsn();
    const email = `upload-e2e-${bsn}@example.org`;
    const aanmelder = await inloggen("aanmelder");
    const res = await api<{ leerlingId: string; elkNummer: string }>("POST", "/api/buitenleerlingen", {
      token: aanmelder,
      body: {
        schooljaar: SCHOOLJAAR,
        bsn,
        roepnaam: "Jip",
        achternaam: `Upload-${bsn.slice(-4)}`,
        geboortedatum: "2014-03-01",
        geslacht: "m",
        adres: { straat: "Laan", huisnummer: "1", postcode: "3511 AB", plaats: "Utrecht" },
        emailOuders: email,
        advies: "havo",
        keuzes: HAVO_LIJST,
        eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);

    // The parents set their login from the ouderinlog mail's link, then sign in.
    const { token } = tokenUitLink(await wachtOpMail(email, OUDERINLOG), "/activeren");
    const gebruikersnaam = `ouder-e2e-${bsn}`;
    const actief = await api("POST", "/api/activeren", {
      body: { token, gebruikersnaam, wachtwoord: OUDER_WACHTWOORD, wachtwoordHerhaald: OUDER_WACHTWOORD },
    });
    expect(actief.status, JSON.stringify(actief.body)).toBe(200);
    const ouder = await aangemeld(gebruikersnaam, OUDER_WACHTWOORD);
    await ouder.goto(`/ouderportaal/kind/${res.body.leerlingId}`);
    const sectie = ouder.getByRole("region", { name: "Documenten voor de VO-school" });
    await sectie.waitFor();
    await sectie.getByText("U heeft nog geen documenten verstuurd.").waitFor();
    const invoer = sectie.getByLabel("Document", { exact: true });

    // The browser refuses what the API would refuse: here a text file.
    const tekstBestand = join(map, "notitie.txt");
    await writeFile(tekstBestand, "geen pdf");
    await invoer.setInputFiles(tekstBestand);
    await sectie.getByText("Stuur een PDF, JPG of PNG.").waitFor();
    await knop(sectie, "Document versturen").click();
    expect(await sectie.getByRole("table").count()).toBe(0);

    const pdf = join(map, "rapport.pdf");
    await writeFile(pdf, "%PDF-1.4\n% test\n");
    await invoer.setInputFiles(pdf);
    await knop(sectie, "Document versturen").click();
    await sectie
      .getByRole("status")
      .getByText("Het document rapport.pdf is verstuurd naar de VO-school.")
      .waitFor();
    const rij = sectie
      .getByRole("table", { name: "Verstuurde documenten" })
      .getByRole("row", { name: /rapport\.pdf/ });
    await rij.waitFor();
    const vandaag = new Intl.DateTimeFormat("nl-NL", {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "Europe/Amsterdam",
    }).format(new Date());
    const rijTekst = (await rij.textContent()) ?? "";
    expect(rijTekst).toContain("16 B");
    expect(rijTekst).toContain(vandaag);

    // A pupil of a primary school in the region has an oki-doc instead: no upload button.
    const regulier = await kindMetOuder();
    const andereOuder = await aangemeld(regulier.ouderGebruikersnaam, OUDER_WACHTWOORD);
    await andereOuder.goto(`/ouderportaal/kind/${regulier.leerlingId}`);
    await andereOuder.getByRole("heading", { level: 1, name: `Aanmelden: ${regulier.naam}` }).waitFor();
    await andereOuder.getByRole("group", { name: "Voorkeur 1" }).waitFor();
    expect(await andereOuder.getByRole("heading", { name: "Documenten voor de VO-school" }).count()).toBe(0);
  });
});
