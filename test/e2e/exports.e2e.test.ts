import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEMO_WACHTWOORD } from "../support/api";
import { browserPerBestand, signIn } from "../support/browser";
import { leesWerkboek } from "../support/exports";
import { aangemeldKind } from "../support/leerlingen";

describe("exports (browser)", () => {
  const { nieuwePagina } = browserPerBestand();

  it("EXP-01 WCAG Bulkacties > Export aanmeldingenoverzicht of the pupils the search shows: the menu closes, progress, then a download at the first click", async () => {
    const kind = await aangemeldKind();
    const page = await nieuwePagina();
    await signIn(page, "plaatser", DEMO_WACHTWOORD);
    const zoek = kind.naam.split(" ")[1] ?? kind.naam;
    await page.goto(`/leerlingen/overzicht?zoek=${encodeURIComponent(zoek)}`);
    await page.getByRole("row", { name: new RegExp(kind.elkNummer) }).waitFor();

    const bulkacties = page.getByRole("button", { name: "Bulkacties" });
    await bulkacties.click();
    await page.getByRole("button", { name: "Export aanmeldingenoverzicht" }).click();
    // WCAG: choosing the action closes the menu and gives the focus back to its button, so the
    // next click (Downloaden) lands where the user sees it.
    await expect.poll(() => bulkacties.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => bulkacties.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.getByText("Export Aanmeldingenoverzicht is klaar: 1 leerling.").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Downloaden" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Aanmeldingenoverzicht Amstelveen College .*\.xlsx$/);
    const pad = await download.path();
    const { koppen, rijen } = await leesWerkboek(await readFile(pad));
    expect(koppen[0]).toBe("ELK-nummer");
    expect(rijen.map((r) => r["ELK-nummer"])).toEqual([kind.elkNummer]);
    expect(rijen[0]?.["Keuze 1 school"]).toBe("Amstelveen College");
  });
});
