import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, DEMO_WACHTWOORD } from "../support/api";
import { WCAG_21_AA } from "../support/axe";
import { launchBrowser, newPage, signIn } from "../support/browser";
import { nieuwBsn } from "../support/bsn";
import {
  type AangemeldKind,
  aangemeldKind,
  HAVO_KEUZES,
  type KindMetOuder,
  kindMetOuder,
  OUDER_WACHTWOORD,
} from "../support/leerlingen";
import { okidocVrijgegeven } from "../support/okidoc";
import { rijVan, zoekLeerling } from "../support/overzicht";
import { kies, voorkeur } from "../support/voorkeurslijst";

/** A test that goes through many screens, each waited for and scanned, on a machine that may be busy. */
const LANG = { timeout: 180_000 };

type Taal = "nl" | "en";

/** What one state of the app showed: its name and axe's violations, one line each. */
interface Scan {
  naam: string;
  fouten: string[];
}

/**
 * WCAG 2.1 AA (issue #10 "Hardening"): axe-core on every page of the app — the public pages, every
 * screen the menus of each demo role reach (clicked through the menus, so what is scanned is what
 * a user reaches), the open menus, forms with their error messages and the dialogs of the pupil's
 * menu — in Dutch and in English; and journeys done with the keyboard alone, with a visible focus
 * that lands where it should after a dialog closes. Each test collects every violation first and
 * then fails with all of them, so one run lists all that is wrong.
 */
