import { describe, expect, inject, it } from "vitest";
import { DEMO_WACHTWOORD, inloggen } from "../support/api";
import { actieveGebruiker, STERK_WACHTWOORD } from "../support/autorisatie";
import { axeFouten } from "../support/axe";
import { browserPerBestand, ingelogdePagina, openMenu } from "../support/browser";

describe("Instellingen > Gebruikers: blocking an account (issue #10, browser)", () => {
  const baseUrl = inject("baseUrl");
  const { browser, paginas } = browserPerBestand(baseUrl);

  it("#10 a contactpersoon ELK blocks a user, whose open screen is signed out, then unblocks it", async () => {
    const gebruiker = await actieveGebruiker(await inloggen("locatiebeheerder"), { achternaam: "Blokkade" });
    const zelf = await ingelogdePagina(
      browser(),
      baseUrl,
      gebruiker.gebruikersnaam,
      paginas,
      STERK_WACHTWOORD,
    );
    const page = await ingelogdePagina(browser(), baseUrl, "contactpersoon", paginas, DEMO_WACHTWOORD);

    await openMenu(page, "Instellingen");
    await page
      .getByRole("navigation", { name: "Servicemenu" })
      .getByRole("link", { name: "Gebruikers" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Gebruikers" }).waitFor();
    const rij = page
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: gebruiker.gebruikersnaam, exact: true }) });

    // Blocking asks first, then says what happened; the list shows the account blocked.
    await rij.getByRole("button", { name: "Account van Matrix Blokkade blokkeren" }).click();
    const blokkeren = page.getByRole("alertdialog", { name: "Account blokkeren" });
    await blokkeren.getByRole("button", { name: "Ja, blokkeren" }).click();
    await page
      .getByText(
        "Het account van Matrix Blokkade is geblokkeerd. Matrix Blokkade is overal uitgelogd en kan niet meer inloggen.",
      )
      .waitFor();
    await rij.getByText("Geblokkeerd", { exact: true }).waitFor();

    // The blocked user's open screen loses its session at the next call.
    await zelf.reload();
    await zelf.getByRole("button", { name: "Inloggen" }).waitFor();

    await rij.getByRole("button", { name: "Account van Matrix Blokkade deblokkeren" }).click();
    const deblokkeren = page.getByRole("alertdialog", { name: "Account deblokkeren" });
    await deblokkeren.waitFor();
    // The confirmation, as every dialog of the app: WCAG 2.1 AA.
    expect(await axeFouten(page)).toEqual([]);
    await deblokkeren.getByRole("button", { name: "Ja, deblokkeren" }).click();
    await page
      .getByText("Het account van Matrix Blokkade is gedeblokkeerd. Matrix Blokkade kan weer inloggen.")
      .waitFor();
    await rij.getByText("Actief", { exact: true }).waitFor();
  });
});
