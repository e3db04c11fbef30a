import { randomUUID } from "node:crypto";
import type { GebruikerRegel } from "@elk/contracts";
import { describe, expect, inject, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { axeFouten } from "../support/axe";
import { browserPerBestand } from "../support/browser";
import { tokenUitLink, wachtOpMail } from "../support/mailbox";
import { codeVoorStap, DEMO_TOTP_GEHEIM, verseCode } from "../support/mfa";

const STERK = "Sterk-Wachtw00rd!";

/**
 * Issue #10: the sign-in screen's second step, by keyboard, and setting it up at activation; both
 * screens scanned with axe-core (WCAG 2.1 AA).
 */
describe("two-step verification in the web app (browser, #10)", () => {
  const baseUrl = inject("baseUrl");
  const { nieuwePagina } = browserPerBestand(baseUrl);

  it("#10 PRIV the regiobeheerder signs in with the code of its authenticator app, keyboard only; a wrong code gets a Dutch message", async () => {
    const page = await nieuwePagina();
    await page.goto("/inloggen");
    await page.getByLabel("Gebruikersnaam").focus();
    await page.keyboard.type("regiobeheerder");
    await page.keyboard.press("Tab");
    await page.keyboard.type(DEMO_WACHTWOORD);
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { level: 2, name: "Code uit uw authenticator-app" }).waitFor();
    const code = page.getByLabel("Code", { exact: true });
    // The code field has the focus, its purpose is announced, no tokens are kept yet.
    await expect.poll(() => code.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await code.getAttribute("autocomplete")).toBe("one-time-code");
    expect(await page.evaluate(() => sessionStorage.getItem("elk.sessie"))).toBeNull();

    const goed = new Set(
      [-1, 0, 1].map((d) => codeVoorStap(DEMO_TOTP_GEHEIM, Math.floor(Date.now() / 30_000) + d)),
    );
    const fout = ["000000", "111111", "222222", "333333"].find((c) => !goed.has(c)) ?? "444444";
    await page.keyboard.type(fout);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toBe("De code is onjuist of verlopen. Vul de code in die uw authenticator-app nu toont.");
    await expect.poll(() => code.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeFouten(page)).toEqual([]);

    await page.keyboard.type(await verseCode(baseUrl, "regiobeheerder"));
    await page.keyboard.press("Enter");
    await page.getByTestId("locatie-naam").waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("elk.sessie"))).toContain("accessToken");
  });

  it("#10 PRIV ACC-03 a new contactpersoon ELK sets up its second factor right after choosing its password: the secret as text and an otpauth link, then the code", async () => {
    const rb = await inloggen("regiobeheerder");
    const email = `e2e-mfa-${randomUUID().slice(0, 8)}@example.org`;
    const toegevoegd = await api<GebruikerRegel>("POST", "/api/gebruikers", {
      token: rb,
      body: {
        voornaam: "Iris",
        achternaam: "Instel",
        email,
        rollen: ["contactpersoon-elk"],
        organisatieType: "bestuur",
        bestuurId: "ovo-amstelveen",
      },
    });
    expect(toegevoegd.status).toBe(200);
    const { url } = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren");

    const page = await nieuwePagina();
    await page.goto(url);
    await page.getByRole("heading", { level: 1, name: "Inloggegevens instellen" }).waitFor();
    const gebruikersnaam = `e2e-mfa-${randomUUID().slice(0, 6)}`;
    await page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
    await page.getByLabel("Wachtwoord", { exact: true }).fill(STERK);
    await page.getByLabel("Herhaal wachtwoord").fill(STERK);
    await page.getByRole("button", { name: "Stel gegevens in" }).click();

    await page.getByRole("heading", { level: 2, name: "Tweestapsverificatie instellen" }).waitFor();
    const geheim = ((await page.getByTestId("mfa-geheim").textContent()) ?? "").trim();
    expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
    const link = page.getByRole("link", { name: "Open in uw authenticator-app" });
    expect(await link.getAttribute("href")).toBe(
      `otpauth://totp/ELK%20Amstelland%3A${gebruikersnaam}?secret=${geheim}&issuer=ELK+Amstelland&algorithm=SHA1&digits=6&period=30`,
    );
    expect(await page.evaluate(() => sessionStorage.getItem("elk.sessie"))).toBeNull();
    await page
      .getByLabel("Code", { exact: true })
      .fill(codeVoorStap(geheim, Math.floor(Date.now() / 30_000)));
    await page.getByRole("button", { name: "Bevestigen" }).click();
    await page.getByTestId("locatie-naam").waitFor();
    expect(await page.getByTestId("locatie-naam").textContent()).toContain("Amstelveen");

    // Signing in later asks for the code of that secret.
    const later = await nieuwePagina();
    await later.goto("/inloggen");
    await later.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
    await later.getByLabel("Wachtwoord", { exact: true }).fill(STERK);
    await later.getByRole("button", { name: "Inloggen" }).click();
    await later.getByRole("heading", { level: 2, name: "Code uit uw authenticator-app" }).waitFor();
    expect(await later.getByTestId("mfa-geheim").count()).toBe(0);
    await later
      .getByLabel("Code", { exact: true })
      .fill(codeVoorStap(geheim, Math.floor(Date.now() / 30_000) + 1));
    await later.getByRole("button", { name: "Bevestigen" }).click();
    await later.getByTestId("locatie-naam").waitFor();
  });
});
