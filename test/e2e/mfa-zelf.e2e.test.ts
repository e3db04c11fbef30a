import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { inloggen } from "../support/api";
import { actieveGebruiker, STERK_WACHTWOORD } from "../support/autorisatie";
import { axeFouten } from "../support/axe";
import { browserPerBestand, signIn } from "../support/browser";
import { onthoudGeheim, verseCode } from "../support/mfa";

/**
 * Issue #10, ACC-08: an aanmelder (no role that requires it) sets up its second factor on Mijn
 * gegevens, keeps its recovery codes, signs out, and signs in with the code; a recovery code then
 * signs in once and Mijn gegevens says how many are left. The account is made for this file, so no
 * other test uses its codes.
 */
describe("the own second factor in the web app (browser, #10)", () => {
  const baseUrl = inject("baseUrl");
  const { nieuwePagina } = browserPerBestand(baseUrl);

  async function wachtwoordStap(page: Page, gebruikersnaam: string): Promise<void> {
    await page.goto("/inloggen");
    await page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
    await page.getByLabel("Wachtwoord", { exact: true }).fill(STERK_WACHTWOORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("heading", { level: 2, name: "Code uit uw authenticator-app" }).waitFor();
  }

  it("#10 ACC-08 an aanmelder sets up two-step verification on Mijn gegevens, keeps ten recovery codes, and signs in with the code afterwards", async () => {
    const lb = await inloggen("locatiebeheerder");
    const { gebruikersnaam } = await actieveGebruiker(lb, { rollen: ["aanmelden"] });

    const page = await nieuwePagina();
    await signIn(page, gebruikersnaam, STERK_WACHTWOORD);
    await page.getByRole("button", { name: /^Gebruikersmenu/ }).click();
    await page.getByRole("link", { name: "Mijn gegevens" }).click();
    await page.getByRole("heading", { level: 2, name: "Tweestapsverificatie" }).waitFor();
    await page.getByText("Tweestapsverificatie staat uit.").waitFor();
    expect(await page.getByRole("button", { name: "Uitzetten" }).count()).toBe(0);

    await page.getByRole("button", { name: "Instellen" }).click();
    const wachtwoord = page.getByLabel("Uw wachtwoord", { exact: true });
    await expect.poll(() => wachtwoord.evaluate((el) => el === document.activeElement)).toBe(true);
    await wachtwoord.fill(STERK_WACHTWOORD);
    await page.getByRole("button", { name: "Doorgaan" }).click();

    const geheim = ((await page.getByTestId("mfa-geheim").textContent()) ?? "").trim();
    expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
    onthoudGeheim(baseUrl, gebruikersnaam, geheim);
    expect(
      await page.getByRole("link", { name: "Open in uw authenticator-app" }).getAttribute("href"),
    ).toContain(`secret=${geheim}`);
    await page.getByLabel("Code uit de app").fill(await verseCode(baseUrl, gebruikersnaam, geheim));
    await page.getByRole("button", { name: "Bevestigen" }).click();

    const lijst = page.getByTestId("herstelcodes");
    await lijst.waitFor();
    const codes = (await lijst.getByRole("listitem").allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    expect(await page.getByRole("link", { name: "Download als tekstbestand" }).getAttribute("download")).toBe(
      "elk-herstelcodes.txt",
    );
    expect(await axeFouten(page)).toEqual([]);
    await page.getByRole("button", { name: "Ik heb de codes bewaard" }).click();
    await page.getByText(/^Tweestapsverificatie staat aan sinds/).waitFor();
    await page.getByText("U heeft nog 10 ongebruikte herstelcodes.").waitFor();
    expect(await axeFouten(page)).toEqual([]);

    // This tab got new tokens when the other sessions ended: it is still signed in.
    await page.reload();
    await page.getByText(/^Tweestapsverificatie staat aan sinds/).waitFor();

    await page.getByRole("button", { name: /^Gebruikersmenu/ }).click();
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.getByRole("button", { name: "Inloggen" }).waitFor();

    // Signing in now asks the code of the new secret.
    await wachtwoordStap(page, gebruikersnaam);
    await page.getByLabel("Code", { exact: true }).fill(await verseCode(baseUrl, gebruikersnaam, geheim));
    await page.getByRole("button", { name: "Bevestigen" }).click();
    await page.getByTestId("locatie-naam").waitFor();

    // A lost phone: a recovery code signs in, and Mijn gegevens says how many are left.
    const ander = await nieuwePagina();
    await wachtwoordStap(ander, gebruikersnaam);
    await ander.getByLabel("Code", { exact: true }).fill(codes[0] ?? "");
    await ander.getByRole("button", { name: "Bevestigen" }).click();
    await ander.getByText("U bent ingelogd met een herstelcode. U heeft nog 9 herstelcodes over.").waitFor();
    await ander.getByRole("heading", { level: 1, name: "Mijn gegevens" }).waitFor();
  });
});
