import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { inloggenMetTokens } from "./api";
import { onthoudGeheim, verseCode, verseCodeNu } from "./mfa";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Debian's Chromium: no browser download, no network beyond the local stack. */
export const CHROMIUM_PATH = process.env.ELK_CHROMIUM ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * One Chromium for the test file (or describe block) that calls this, and a fresh page in its own
 * context for each `nieuwePagina()`; every page is closed after its test, the browser after all.
 */
export function browserPerBestand(baseUrl: string = inject("baseUrl")): {
  nieuwePagina: () => Promise<Page>;
  browser: () => Browser;
  /** The pages opened in this test, for helpers that open their own (ingelogdePagina). */
  paginas: Page[];
} {
  let browser: Browser | undefined;
  const paginas: Page[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(paginas.splice(0).map((page) => page.context().close()));
  });
  const huidig = (): Browser => {
    if (!browser) throw new Error("browserPerBestand: the browser starts in beforeAll");
    return browser;
  };
  return {
    browser: huidig,
    paginas,
    nieuwePagina: async () => {
      const page = await newPage(huidig(), baseUrl);
      paginas.push(page);
      return page;
    },
  };
}

/** A fresh page in its own context (own sessionStorage), Dutch, on the app's origin. */
export async function newPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/**
 * Signs in through the form and waits until the signed-in shell shows the location name. An
 * account with a second factor (issue #10) gets the code its authenticator app would show
 * (test/support/mfa.ts), after setting one up if the screen asks.
 */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  const ingelogd = page.getByTestId("locatie-naam");
  const code = page.getByLabel("Code", { exact: true });
  await ingelogd.or(code).first().waitFor();
  if (await code.isVisible()) {
    const basis = new URL(page.url()).origin;
    const isInstellen = await page.getByTestId("mfa-geheim").isVisible();
    // Each code signs in once per 30-second step: when this user's codes of now are used up (many
    // sign-ins in a row), the tab gets a renewed session of an earlier sign-in with a code instead
    // of waiting for the next step. mfa.e2e.test.ts and the first sign-ins go through the code form.
    const nu = isInstellen ? undefined : verseCodeNu(basis, username);
    if (isInstellen) await vulCodeIn(page, username);
    else if (nu === undefined) await sessieVanEerdereAanmelding(page, basis, username, password);
    else {
      await code.fill(nu);
      await page.getByRole("button", { name: "Bevestigen" }).click();
    }
  }
  await ingelogd.waitFor();
}

/** The web app's session (frontend/src/lib/session.ts) from a renewal of the helper's session. */
async function sessieVanEerdereAanmelding(
  page: Page,
  basis: string,
  username: string,
  password: string,
): Promise<void> {
  const tokens = await inloggenMetTokens(username, password, basis);
  await page.evaluate((t) => {
    sessionStorage.setItem(
      "elk.sessie",
      JSON.stringify({
        accessToken: t.accessToken,
        idToken: t.idToken,
        verlooptOp: Date.now() + t.verlooptOver * 1000,
      }),
    );
  }, tokens);
  await page.goto("/");
}

/** The second factor's step on screen: set up (the secret as shown) or not, the code of now. */
export async function vulCodeIn(page: Page, username: string): Promise<void> {
  const basis = new URL(page.url()).origin;
  const geheimVeld = page.getByTestId("mfa-geheim");
  let geheim: string | undefined;
  if (await geheimVeld.isVisible()) {
    geheim = (await geheimVeld.textContent())?.trim() || undefined;
    if (geheim) onthoudGeheim(basis, username, geheim);
  }
  await page.getByLabel("Code", { exact: true }).fill(await verseCode(basis, username, geheim));
  await page.getByRole("button", { name: "Bevestigen" }).click();
}

/** Opens a disclosure menu in the header by its button's name. */
export async function openMenu(page: Page, name: string): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}

/** GET an API route as the signed-in user of `page`, with the token the app keeps in sessionStorage. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (pad) => {
    const sessie = JSON.parse(sessionStorage.getItem("elk.sessie") ?? "{}") as { accessToken?: string };
    const antwoord = await fetch(pad, { headers: { Authorization: `Bearer ${sessie.accessToken ?? ""}` } });
    if (!antwoord.ok) throw new Error(`GET ${pad}: HTTP ${antwoord.status}`);
    return antwoord.json();
  }, path) as Promise<T>;
}

/**
 * A signed-in page of a demo user (or any user with `wachtwoord`), kept in `paginas` so the test
 * file's afterEach closes it.
 */
export async function ingelogdePagina(
  browser: Browser,
  baseUrl: string,
  gebruikersnaam: string,
  paginas: Page[],
  wachtwoord = "Demo-ELK-2026!",
): Promise<Page> {
  const pagina = await newPage(browser, baseUrl);
  paginas.push(pagina);
  await signIn(pagina, gebruikersnaam, wachtwoord);
  return pagina;
}

/** Through the main menu: `menu` > `item`, until the screen's heading `kop` shows. */
export async function naarScherm(pagina: Page, menu: string, item: string, kop: string): Promise<void> {
  await openMenu(pagina, menu);
  await pagina
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: item, exact: true })
    .click();
  await pagina.getByRole("heading", { level: 1, name: kop }).waitFor();
}
