import type { AanmeldingenOverzicht, Notities } from "@elk/contracts";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { launchBrowser, newPage, openMenu, signIn } from "../support/browser";
import { type AangemeldKind, aangemeldKind, type KindMetOuder } from "../support/leerlingen";
import { rijVan, zoekLeerling } from "../support/overzicht";

const SCHOOLJAAR = "2026-2027";
/** The voorrang of the pupil to place: a brother at Amstelveen College. */
const BROER_ZUS = { soort: "broer-zus", naamBroerZus: "Daan Jansen", klas: "2B" };

/**
 * Handling registrations in the browser (TRT-01 … TRT-12, PO-03): the VO school's Leerlingen >
 * Overzicht with its filters, search and the pupil's menu. Every pupil is new and registered by
 * its parents through the API, so the tests leave the demo data and each other alone.
 */
describe("handling registrations (browser)", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  const paginas: Page[] = [];
  let plaatsen: AangemeldKind;
  let afwijzen: AangemeldKind;
  let terugtrekken: AangemeldKind;
  let notities: AangemeldKind;

  beforeAll(async () => {
    browser = await launchBrowser();
    [plaatsen, afwijzen, terugtrekken, notities] = await Promise.all([
      aangemeldKind({ voorrang: BROER_ZUS }),
      aangemeldKind(),
      aangemeldKind(),
      aangemeldKind(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(paginas.splice(0).map((pagina) => pagina.context().close()));
  });

  async function plaatser(): Promise<Page> {
    const pagina = await newPage(browser, baseUrl);
    paginas.push(pagina);
    await signIn(pagina, "plaatser", DEMO_WACHTWOORD);
    await openMenu(pagina, "Leerlingen");
    await pagina
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Overzicht", exact: true })
      .click();
    await pagina.getByRole("heading", { level: 1, name: "Leerlingenoverzicht" }).waitFor();
    return pagina;
  }

  const knop = (plek: Page | Locator, naam: string) => plek.getByRole("button", { name: naam, exact: true });
  const zoekveld = (pagina: Page) => pagina.getByRole("searchbox", { name: "Zoeken" });
  const melding = (pagina: Page, tekst: string) => pagina.getByRole("status").filter({ hasText: tekst });

  /** Search the pupil, as a school with hundreds of registrations would. */
  const zoek = (pagina: Page, kind: KindMetOuder): Promise<Locator> => zoekLeerling(pagina, kind.elkNummer);

  /** "Klik op het menu knopje" and choose. */
  async function kiesInMenu(pagina: Page, kind: KindMetOuder, keuze: string): Promise<void> {
    await knop(pagina, `Onderliggend menu openen: ${kind.naam}`).click();
    const menu = pagina.getByRole("list", { name: `Menu van ${kind.naam}` });
    await knop(menu, keuze).click();
  }

  it("TRT-01 filters, search and clearing them separately", async () => {
    const pagina = await plaatser();
    // The search covers the columns' content: the pupil's surname finds it, not the others.
    const achternaam = plaatsen.naam.split(" ").slice(1).join(" ");
    await zoekveld(pagina).fill(achternaam);
    const rij = rijVan(pagina, plaatsen.elkNummer);
    await rij.waitFor();
    await rijVan(pagina, afwijzen.elkNummer).waitFor({ state: "detached" });
    await pagina
      .getByText(/^1 van de \d+ aangemelde leerlingen$/)
      .first()
      .waitFor();
    expect(new URL(pagina.url()).searchParams.get("zoek")).toBe(achternaam);

    // A filter narrows further: the pupil is havo, so vwo leaves nothing.
    await pagina.getByRole("combobox", { name: "Advies", exact: true }).selectOption("vwo");
    await pagina
      .getByText("Geen leerlingen gevonden die aan de filters en de zoekopdracht voldoen.")
      .waitFor();
    await pagina
      .getByRole("combobox", { name: "Voorrang", exact: true })
      .selectOption({ label: "Aangevraagd" });
    expect(new URL(pagina.url()).searchParams.get("advies")).toBe("vwo");

    // "Filters wissen" clears the filters and keeps the search.
    await knop(pagina, "Filters wissen").click();
    await rij.waitFor();
    expect(await pagina.getByRole("combobox", { name: "Advies", exact: true }).inputValue()).toBe("");
    expect(await pagina.getByRole("combobox", { name: "Voorrang", exact: true }).inputValue()).toBe("");
    expect(await zoekveld(pagina).inputValue()).toBe(achternaam);

    // The voorrang filter and the V mark (TRT-04: white = requested).
    await pagina
      .getByRole("combobox", { name: "Voorrang", exact: true })
      .selectOption({ label: "Aangevraagd" });
    await rij.getByTitle("Voorrang aangevraagd: broer of zus op deze school").waitFor();
    await knop(pagina, "Filters wissen").click();

    // "Zoekopdracht wissen" clears the search: the other pupils come back.
    await knop(pagina, "Zoekopdracht wissen").click();
    expect(await zoekveld(pagina).inputValue()).toBe("");
    await pagina
      .getByText(/^\d+ aangemelde leerlingen$/)
      .first()
      .waitFor();
    expect(new URL(pagina.url()).search).toBe("");

    // The search also finds the ELK-nummer; sorting by a column says so to screen readers.
    const gevonden = await zoek(pagina, afwijzen);
    await knop(pagina, "Naam").click();
    await pagina
      .getByRole("columnheader", { name: /Naam/ })
      .and(pagina.locator("[aria-sort='ascending']"))
      .waitFor();

    // Check boxes select pupils for the bulk actions.
    await gevonden.getByRole("checkbox", { name: `${afwijzen.naam} selecteren` }).check();
    await pagina.getByText("1 leerling geselecteerd").waitFor();
    await knop(pagina, "Bulkacties").click();
    await knop(pagina, "Toevoegen aan groep").waitFor();
  });

  it("TRT-04 TRT-05 voorrang and placing: the pupil shows Geplaatst; a change meanwhile is refused", async () => {
    const pagina = await plaatser();
    const rij = await zoek(pagina, plaatsen);

    // TRT-04: granting turns the V blue; the parents are mailed.
    await kiesInMenu(pagina, plaatsen, "Voorrang toekennen");
    const vraag = pagina.getByRole("alertdialog", { name: "Voorrang toekennen" });
    await knop(vraag, "Voorrang toekennen").click();
    await melding(pagina, `De voorrang van ${plaatsen.naam} is toegekend.`).waitFor();
    await rij.getByTitle("Voorrang toegekend: broer of zus op deze school").waitFor();

    // TRT-15: someone else changes the pupil while the dialog is open: nothing is placed.
    await kiesInMenu(pagina, plaatsen, "Plaatsen");
    const dialoog = pagina.getByRole("dialog", { name: "Plaatsen" });
    const afdeling = dialoog.getByRole("combobox", { name: "Afdeling" });
    await afdeling.waitFor();
    const token = await inloggen("plaatser");
    const overzicht = await api<AanmeldingenOverzicht>(
      "GET",
      `/api/aanmeldingen?schooljaar=${SCHOOLJAAR}&zoek=${plaatsen.elkNummer}`,
      { token },
    );
    const regel = overzicht.body.items.find((r) => r.id === plaatsen.aanmeldingId);
    const tussendoor = await api("POST", `/api/aanmeldingen/${plaatsen.aanmeldingId}/behandelen`, {
      token,
      body: {
        actie: "tafelmiddag-aanvragen",
        toelichting: "Graag een warme overdracht.",
        version: regel?.version,
      },
    });
    expect(tussendoor.status, JSON.stringify(tussendoor.body)).toBe(200);
    await knop(dialoog, "Plaatsen").click();
    await pagina.getByRole("alert").filter({ hasText: "intussen door iemand anders gewijzigd" }).waitFor();
    await dialoog.waitFor({ state: "hidden" });
    await rij.getByTitle("Tafelmiddag aangevraagd door uw school").waitFor();

    // Placing on the afdeling of the registration, with a note for the primary school.
    await kiesInMenu(pagina, plaatsen, "Plaatsen");
    await afdeling.waitFor();
    expect(await afdeling.inputValue()).toBe("havo");
    await dialoog.getByRole("textbox", { name: "Toelichting voor de basisschool" }).fill("Welkom!");
    await knop(dialoog, "Plaatsen").click();
    await melding(pagina, `${plaatsen.naam} is geplaatst.`).waitFor();
    await rij.getByText("Geplaatst", { exact: true }).waitFor();
    expect(await rij.textContent()).toContain("op havo");
    // Focus returns to the pupil's menu button.
    await expect
      .poll(() => pagina.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? ""), {
        timeout: 5000,
      })
      .toBe(`Onderliggend menu openen: ${plaatsen.naam}`);

    // The menu follows the new state: no Plaatsen, no voorrang any more.
    await knop(pagina, `Onderliggend menu openen: ${plaatsen.naam}`).click();
    const menu = pagina.getByRole("list", { name: `Menu van ${plaatsen.naam}` });
    await knop(menu, "Terugtrekken").waitFor();
    expect(await knop(menu, "Plaatsen").count()).toBe(0);
    expect(await knop(menu, "Voorrang toekennen").count()).toBe(0);
    await pagina.keyboard.press("Escape");
    await menu.waitFor({ state: "hidden" });
  });

  it("TRT-06 niet plaatsen needs an explanation; the pupil leaves the overview", async () => {
    const pagina = await plaatser();
    const rij = await zoek(pagina, afwijzen);
    await kiesInMenu(pagina, afwijzen, "Niet plaatsen");
    const dialoog = pagina.getByRole("dialog", { name: "Niet plaatsen" });
    await knop(dialoog, "Niet plaatsen").click();
    await dialoog.getByText("Vul een toelichting in.").waitFor();
    await dialoog.getByRole("textbox", { name: "Toelichting" }).fill("De ondersteuningsbehoefte past niet.");
    await knop(dialoog, "Niet plaatsen").click();
    await melding(pagina, `${afwijzen.naam} heeft de status Niet geplaatst`).waitFor();
    await rij.waitFor({ state: "detached" });

    await pagina.reload();
    await zoekveld(pagina).waitFor();
    await pagina.getByText("Geen leerlingen gevonden").waitFor();
    expect(await rijVan(pagina, afwijzen.elkNummer).count()).toBe(0);
  });

  it("TRT-09 terugtrekken asks for the own password: a wrong one is refused in the dialog", async () => {
    const pagina = await plaatser();
    const rij = await zoek(pagina, terugtrekken);
    await kiesInMenu(pagina, terugtrekken, "Terugtrekken");
    const dialoog = pagina.getByRole("dialog", { name: "Leerling terugtrekken" });
    const wachtwoord = dialoog.getByLabel("Wachtwoord", { exact: true });
    await wachtwoord.fill("Niet-Het-Wachtwoord-1!");
    await knop(dialoog, "Trek leerling terug").click();
    await dialoog.getByText("Het wachtwoord is niet juist.").waitFor();
    expect(await rij.count()).toBe(1);

    await wachtwoord.fill(DEMO_WACHTWOORD);
    await knop(dialoog, "Trek leerling terug").click();
    await melding(pagina, `${terugtrekken.naam} is teruggetrokken`).waitFor();
    await rij.waitFor({ state: "detached" });
  });

  it("TRT-12 PO-03 a note for the own organisation stays hidden from the primary school", async () => {
    const pagina = await plaatser();
    await zoek(pagina, notities);
    await kiesInMenu(pagina, notities, "Notities");
    const dialoog = pagina.getByRole("dialog", { name: `Notities bij ${notities.naam}` });
    await dialoog.getByText("Er zijn nog geen notities bij deze leerling.").waitFor();

    const gedeeld = `Gedeelde notitie ${notities.elkNummer}`;
    await dialoog.getByRole("textbox", { name: "Nieuwe notitie" }).fill(gedeeld);
    await knop(dialoog, "Notitie plaatsen").click();
    await dialoog.getByRole("listitem").filter({ hasText: gedeeld }).waitFor();

    const eigen = `Interne notitie ${notities.elkNummer}`;
    await dialoog.getByRole("textbox", { name: "Nieuwe notitie" }).fill(eigen);
    await dialoog.getByRole("checkbox", { name: "Alleen voor eigen organisatie" }).check();
    await knop(dialoog, "Notitie plaatsen").click();
    const notitie = dialoog.getByRole("listitem").filter({ hasText: eigen });
    await notitie.getByText("Alleen eigen organisatie").waitFor();
    await knop(dialoog, "Sluiten").click();
    await dialoog.waitFor({ state: "hidden" });

    // The primary school sees the shared note and not the internal one (PO-03), on the pupil's
    // oki-doc page, and asks for a warm handover there.
    const po = await newPage(browser, baseUrl);
    paginas.push(po);
    await signIn(po, "po-gebruiker", DEMO_WACHTWOORD);
    await po.goto(`/leerlingen/po/okidoc?leerling=${notities.leerlingId}`);
    const sectie = po.getByRole("region", { name: "Aanmelding voortgezet onderwijs" });
    await sectie.waitFor();
    expect(await sectie.textContent()).toContain("Amstelveen College");
    await sectie.getByRole("listitem").filter({ hasText: gedeeld }).waitFor();
    expect(await sectie.getByText(eigen).count()).toBe(0);

    await knop(sectie, "Warme overdracht (tafelmiddag) aanvragen").click();
    await knop(sectie, "Aanvragen").click();
    await sectie.getByText("Geef een korte toelichting bij de warme overdracht.").waitFor();
    await sectie.getByRole("textbox", { name: "Korte toelichting" }).fill("Veel zorg nodig bij de overstap.");
    await knop(sectie, "Aanvragen").click();
    await melding(po, "De warme overdracht is aangevraagd.").waitFor();
    await sectie.getByText("Aangevraagd door uw school").waitFor();
    await knop(sectie, "Warme overdracht annuleren").waitFor();

    // The VO school sees the primary school's request in its overview.
    await pagina.reload();
    await rijVan(pagina, notities.elkNummer)
      .getByTitle("Warme overdracht aangevraagd door de basisschool")
      .waitFor();

    // Through the API too: the internal note never reaches the primary school.
    const zichtbaar = await api<Notities>("GET", `/api/leerlingen/${notities.leerlingId}/notities`, {
      token: await inloggen("po-gebruiker"),
    });
    expect(zichtbaar.status).toBe(200);
    const teksten = zichtbaar.body.items.map((n) => n.tekst);
    expect(teksten).toContain(gedeeld);
    expect(teksten).not.toContain(eigen);
  });
});
