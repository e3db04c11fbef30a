import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { browserPerBestand, openMenu, signIn } from "../support/browser";
import { tokenUitLink, wachtOpMail } from "../support/mailbox";

const STERK = "Sterk-Wachtw00rd!";
const uniek = () => randomUUID().slice(0, 8);
const uniekAdres = () => `e2e-${uniek()}@example.org`;

describe("accounts: invitation, sign-in details, passwords, meekijken (browser)", () => {
  const { nieuwePagina } = browserPerBestand();

  async function naarGebruikers(page: Page): Promise<void> {
    await openMenu(page, "Instellingen");
    await page
      .getByRole("navigation", { name: "Servicemenu" })
      .getByRole("link", { name: "Gebruikers" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Gebruikers" }).waitFor();
    await page.getByRole("table").waitFor();
  }

  async function uitloggen(page: Page): Promise<void> {
    await page.getByRole("button", { name: /^Gebruikersmenu/ }).click();
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.getByRole("button", { name: "Inloggen" }).waitFor();
  }

  /** Invites a user of Amstelveen College as its locatiebeheerder would, through the API; returns the mail's link. */
  async function uitnodiging(email: string): Promise<string> {
    const token = await inloggen("locatiebeheerder");
    const res = await api("POST", "/api/gebruikers", {
      token,
      body: { voornaam: "Wachtwoord", achternaam: "Tester", email, rollen: ["aanmelden"] },
    });
    expect(res.status).toBe(200);
    return tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren").url;
  }

  /** Follows the link from "Inloggegevens instellen" and fills in the screen. */
  async function stelGegevensIn(page: Page, url: string, gebruikersnaam: string): Promise<void> {
    await page.goto(url);
    await page.getByRole("heading", { level: 1, name: "Inloggegevens instellen" }).waitFor();
    await page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
    await page.getByLabel("Wachtwoord", { exact: true }).fill(STERK);
    await page.getByLabel("Herhaal wachtwoord").fill(STERK);
    await page.getByRole("button", { name: "Stel gegevens in" }).click();
  }

  it("ACC-01 ACC-02 ACC-03 a locatiebeheerder invites a user, who sets username and password from the mail and is signed in", async () => {
    const beheerder = await nieuwePagina();
    await signIn(beheerder, "locatiebeheerder", DEMO_WACHTWOORD);
    await naarGebruikers(beheerder);
    await beheerder.getByRole("button", { name: "Gebruiker toevoegen" }).click();

    // ACC-01: mandatory fields are marked; a locatiebeheerder picks no organisation.
    const formulier = beheerder.getByRole("region", { name: "Gebruiker toevoegen" });
    await formulier.waitFor();
    await formulier.getByText("verplicht veld").waitFor();
    expect(await formulier.getByLabel("Type organisatie").count()).toBe(0);
    // ACC-02: the creator cannot fill in the username.
    expect(await formulier.getByLabel("Gebruikersnaam").isDisabled()).toBe(true);

    const email = uniekAdres();
    await formulier.getByLabel("Voornaam").fill("Fatima");
    await formulier.getByLabel("Achternaam").fill("El Amrani");
    await formulier.getByLabel("E-mailadres").fill(email);
    await formulier.getByLabel("Aanmelden", { exact: true }).check();
    await formulier.getByRole("button", { name: "Opslaan" }).click();
    await beheerder
      .getByText(
        `De gebruiker is toegevoegd. Er is een e-mail 'Inloggegevens instellen' verstuurd naar ${email}.`,
      )
      .waitFor();
    const rij = beheerder.getByRole("row").filter({ hasText: email });
    await rij.waitFor();
    expect(await rij.textContent()).toContain("nog niet ingesteld");

    // ACC-02 ACC-03: the link from the mail, in a fresh browser(): no sign-in needed, no /api/mij asked.
    const { url } = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren");
    const gebruiker = await nieuwePagina();
    const aanroepen: string[] = [];
    gebruiker.on("request", (verzoek) => aanroepen.push(new URL(verzoek.url()).pathname));
    await gebruiker.goto(url);
    await gebruiker.getByRole("button", { name: "Stel gegevens in" }).waitFor();
    await gebruiker.getByText("Welkom, Fatima El Amrani.").waitFor();
    await gebruiker.getByText(/account voor Amstelveen College/).waitFor();
    expect(await gebruiker.getByLabel("Gebruikersnaam").inputValue()).toBe(email);
    await gebruiker.getByText("minimaal 10 tekens").waitFor();
    expect(aanroepen).not.toContain("/api/mij");

    const gebruikersnaam = `fatima-${uniek()}`;
    await gebruiker.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
    await gebruiker.getByLabel("Wachtwoord", { exact: true }).fill(STERK);
    await gebruiker.getByLabel("Herhaal wachtwoord").fill(STERK);
    await gebruiker.getByRole("button", { name: "Stel gegevens in" }).click();

    // Signed in at once, on the home page, with the location under the user menu (ACC-04).
    await gebruiker.getByRole("heading", { level: 1, name: "Welkom bij ELK Amstelland" }).waitFor();
    expect(new URL(gebruiker.url()).pathname).toBe("/");
    expect((await gebruiker.getByTestId("locatie-naam").textContent())?.trim()).toBe("Amstelveen College");

    // The chosen username and password sign in from now on.
    await uitloggen(gebruiker);
    await signIn(gebruiker, gebruikersnaam, STERK);
    expect((await gebruiker.getByTestId("locatie-naam").textContent())?.trim()).toBe("Amstelveen College");

    // ACC-02: the link works once.
    await gebruiker.goto(url);
    const melding = gebruiker.getByRole("alert");
    await melding.waitFor();
    expect(await melding.textContent()).toMatch(/al gebruikt/);
    await gebruiker.getByRole("link", { name: "Naar de inlogpagina" }).waitFor();
    expect(await gebruiker.getByRole("button", { name: "Stel gegevens in" }).count()).toBe(0);
  });

  it("ACC-03 a taken username is refused with a clear message", async () => {
    const email = uniekAdres();
    const url = await uitnodiging(email);
    const page = await nieuwePagina();
    await stelGegevensIn(page, url, "locatiebeheerder");

    const fout = page.getByText(
      'De gebruikersnaam "locatiebeheerder" is al in gebruik. Kies een andere gebruikersnaam.',
    );
    await fout.waitFor();
    // The message sits at the username field, which is marked invalid and has the focus.
    const veld = page.getByLabel("Gebruikersnaam");
    expect(await veld.getAttribute("aria-invalid")).toBe("true");
    expect(await veld.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/activeren");

    // Another name then works with the same link.
    await stelGegevensIn(page, url, `ander-${uniek()}`);
    await page.getByTestId("locatie-naam").waitFor();
  });

  it("ACC-01 ACC-05 a contactpersoon ELK first picks type and school, and can reset a user", async () => {
    const page = await nieuwePagina();
    await signIn(page, "contactpersoon", DEMO_WACHTWOORD);
    await naarGebruikers(page);
    await page.getByRole("button", { name: "Gebruiker toevoegen" }).click();
    const formulier = page.getByRole("region", { name: "Gebruiker toevoegen" });

    // Type of organisation first; the schools offered are those of that type within the bestuur.
    const school = formulier.getByLabel("School", { exact: true });
    expect(await school.isDisabled()).toBe(true);
    await formulier.getByLabel("Type organisatie").selectOption("vo");
    const scholen = await school.locator("option").allTextContents();
    expect(scholen).toEqual(expect.arrayContaining(["Amstelveen College", "Amstelveen College Westwijk"]));
    await school.selectOption({ label: "Amstelveen College Westwijk" });

    const email = uniekAdres();
    await formulier.getByLabel("Voornaam").fill("Lieke");
    await formulier.getByLabel("Achternaam").fill("Beheer");
    await formulier.getByLabel("E-mailadres").fill(email);
    await formulier.getByLabel("Beheren", { exact: true }).check();
    await formulier.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText(`verstuurd naar ${email}.`, { exact: false }).waitFor();
    const rij = page.getByRole("row").filter({ hasText: email });
    expect(await rij.textContent()).toContain("Amstelveen College Westwijk");
    await wachtOpMail(email, "Inloggegevens instellen");

    // ACC-05: resetting asks first, then sends "Inloggegevens instellen" again.
    await rij.getByRole("button", { name: "Gebruikersnaam en wachtwoord van Lieke Beheer resetten" }).click();
    const dialoog = page.getByRole("alertdialog", { name: "Gebruikersnaam en wachtwoord resetten" });
    await dialoog.waitFor();
    await dialoog.getByRole("button", { name: "Ja, resetten" }).click();
    await page
      .getByText(`Er is een nieuwe e-mail 'Inloggegevens instellen' verstuurd naar ${email}.`)
      .waitFor();
    await wachtOpMail(email, "Inloggegevens instellen", 1);
  });

  it("ACC-07 a contactpersoon ELK looks along as a user of its bestuur and signs out to return", async () => {
    const page = await nieuwePagina();
    await signIn(page, "contactpersoon", DEMO_WACHTWOORD);
    await naarGebruikers(page);

    const rij = page
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: "locatiebeheerder", exact: true }) });
    await rij.getByRole("button", { name: "Meekijken als Lotte Beheerder" }).click();

    const banner = page.getByText("U kijkt mee als Lotte Beheerder (ingelogd als Sanne Wilbrink)");
    await banner.waitFor();
    await banner.waitFor();
    expect((await page.getByTestId("locatie-naam").textContent())?.trim()).toBe("Amstelveen College");

    // ACC-08 not while looking along: Mijn gegevens only says why.
    await page.getByRole("button", { name: /^Gebruikersmenu/ }).click();
    await page.getByRole("link", { name: "Mijn gegevens" }).click();
    await page.getByRole("heading", { level: 1, name: "Mijn gegevens" }).waitFor();
    await page.getByText(/tijdens het meekijken niet wijzigen/).waitFor();
    expect(await page.getByRole("button", { name: "Wachtwoord wijzigen" }).count()).toBe(0);

    // Only signing out ends it.
    await uitloggen(page);
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    expect(await page.evaluate(() => sessionStorage.getItem("elk.meekijken"))).toBeNull();
    await signIn(page, "contactpersoon", DEMO_WACHTWOORD);
    expect((await page.getByTestId("locatie-naam").textContent())?.trim()).toBe("St Openbaar VO Amstelveen");
    expect(await page.getByText(/U kijkt mee als/).count()).toBe(0);
  });

  it("ACC-05 Wachtwoord vergeten sends a link that sets a new password", async () => {
    const email = uniekAdres();
    const gebruikersnaam = `vergeten-${uniek()}`;
    const activeren = await nieuwePagina();
    await stelGegevensIn(activeren, await uitnodiging(email), gebruikersnaam);
    await activeren.getByTestId("locatie-naam").waitFor();

    const page = await nieuwePagina();
    await page.goto("/inloggen");
    await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/wachtwoord-vergeten");
    await page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
    await page.getByRole("button", { name: "Verstuur" }).click();
    await page.getByText(/Als deze gebruikersnaam bij ons bekend is/).waitFor();

    const mail = await wachtOpMail(email, "Nieuw wachtwoord instellen voor ELK Amstelland");
    const { url } = tokenUitLink(mail, "/wachtwoord-herstellen");
    await page.goto(url);
    await page.getByRole("heading", { level: 1, name: "Nieuw wachtwoord instellen" }).waitFor();
    await page.getByText(gebruikersnaam, { exact: true }).waitFor();
    const nieuw = "Nog-Sterker-2027?";
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(nieuw);
    await page.getByLabel("Herhaal nieuw wachtwoord").fill(nieuw);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await page.getByText(/Uw nieuwe wachtwoord is opgeslagen/).waitFor();

    await page.getByRole("link", { name: "Naar de inlogpagina" }).click();
    await signIn(page, gebruikersnaam, nieuw);
    expect((await page.getByTestId("locatie-naam").textContent())?.trim()).toBe("Amstelveen College");
  });

  it("ACC-08 the user menu's Mijn gegevens changes the own name and password", async () => {
    const email = uniekAdres();
    const gebruikersnaam = `mijn-${uniek()}`;
    const page = await nieuwePagina();
    await stelGegevensIn(page, await uitnodiging(email), gebruikersnaam);
    await page.getByTestId("locatie-naam").waitFor();

    await page.getByRole("button", { name: /^Gebruikersmenu/ }).click();
    await page.getByRole("link", { name: "Mijn gegevens" }).click();
    await page.getByRole("heading", { level: 1, name: "Mijn gegevens" }).waitFor();
    expect(await page.getByLabel("Voornaam").inputValue()).toBe("Wachtwoord");
    expect(await page.getByLabel("Achternaam").inputValue()).toBe("Tester");
    await page.getByLabel("Voornaam").fill("Willemijn");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("Uw gegevens zijn opgeslagen.").waitFor();
    await page.getByRole("button", { name: "Gebruikersmenu van Willemijn Tester" }).waitFor();

    await page.getByLabel("Huidig wachtwoord").fill("niet-het-wachtwoord");
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("Ander-Wachtw00rd!");
    await page.getByLabel("Herhaal nieuw wachtwoord").fill("Ander-Wachtw00rd!");
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await page.getByText("Het huidige wachtwoord is niet juist.").first().waitFor();
    expect(await page.getByLabel("Huidig wachtwoord").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Huidig wachtwoord").fill(STERK);
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await page.getByText("Uw wachtwoord is gewijzigd.").waitFor();
    await uitloggen(page);
    await signIn(page, gebruikersnaam, "Ander-Wachtw00rd!");
  });
});