describe("accessibility, WCAG 2.1 AA (browser)", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  const paginas: Page[] = [];
  const gescand: string[] = [];
  /** A pupil registered at Amstelveen College (1st choice) with voorrang, its oki-doc released. */
  let aangemeld: AangemeldKind;
  /** A pupil whose parents have their login and have not registered it yet. */
  let ouderKind: KindMetOuder;
  /** A pupil the plaatser places with the keyboard alone. */
  let tePlaatsen: AangemeldKind;

  beforeAll(async () => {
    browser = await launchBrowser();
    [aangemeld, ouderKind, tePlaatsen] = await Promise.all([
      aangemeldKind({ voorrang: { soort: "broer-zus", naamBroerZus: "Daan Jansen", klas: "2B" } }),
      kindMetOuder(),
      aangemeldKind(),
    ]);
    await okidocVrijgegeven(aangemeld.leerlingId);
    // Enough notes that their list scrolls in the Notities dialog.
    const po = await api<{ accessToken: string }>("POST", "/api/auth/inloggen", {
      body: { gebruikersnaam: "po-gebruiker", wachtwoord: DEMO_WACHTWOORD },
    });
    for (let i = 1; i <= 8; i++) {
      await api("POST", `/api/leerlingen/${aangemeld.leerlingId}/notities`, {
        token: po.body.accessToken,
        body: { tekst: `Notitie ${i}: afspraken over de overdracht.`, alleenEigenOrganisatie: false },
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    console.log(
      `WCAG 2.1 AA: axe-core scanned ${gescand.length} pages and states:\n  ${gescand.join("\n  ")}`,
    );
  });
  afterEach(async () => {
    await Promise.all(paginas.splice(0).map((pagina) => pagina.context().close()));
  });

  async function nieuwePagina(): Promise<Page> {
    const pagina = await newPage(browser, baseUrl);
    paginas.push(pagina);
    return pagina;
  }

  /** The language switch in the header; the choice holds for the rest of the session. */
  async function kiesTaal(pagina: Page, taal: Taal): Promise<void> {
    const wissel = pagina.getByRole("button", { name: taal.toUpperCase(), exact: true });
    await wissel.click();
    await expect.poll(() => pagina.evaluate(() => document.documentElement.lang)).toBe(taal);
  }

  async function ingelogd(gebruikersnaam: string, wachtwoord = DEMO_WACHTWOORD): Promise<Page> {
    const pagina = await nieuwePagina();
    await signIn(pagina, gebruikersnaam, wachtwoord);
    return pagina;
  }

  /** The screen is drawn: its title is there and nothing is loading or busy any more. */
  async function klaar(pagina: Page): Promise<void> {
    await pagina.locator("h1").first().waitFor();
    await pagina.waitForFunction(() => !document.querySelector('.elk-laden, [aria-busy="true"]'));
  }

  /**
   * axe-core on the page as it is now. Legacy mode runs axe in the page itself instead of finishing
   * in a second page: the app has no frames, and it is three times faster. axe stays in the
   * document between scans (the app navigates without reloading), so it is put in once per
   * document: AxeBuilder would otherwise parse its half megabyte twice for every scan.
   */
  async function scan(pagina: Page, naam: string, scans: Scan[]): Promise<void> {
    await pagina.waitForFunction(() => !document.querySelector('.elk-laden, [aria-busy="true"]'));
    const axeErAl = await pagina.evaluate(() => "axe" in window);
    const resultaat = await new AxeBuilder({ page: pagina, ...(axeErAl ? { axeSource: ";" } : {}) })
      // options() replaces the whole option object, runOnly included: the tags go after it.
      .options({ resultTypes: ["violations"] })
      .withTags(WCAG_21_AA)
      .setLegacyMode(true)
      .analyze();
    gescand.push(naam);
    scans.push({
      naam,
      fouten: resultaat.violations.flatMap((fout) =>
        fout.nodes.map(
          (node) =>
            `${fout.id} (${fout.impact}) ${fout.help}: ${node.target.join(" ")} — ${node.html.slice(0, 200)}`,
        ),
      ),
    });
  }

  /** Fails with every violation of every state scanned, by state. */
  function geenFouten(scans: Scan[]): void {
    const fout = scans.filter((s) => s.fouten.length > 0);
    expect(
      fout.map((s) => s.naam),
      fout.map((s) => `${s.naam}:\n  ${s.fouten.join("\n  ")}`).join("\n"),
    ).toEqual([]);
  }

  const knop = (plek: Page | Locator, naam: string | RegExp) =>
    plek.getByRole("button", { name: naam, exact: typeof naam === "string" }).first();

  /** The header's disclosure menus (Leerlingen, Instellingen, the user menu, …), by button. */
  const kopMenus = (pagina: Page) => pagina.locator("header nav button[aria-expanded]");

  /**
   * Scanned once per language, whoever reaches them: the same screen for every role (Groepen: for
   * every user of a VO school). A menu (Help, the user menu, …) is the same disclosure whatever
   * its links.
   */
  const ZELFDE_VOOR_IEDEREEN = new Set([
    "/help/contactpersonen",
    "/mijn-gegevens",
    "/notificaties",
    "/instellingen/groepen",
  ]);
  const eerderGezien = new Set<string>();
  /** True the first time a key is asked about, in this file's run. */
  function nieuw(sleutel: string): boolean {
    if (eerderGezien.has(sleutel)) return false;
    eerderGezien.add(sleutel);
    return true;
  }

  /** The user menu is one kind of menu whoever's name it bears; the others go by their label. */
  const menuSoort = async (menuKnop: Locator) =>
    (await menuKnop.getAttribute("aria-label")) ? "user menu" : (await menuKnop.textContent())?.trim();

  /**
   * HOME-02 / HOME-03: every menu of the header opened (and scanned), every link in it followed by
   * clicking it in the menu, each screen scanned; then the states `extra` names for a path. With
   * `alleenNieuw` (the second language) only what no role showed before in that language.
   */
  async function doorDeMenus(
    pagina: Page,
    wie: string,
    scans: Scan[],
    extra: Record<string, ((pagina: Page) => Promise<void>)[]> = {},
    alleenNieuw = false,
  ): Promise<void> {
    const taal = await pagina.evaluate(() => document.documentElement.lang);
    await klaar(pagina);
    // The schools' home page (the news) is one page, whoever's header is above it (each role's
    // header is scanned on its other screens); the parents' (the ouderportaal) is another.
    if (nieuw(`${taal} home ${await pagina.locator("h1").first().textContent()}`))
      await scan(pagina, `${wie}: home`, scans);
    const links: { menu: number; naam: string; pad: string }[] = [];
    const aantal = await kopMenus(pagina).count();
    for (let menu = 0; menu < aantal; menu++) {
      const menuKnop = kopMenus(pagina).nth(menu);
      const menuNaam = (await menuKnop.textContent())?.trim() ?? "";
      await menuKnop.click();
      const paneel = pagina.locator(`[id="${await menuKnop.getAttribute("aria-controls")}"]`);
      await paneel.waitFor();
      if (nieuw(`${taal} menu ${await menuSoort(menuKnop)}`))
        await scan(pagina, `${wie}: menu ${menuNaam} open`, scans);
      for (const link of await paneel.getByRole("link").all()) {
        const pad = (await link.getAttribute("href")) ?? "";
        if (pad.startsWith("/") && !links.some((l) => l.pad === pad))
          links.push({ menu, naam: (await link.textContent())?.trim() ?? "", pad });
      }
      await pagina.keyboard.press("Escape");
      await paneel.waitFor({ state: "hidden" });
    }
    expect(links.length, `${wie}: the menus have links`).toBeGreaterThan(0);
    for (const { menu, naam, pad } of links) {
      if ((alleenNieuw || ZELFDE_VOOR_IEDEREEN.has(pad)) && !nieuw(`${taal} ${pad}`)) continue;
      await kopMenus(pagina).nth(menu).click();
      await pagina.locator("header nav").getByRole("link", { name: naam, exact: true }).click();
      await pagina.waitForURL((url) => url.pathname === pad);
      await klaar(pagina);
      await scan(pagina, `${wie}: ${pad}`, scans);
      for (const staat of extra[pad] ?? []) {
        await staat(pagina);
        // Back to the screen as it opens, for the next state.
        await pagina.goto(pad);
        await klaar(pagina);
      }
    }
  }

  /**
   * The same screens in English, through the language switch in the header: each screen once, by
   * the first role whose menus reach it (the structure is the Dutch one; the texts are not).
   */
  async function inHetEngels(pagina: Page, wie: string, scans: Scan[]): Promise<void> {
    await kiesTaal(pagina, "en");
    // From the home page, as after signing in.
    await pagina.locator("header nav a[href='/']").first().click();
    await pagina.waitForURL((url) => url.pathname === "/");
    await doorDeMenus(pagina, `${wie} (en)`, scans, {}, true);
  }

  /** A state: open a form with the button `open`, scan it; then send it empty and scan the errors. */
  const formulier =
    (wie: string, scans: Scan[], open: string | RegExp, versturen?: string) => async (pagina: Page) => {
      await knop(pagina, open).click();
      const naam = `${wie}: ${new URL(pagina.url()).pathname} "${String(open)}"`;
      await scan(pagina, `${naam} open`, scans);
      if (versturen) {
        await knop(pagina, versturen).click();
        await pagina.locator(".utrecht-form-field-error-message, [role=alert]").first().waitFor();
        await scan(pagina, `${naam} sent empty`, scans);
      }
    };

  it(
    "WCAG ACC-03 ACC-05 REG-07 the public pages, also with their error messages, in Dutch and English",
    LANG,
    async () => {
      const scans: Scan[] = [];
      for (const taal of ["nl", "en"] as const) {
        const pagina = await nieuwePagina();
        await pagina.goto("/inloggen");
        await kiesTaal(pagina, taal);
        for (const pad of [
          "/inloggen",
          "/wachtwoord-vergeten",
          "/wachtwoord-herstellen?token=ongeldig",
          "/activeren?token=ongeldig",
          "/ouderinlog-aanvragen",
        ]) {
          await pagina.goto(pad);
          await klaar(pagina);
          await scan(pagina, `public (${taal}): ${pad}`, scans);
        }
      }
      const pagina = await nieuwePagina();
      await pagina.goto("/inloggen");
      await knop(pagina, "Inloggen").click();
      await pagina.locator(".utrecht-form-field-error-message").first().waitFor();
      await scan(pagina, "public: /inloggen sent empty", scans);
      await pagina.getByLabel("Gebruikersnaam").fill("locatiebeheerder");
      await pagina.getByLabel("Wachtwoord", { exact: true }).fill("niet-het-wachtwoord");
      await knop(pagina, "Inloggen").click();
      await pagina.getByRole("alert").waitFor();
      await scan(pagina, "public: /inloggen wrong password", scans);
      await pagina.goto("/wachtwoord-vergeten");
      await pagina.locator("main form button[type=submit]").click();
      await pagina.locator(".utrecht-form-field-error-message").first().waitFor();
      await scan(pagina, "public: /wachtwoord-vergeten sent empty", scans);
      await pagina.goto("/ouderinlog-aanvragen");
      await pagina.locator("main form button[type=submit]").click();
      await pagina.locator(".utrecht-form-field-error-message, [role=alert]").first().waitFor();
      await scan(pagina, "public: /ouderinlog-aanvragen sent empty", scans);
      geenFouten(scans);
    },
  );

  it(
    "WCAG HOME-02 HOME-03 ORG-01 ACC-01 TRT-08 regiobeheerder: every screen of its menus, the forms and their errors",
    LANG,
    async () => {
      const scans: Scan[] = [];
      const regio = await ingelogd("regiobeheerder");
      const rb = (open: string | RegExp, versturen?: string) =>
        formulier("regiobeheerder", scans, open, versturen);
      await doorDeMenus(regio, "regiobeheerder", scans, {
        "/instellingen/gebruikers": [rb("Gebruiker toevoegen", "Opslaan"), rb(/ wijzigen$/)],
        "/instellingen/scholen": [rb("School toevoegen", "Opslaan"), rb(/ wijzigen$/)],
        "/instellingen/besturen": [rb("Bestuur toevoegen", "Opslaan"), rb(/ wijzigen$/)],
        "/instellingen/nieuws": [rb("Nieuwsbericht toevoegen", "Opslaan als concept")],
        "/instellingen/kalender": [rb("Kalender wijzigen")],
        "/leerlingen/toewijzing": [
          async (pagina) => {
            await pagina.getByRole("textbox", { name: "ELK-nummer" }).fill(aangemeld.elkNummer);
            await knop(pagina, "Zoeken").click();
            await pagina.getByText(aangemeld.naam).first().waitFor();
            await scan(pagina, "regiobeheerder: /leerlingen/toewijzing a pupil found", scans);
          },
        ],
      });
      geenFouten(scans);
    },
  );

  it("WCAG HOME-02 HOME-03 regiobeheerder: the screens of its menus in English", LANG, async () => {
    const scans: Scan[] = [];
    await inHetEngels(await ingelogd("regiobeheerder"), "regiobeheerder", scans);
    geenFouten(scans);
  });

  it(
    "WCAG HOME-02 ACC-01 OSO-01 contactpersoon: every screen of its menus, the user form, a wrong aanleverpuntnummer; English",
    LANG,
    async () => {
      const scans: Scan[] = [];
      const contactpersoon = await ingelogd("contactpersoon");
      await doorDeMenus(contactpersoon, "contactpersoon", scans, {
        "/instellingen/gebruikers": [formulier("contactpersoon", scans, "Gebruiker toevoegen")],
        "/oso/configureren": [
          async (pagina) => {
            await pagina
              .getByLabel(/^Aanleverpuntnummer /)
              .first()
              .fill("");
            await knop(pagina, /^OSO opslaan /).click();
            await pagina.locator(".utrecht-form-field-error-message").first().waitFor();
            await scan(pagina, "contactpersoon: /oso/configureren a wrong number", scans);
          },
        ],
      });
      await inHetEngels(contactpersoon, "contactpersoon", scans);
      geenFouten(scans);
    },
  );

  it(
    "WCAG HOME-02 GRP-01 ORG-02 ORG-03 OSO-05 EXP-03 locatiebeheerder: every screen of its menus and its forms; English",
    LANG,
    async () => {
      const scans: Scan[] = [];
      const locatie = await ingelogd("locatiebeheerder");
      const lb = (open: string | RegExp, versturen?: string) =>
        formulier("locatiebeheerder", scans, open, versturen);
      await doorDeMenus(locatie, "locatiebeheerder", scans, {
        "/instellingen/groepen": [lb("Groep toevoegen", "Opslaan")],
        "/instellingen/scholen": [lb("Gegevens wijzigen"), lb("Afdelingen wijzigen")],
        "/instellingen/gebruikers": [lb("Gebruiker toevoegen", "Opslaan")],
      });
      await inHetEngels(locatie, "locatiebeheerder", scans);
      geenFouten(scans);
    },
  );

  it(
    "WCAG HOME-02 REG-08 REG-09 aanmelder: every screen of its menus, registering a pupil and a buitenleerling; English",
    LANG,
    async () => {
      const scans: Scan[] = [];
      const aanmelder = await ingelogd("aanmelder");
      await doorDeMenus(aanmelder, "aanmelder", scans, {
        // REG-09 / REG-08: the dialogs of Leerling aanmelden and Buitenleerling aanmelden, and where they lead.
        "/leerlingen/overzicht": [
          async (pagina) => {
            await knop(pagina, "Bulkacties").click();
            await scan(pagina, "aanmelder: /leerlingen/overzicht Bulkacties open", scans);
            await pagina.keyboard.press("Escape");
            await knop(pagina, "Leerling aanmelden").click();
            const dialoog = pagina.getByRole("dialog", { name: "Leerling aanmelden" });
            await dialoog.getByRole("textbox", { name: "ELK-nummer" }).fill("987654321");
            await knop(dialoog, "Controleren").click();
            await dialoog.getByText("niet gevonden", { exact: false }).waitFor();
            await scan(pagina, "aanmelder: dialog Leerling aanmelden, number not found", scans);
            await dialoog.getByRole("textbox", { name: "ELK-nummer" }).fill(ouderKind.elkNummer);
            await knop(dialoog, "Controleren").click();
            await knop(dialoog, "Verder gaan").click();
            await pagina.getByRole("heading", { name: "Stap 1 van 3: gegevens van de leerling" }).waitFor();
            await scan(pagina, "aanmelder: /leerlingen/aanmelden step 1", scans);
            await knop(pagina, "Volgende").click();
            await voorkeur(pagina, 5).waitFor();
            await scan(pagina, "aanmelder: /leerlingen/aanmelden step 2 (voorkeurslijst)", scans);
          },
          async (pagina) => {
            await knop(pagina, "Buitenleerling aanmelden").click();
            const dialoog = pagina.getByRole("dialog", { name: "Buitenleerling aanmelden" });
            await dialoog.getByRole("textbox", { name: "Burgerservicenummer" }).fill(nieuwBsn());
            await knop(dialoog, "Controleren").click();
            await knop(dialoog, "Verder gaan").waitFor();
            await scan(pagina, "aanmelder: dialog Buitenleerling aanmelden, BSN checked", scans);
            await knop(dialoog, "Verder gaan").click();
            await pagina.getByRole("heading", { name: "Stap 1 van 3: gegevens van de leerling" }).waitFor();
            await scan(pagina, "aanmelder: /leerlingen/buitenleerling step 1", scans);
            await knop(pagina, "Volgende").click();
            await pagina.locator(".utrecht-form-field-error-message").first().waitFor();
            await scan(pagina, "aanmelder: /leerlingen/buitenleerling step 1 with errors", scans);
          },
        ],
      });
      await inHetEngels(aanmelder, "aanmelder", scans);
      geenFouten(scans);
    },
  );

  it(
    "WCAG TRT-01..12 plaatser: the overview with a pupil, the pupil's menu and every dialog in it; English",
    LANG,
    async () => {
      const scans: Scan[] = [];
      const plaatser = await ingelogd("plaatser");
      await doorDeMenus(plaatser, "plaatser", scans);
      await plaatser.goto("/leerlingen/overzicht");
      await klaar(plaatser);
      await zoekLeerling(plaatser, aangemeld.elkNummer);
      await scan(plaatser, "plaatser: /leerlingen/overzicht with a pupil", scans);
      const menuKnop = knop(plaatser, `Onderliggend menu openen: ${aangemeld.naam}`);
      const menu = plaatser.getByRole("list", { name: `Menu van ${aangemeld.naam}` });
      await menuKnop.click();
      await scan(plaatser, "plaatser: the pupil's menu open", scans);
      const keuzes = (await menu.getByRole("button").allTextContents()).map((tekst) => tekst.trim());
      await plaatser.keyboard.press("Escape");
      expect(keuzes).toEqual(
        expect.arrayContaining(["Plaatsen", "Aanvulling vragen", "Toon historie", "Notities"]),
      );
      // "Oki-doc" opens the PDF in a new tab, not a dialog.
      for (const keuze of keuzes.filter((k) => k !== "Oki-doc")) {
        await menuKnop.click();
        await menu.getByRole("button", { name: keuze, exact: true }).click();
        const dialoog = plaatser.locator("dialog[open]");
        await dialoog.waitFor().catch((fout: Error) => {
          throw new Error(`the menu's "${keuze}" opened no dialog`, { cause: fout });
        });
        await scan(plaatser, `plaatser: dialog ${keuze}`, scans);
        await plaatser.keyboard.press("Escape");
        await dialoog.waitFor({ state: "detached" });
      }

      // In English: the screens, the pupil's menu and a dialog in it.
      await inHetEngels(plaatser, "plaatser", scans);
      await plaatser.goto("/leerlingen/overzicht");
      await klaar(plaatser);
      // The search box, by its role: its name is English here.
      await plaatser.getByRole("searchbox").fill(aangemeld.elkNummer);
      await plaatser.locator('.elk-overzicht__tabel[aria-busy="false"]').waitFor();
      await plaatser.getByRole("button", { name: `Open submenu: ${aangemeld.naam}` }).click();
      await scan(plaatser, "plaatser (en): the pupil's menu open", scans);
      await plaatser.getByRole("button", { name: "Place", exact: true }).click();
      await plaatser.locator("dialog[open]").waitFor();
      await scan(plaatser, "plaatser (en): dialog Place", scans);
      geenFouten(scans);
    },
  );

  it(
    "WCAG PO-01 PO-02 po-gebruiker: every screen, the pupil forms, the CSV import and a pupil's oki-doc; English",
    LANG,
    async () => {
      const scans: Scan[] = [];
      const po = await ingelogd("po-gebruiker");
      const pf = (open: string | RegExp, versturen?: string) =>
        formulier("po-gebruiker", scans, open, versturen);
      await doorDeMenus(po, "po-gebruiker", scans, {
        "/leerlingen/po": [
          pf("Leerling toevoegen", "Opslaan"),
          pf("CSV importeren", "Importeren"),
          pf(`Gegevens van ${aangemeld.naam} wijzigen`),
          async (pagina) => {
            await pagina.getByRole("link", { name: `Oki-doc van ${aangemeld.naam}` }).click();
            await klaar(pagina);
            await scan(pagina, "po-gebruiker: the oki-doc of a pupil, released and registered", scans);
          },
        ],
      });
      await inHetEngels(po, "po-gebruiker", scans);
      geenFouten(scans);
    },
  );

  it(
    "WCAG PAR-01 REG-02 REG-06 a parent: the ouderportaal, both steps of the voorkeurslijst and undoing; English",
    LANG,
    async () => {
      const scans: Scan[] = [];
      const ouder = await ingelogd(ouderKind.ouderGebruikersnaam, OUDER_WACHTWOORD);
      await doorDeMenus(ouder, "parent", scans);
      await ouder.goto("/");
      await ouder.getByRole("link", { name: `Voorkeurslijst invullen: ${ouderKind.naam}` }).click();
      await voorkeur(ouder, 5).waitFor();
      await scan(ouder, "parent: voorkeurslijst step 1, empty", scans);
      await kies(ouder, 1, "Amstelveen College (Amstelveen)", "havo");
      await voorkeur(ouder, 1).getByRole("radio").first().waitFor();
      await scan(ouder, "parent: voorkeurslijst step 1, the 1st choice's questions", scans);
      // The rest of the list as a concept through the API; the page shows it complete.
      const concept = await api("PUT", `/api/ouder/kinderen/${ouderKind.leerlingId}/voorkeurslijst`, {
        token: ouderKind.ouderToken,
        body: { keuzes: HAVO_KEUZES, eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false } },
      });
      expect(concept.status).toBe(200);
      await ouder.reload();
      await knop(ouder, "Volgende").click();
      await ouder.getByRole("table", { name: "Voorkeurslijst" }).waitFor();
      await scan(ouder, "parent: voorkeurslijst step 2, review", scans);

      const aangemeldeOuder = await ingelogd(aangemeld.ouderGebruikersnaam, OUDER_WACHTWOORD);
      await klaar(aangemeldeOuder);
      await scan(aangemeldeOuder, "parent: ouderportaal, child registered", scans);
      // AVG inzage (#10 PRIV): everything held about the child.
      await aangemeldeOuder.goto(`/ouderportaal/gegevens/${aangemeld.leerlingId}`);
      await klaar(aangemeldeOuder);
      await scan(aangemeldeOuder, "parent: Gegevens van uw kind", scans);
      await aangemeldeOuder.goto(`/ouderportaal/kind/${aangemeld.leerlingId}`);
      await klaar(aangemeldeOuder);
      await scan(aangemeldeOuder, "parent: the registered child's page", scans);
      await knop(aangemeldeOuder, "Aanmelding ongedaan maken").click();
      await aangemeldeOuder.getByRole("alertdialog").waitFor();
      await scan(aangemeldeOuder, "parent: confirm dialog Aanmelding ongedaan maken", scans);
      await aangemeldeOuder.keyboard.press("Escape");
      await inHetEngels(aangemeldeOuder, "parent", scans);
      await aangemeldeOuder.goto(`/ouderportaal/kind/${aangemeld.leerlingId}`);
      await klaar(aangemeldeOuder);
      await scan(aangemeldeOuder, "parent (en): the registered child's page", scans);
      await aangemeldeOuder.goto(`/ouderportaal/gegevens/${aangemeld.leerlingId}`);
      await klaar(aangemeldeOuder);
      await scan(aangemeldeOuder, "parent (en): Gegevens van uw kind", scans);
      geenFouten(scans);
    },
  );

  it(
    "WCAG a narrow screen (320 px): what scrolls is reachable by keyboard, the pupil's menu stays on screen",
    LANG,
    async () => {
      const scans: Scan[] = [];
      const plaatser = await ingelogd("plaatser");
      await plaatser.setViewportSize({ width: 320, height: 568 });
      await plaatser.goto("/leerlingen/overzicht");
      await klaar(plaatser);
      await zoekLeerling(plaatser, aangemeld.elkNummer);
      await scan(plaatser, "narrow: /leerlingen/overzicht with a pupil", scans);

      // The pupil's menu has more items than the window has room for: it scrolls instead of running
      // off the screen, so the keyboard reaches every item and sees it.
      const menuKnop = knop(plaatser, `Onderliggend menu openen: ${aangemeld.naam}`);
      const menu = plaatser.getByRole("list", { name: `Menu van ${aangemeld.naam}` });
      await menuKnop.focus();
      await plaatser.keyboard.press("Enter");
      await menu.waitFor();
      await scan(plaatser, "narrow: the pupil's menu open", scans);
      const items = menu.getByRole("button");
      const laatste = items.last();
      await tabNaar(plaatser, laatste, { max: 20 });
      const vak = await laatste.boundingBox();
      expect(vak).not.toBeNull();
      expect(
        (vak?.y ?? -1) >= 0 && (vak?.y ?? 0) + (vak?.height ?? 0) <= 568,
        "the last item on screen",
      ).toBe(true);
      const laatsteNaam = (await laatste.textContent())?.trim();
      await laatste.press("Enter");
      const dialoog = plaatser.locator("dialog[open]");
      await dialoog.waitFor();
      await klaar(plaatser);
      await scan(plaatser, `narrow: dialog ${laatsteNaam}`, scans);
      await plaatser.keyboard.press("Escape");

      // Toon historie: its table is wider than the window and takes focus to be scrolled.
      await menuKnop.click();
      await menu.getByRole("button", { name: "Toon historie" }).click();
      await dialoog.waitFor();
      await klaar(plaatser);
      const tabelVak = dialoog.getByRole("group", { name: /^Historie van/ });
      await tabelVak.waitFor();
      expect(await tabelVak.getAttribute("tabindex")).toBe("0");
      await scan(plaatser, "narrow: dialog Toon historie", scans);

      const locatie = await ingelogd("locatiebeheerder");
      await locatie.setViewportSize({ width: 320, height: 568 });
      for (const pad of ["/", "/overzichten/status", "/instellingen/scholen", "/help/contactpersonen"]) {
        await locatie.goto(pad);
        await klaar(locatie);
        await scan(locatie, `narrow: locatiebeheerder ${pad}`, scans);
      }
      geenFouten(scans);
    },
  );

  // ---- The keyboard alone ----

  interface Gefocust {
    beschrijving: string;
    zichtbaar: boolean;
  }

  /** The focused element and whether its focus can be seen: :focus-visible with an outline or a ring. */
  function gefocust(pagina: Page): Promise<Gefocust> {
    return pagina.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return { beschrijving: "(body)", zichtbaar: false };
      const stijl = getComputedStyle(element);
      const omlijning = stijl.outlineStyle !== "none" && Number.parseFloat(stijl.outlineWidth) > 0;
      const ring = stijl.boxShadow !== "none";
      const naam =
        element.getAttribute("aria-label") ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent ??
        "";
      return {
        beschrijving: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${naam.trim().slice(0, 60)}"`,
        zichtbaar: element.matches(":focus-visible") && (omlijning || ring),
      };
    });
  }

  /**
   * Tab (or Shift+Tab) until `doel` has focus; every element passed on the way must show its focus
   * (WCAG 2.4.7).
   */
  async function tabNaar(pagina: Page, doel: Locator, opties: { terug?: boolean; max?: number } = {}) {
    const onzichtbaar: string[] = [];
    for (let stap = 0; stap < (opties.max ?? 80); stap++) {
      await pagina.keyboard.press(opties.terug ? "Shift+Tab" : "Tab");
      const nu = await gefocust(pagina);
      if (!nu.zichtbaar) onzichtbaar.push(nu.beschrijving);
      if (await doel.evaluate((element) => element === document.activeElement)) {
        expect(onzichtbaar, "focus not visible on").toEqual([]);
        return;
      }
    }
    throw new Error(`${await doel.evaluate((e) => e.outerHTML.slice(0, 120))} never got focus`);
  }

  async function focusOp(pagina: Page, doel: Locator): Promise<void> {
    await expect.poll(() => doel.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await gefocust(pagina)).zichtbaar, "focus visible").toBe(true);
  }

  /** ACC-03 with the keyboard: from the top of the sign-in page to the signed-in home page. */
  async function inloggenMetToetsenbord(pagina: Page, gebruikersnaam: string): Promise<void> {
    await pagina.goto("/inloggen");
    await klaar(pagina);
    // The first Tab reaches the skip link, which takes focus to the content.
    await pagina.keyboard.press("Tab");
    await focusOp(pagina, pagina.getByRole("link", { name: "Naar de inhoud" }));
    await pagina.keyboard.press("Enter");
    // The content takes focus (it is no control, so it shows no focus ring of its own).
    await expect.poll(() => pagina.evaluate(() => document.activeElement?.id)).toBe("inhoud");
    await tabNaar(pagina, pagina.getByLabel("Gebruikersnaam"));
    await pagina.keyboard.type(gebruikersnaam);
    await tabNaar(pagina, pagina.getByLabel("Wachtwoord", { exact: true }));
    await pagina.keyboard.type(DEMO_WACHTWOORD);
    await pagina.keyboard.press("Enter");
    await pagina.getByTestId("locatie-naam").waitFor();
  }

  it("WCAG ACC-03 TRT-05 keyboard only: a plaatser signs in, opens the overview from the menu and places a pupil", async () => {
    const pagina = await nieuwePagina();
    await inloggenMetToetsenbord(pagina, "plaatser");

    // Leerlingen > Overzicht through the header's menu: Enter opens it, Escape would close it.
    const leerlingen = pagina.getByRole("button", { name: "Leerlingen", exact: true });
    await tabNaar(pagina, leerlingen);
    await pagina.keyboard.press("Enter");
    await expect.poll(() => leerlingen.getAttribute("aria-expanded")).toBe("true");
    await tabNaar(pagina, pagina.getByRole("link", { name: "Overzicht", exact: true }));
    await pagina.keyboard.press("Enter");
    await pagina.getByRole("heading", { level: 1, name: "Leerlingenoverzicht" }).waitFor();
    // After the navigation focus is on the new content, not left behind in the header.
    await expect.poll(() => pagina.evaluate(() => document.activeElement?.id)).toBe("inhoud");

    const zoekveld = pagina.getByRole("searchbox", { name: "Zoeken" });
    await tabNaar(pagina, zoekveld);
    await pagina.keyboard.type(tePlaatsen.elkNummer);
    await rijVan(pagina, tePlaatsen.elkNummer).waitFor();
    await pagina.locator('.elk-overzicht__tabel[aria-busy="false"]').waitFor();
    await expect.poll(() => pagina.getByRole("table").getByRole("row").count()).toBe(2);

    // The pupil's menu: Enter opens it, Tab walks its items.
    const menuKnop = pagina.getByRole("button", { name: `Onderliggend menu openen: ${tePlaatsen.naam}` });
    await tabNaar(pagina, menuKnop);
    await pagina.keyboard.press("Enter");
    await expect.poll(() => menuKnop.getAttribute("aria-expanded")).toBe("true");
    const menu = pagina.getByRole("list", { name: `Menu van ${tePlaatsen.naam}` });

    // A dialog closed with Escape gives focus back to the menu's button.
    await tabNaar(pagina, menu.getByRole("button", { name: "Toon historie" }));
    await pagina.keyboard.press("Enter");
    const historie = pagina.getByRole("dialog", { name: /historie/i });
    await historie.waitFor();
    await pagina.keyboard.press("Escape");
    await historie.waitFor({ state: "detached" });
    await focusOp(pagina, menuKnop);

    // Plaatsen: the afdeling is chosen with the arrow keys, the dialog sent with Enter.
    await pagina.keyboard.press("Space");
    await expect.poll(() => menuKnop.getAttribute("aria-expanded")).toBe("true");
    await tabNaar(pagina, menu.getByRole("button", { name: "Plaatsen", exact: true }));
    await pagina.keyboard.press("Enter");
    const dialoog = pagina.getByRole("dialog", { name: "Plaatsen" });
    const afdeling = dialoog.getByRole("combobox", { name: "Afdeling" });
    await afdeling.waitFor();
    await tabNaar(pagina, afdeling, { terug: true, max: 10 });
    // Home: "Kies een afdeling"; one down: the first afdeling.
    await pagina.keyboard.press("Home");
    await pagina.keyboard.press("ArrowDown");
    expect(await afdeling.inputValue()).not.toBe("");
    await tabNaar(pagina, dialoog.getByRole("button", { name: "Plaatsen", exact: true }), { max: 10 });
    await pagina.keyboard.press("Enter");
    await dialoog.waitFor({ state: "detached" });

    // The decision is shown, the row says Geplaatst, and focus is back on the pupil's menu button.
    await pagina.getByRole("status").filter({ hasText: tePlaatsen.naam }).first().waitFor();
    await expect.poll(() => rijVan(pagina, tePlaatsen.elkNummer).textContent()).toContain("Geplaatst");
    await focusOp(pagina, menuKnop);
  });

  it("WCAG PAR-01 REG-06 keyboard only: a parent opens the undo question and cancels it; focus goes back", async () => {
    const pagina = await nieuwePagina();
    await pagina.goto("/inloggen");
    await klaar(pagina);
    await tabNaar(pagina, pagina.getByLabel("Gebruikersnaam"));
    await pagina.keyboard.type(aangemeld.ouderGebruikersnaam);
    await pagina.keyboard.press("Tab");
    await pagina.keyboard.type(OUDER_WACHTWOORD);
    await pagina.keyboard.press("Enter");
    const naarKind = pagina.getByRole("link", { name: new RegExp(aangemeld.naam) }).first();
    await naarKind.waitFor();
    await tabNaar(pagina, naarKind);
    await pagina.keyboard.press("Enter");
    const ongedaan = pagina.getByRole("button", { name: "Aanmelding ongedaan maken" });
    await ongedaan.waitFor();
    await tabNaar(pagina, ongedaan);
    await pagina.keyboard.press("Enter");
    // The question opens on "Annuleren", so Enter does no harm; Escape closes it, focus returns.
    const vraag = pagina.getByRole("alertdialog");
    await vraag.waitFor();
    await focusOp(pagina, vraag.getByRole("button", { name: "Annuleren" }));
    await pagina.keyboard.press("Escape");
    await vraag.waitFor({ state: "detached" });
    await focusOp(pagina, ongedaan);
    expect(await pagina.getByRole("main").textContent()).toContain("aangemeld bij Amstelveen College");
  });
});
