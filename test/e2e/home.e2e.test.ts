import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { apiGet, launchBrowser, newPage, openMenu, signIn } from "../support/browser";

const WACHTWOORD = "Demo-ELK-2026!";

describe("home page, menu and sign-in (browser)", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await page?.context().close();
  });

  /** The `scherm` ids of the menu the API gives the signed-in user (unbuilt screens included). */
  async function menuSchermen(page: Page): Promise<string[]> {
    const mij = await apiGet<{ menu: { items: { scherm: string }[] }[] }>(page, "/api/mij");
    return mij.menu.flatMap((groep) => groep.items.map((item) => item.scherm)).sort();
  }

  async function nieuwePagina(): Promise<Page> {
    page = await newPage(browser, baseUrl);
    return page;
  }

  it("HOME-01 HOME-02 ACC-04 locatiebeheerder sees the news, its menu and its location name", async () => {
    const page = await nieuwePagina();
    await signIn(page, "locatiebeheerder", WACHTWOORD);

    await page.getByRole("heading", { level: 1, name: "Welkom bij ELK Amstelland" }).waitFor();
    for (const titel of [
      "Aanmeldperiode Kernprocedure 2027",
      "Nieuw in ELK: een eigen inlognaam per schoollocatie",
    ]) {
      const kop = page.getByRole("article").getByRole("heading", { name: titel });
      await kop.waitFor();
      await kop.waitFor();
    }

    await openMenu(page, "Instellingen");
    const scholen = page
      .getByRole("navigation", { name: "Servicemenu" })
      .getByRole("link", { name: "Scholen" });
    await scholen.waitFor();

    expect((await page.getByTestId("locatie-naam").textContent())?.trim()).toBe("Amstelveen College");
    await page.getByTestId("locatie-naam").waitFor();
  });

  it("HOME-02 contactpersoon ELK sees its own menu", async () => {
    const contactpersoon = await nieuwePagina();
    await signIn(contactpersoon, "contactpersoon", WACHTWOORD);
    expect((await contactpersoon.getByTestId("locatie-naam").textContent())?.trim()).toBe(
      "St Openbaar VO Amstelveen",
    );
    const menuContactpersoon = await menuSchermen(contactpersoon);

    // Its Instellingen menu has Scholen; the page lists every school of its bestuur.
    await openMenu(contactpersoon, "Instellingen");
    await contactpersoon.getByRole("link", { name: "Scholen" }).click();
    const scholen = await apiGet<{ items: { naam: string; bestuur: string }[] }>(
      contactpersoon,
      "/api/scholen",
    );
    expect(scholen.items.length).toBeGreaterThan(0);
    expect(new Set(scholen.items.map((school) => school.bestuur))).toEqual(
      new Set(["St Openbaar VO Amstelveen"]),
    );
    const titel = scholen.items.length === 1 ? "Schoolgegevens" : "Scholen";
    await contactpersoon.getByRole("heading", { level: 1, name: titel }).waitFor();
    for (const school of scholen.items) {
      await contactpersoon.getByRole("main").getByText(school.naam, { exact: true }).first().waitFor();
    }
    await contactpersoon.context().close();

    // The locatiebeheerder of one of those schools gets another menu from the same API.
    const locatiebeheerder = await nieuwePagina();
    await signIn(locatiebeheerder, "locatiebeheerder", WACHTWOORD);
    const menuLocatiebeheerder = await menuSchermen(locatiebeheerder);
    expect(menuContactpersoon).not.toEqual(menuLocatiebeheerder);
    expect(menuContactpersoon).toContain("oso.configureren");
    expect(menuLocatiebeheerder).toContain("oso.monitoren");
    await openMenu(locatiebeheerder, "Instellingen");
    await locatiebeheerder.getByRole("link", { name: "Scholen" }).click();
    await locatiebeheerder.getByRole("heading", { level: 1, name: "Schoolgegevens" }).waitFor();
  });

  it("ACC-03 a wrong password shows the Dutch error", async () => {
    const page = await nieuwePagina();
    await page.goto("/inloggen");
    await page.getByLabel("Gebruikersnaam").fill("locatiebeheerder");
    await page.getByLabel("Wachtwoord", { exact: true }).fill("niet-het-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();

    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("De combinatie van gebruikersnaam en wachtwoord is onjuist.");
    expect(new URL(page.url()).pathname).toBe("/inloggen");
  });

  it("HOME-04 the school year can be switched", async () => {
    const page = await nieuwePagina();
    await signIn(page, "locatiebeheerder", WACHTWOORD);
    const keuze = page.getByLabel("Schooljaar");
    const standaard = await keuze.inputValue();
    const jaren = await keuze
      .locator("option")
      .evaluateAll((opties) => opties.map((optie) => (optie as HTMLOptionElement).value));
    expect(jaren).toContain(standaard);
    const ander = jaren.find((jaar) => jaar !== standaard);
    expect(ander).toBeDefined();

    await keuze.selectOption(ander as string);
    expect(await keuze.inputValue()).toBe(ander);

    // The choice holds for the session: after a reload and on another screen.
    await page.reload();
    await page.getByTestId("locatie-naam").waitFor();
    expect(await page.getByLabel("Schooljaar").inputValue()).toBe(ander);
    await openMenu(page, "Help");
    await page.getByRole("link", { name: "Contactpersonen" }).click();
    await page.getByRole("heading", { level: 1, name: "Contactpersonen" }).waitFor();
    expect(await page.getByLabel("Schooljaar").inputValue()).toBe(ander);
  });

  it("sign out returns to the sign-in page", async () => {
    const page = await nieuwePagina();
    await signIn(page, "locatiebeheerder", WACHTWOORD);
    await page.getByRole("button", { name: /^Gebruikersmenu/ }).click();
    await page.getByRole("button", { name: "Uitloggen" }).click();

    await page.getByRole("button", { name: "Inloggen" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/inloggen");

    // The tokens are gone: the home page sends us back to sign in.
    await page.goto("/");
    await page.getByRole("button", { name: "Inloggen" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/inloggen");
  });

  it("REGION-01 one frontend build, each region's own name, colour and emblem: the sign-in page of Amstelland and of Amsterdam", async () => {
    for (const [url, naam, kleur, logo] of [
      [baseUrl, "ELK Amstelland", "#00589c", "/regio/amstelland.svg"],
      [inject("amsterdamUrl"), "ELK Amsterdam", "#ec0000", "/regio/amsterdam.svg"],
    ] as const) {
      const pagina = await newPage(browser, url);
      try {
        await pagina.goto("/inloggen");
        await pagina.getByRole("heading", { level: 1, name: naam }).waitFor();
        await expect
          .poll(() => pagina.evaluate(() => document.documentElement.style.getPropertyValue("--elk-accent")))
          .toBe(kleur);
        await expect.poll(() => pagina.title()).toContain(naam);
        // The region's own emblem, loaded (an image that failed has no natural width).
        const beeld = pagina.locator("img.elk-logo__beeld");
        await beeld.waitFor();
        expect(await beeld.getAttribute("src")).toBe(logo);
        await expect
          .poll(() => beeld.evaluate((img: HTMLImageElement) => img.naturalWidth))
          .toBeGreaterThan(0);
      } finally {
        await pagina.context().close();
      }
    }
  });
});
