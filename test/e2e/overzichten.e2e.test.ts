import type { StatusOverzicht } from "@elk/contracts";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_WACHTWOORD } from "../support/api";
import { apiGet, browserPerBestand, openMenu, signIn } from "../support/browser";
import { aangemeldKind } from "../support/leerlingen";

/**
 * The doorstroomtoets and the overviews in the browser: the primary school enters the results on
 * the pupil's oki-doc page and may raise the advice, never lower it (PO-02); the VO school finds
 * them in Overzichten > VO – Resultaten doorstroomtoets (EXP-03); Overzichten > Status aanmeldingen
 * counts the registrations per status and per afdeling, for one school or the whole region (HOME-02).
 */
describe("doorstroomtoets and overviews (browser)", () => {
  const { nieuwePagina } = browserPerBestand();

  async function ingelogd(gebruikersnaam: string): Promise<Page> {
    const pagina = await nieuwePagina();
    await signIn(pagina, gebruikersnaam, DEMO_WACHTWOORD);
    return pagina;
  }

  /** Through the main menu: Overzichten > the screen. */
  async function openOverzicht(pagina: Page, scherm: string): Promise<void> {
    await openMenu(pagina, "Overzichten");
    await pagina
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: scherm, exact: true })
      .click();
    await pagina.getByRole("heading", { level: 1, name: scherm }).waitFor();
  }

  const keuze = (plek: Page | Locator, naam: string) =>
    plek.getByRole("combobox", { name: naam, exact: true });

  /** A table's row as column header → cell text. */
  async function rijVan(tabel: Locator, rij: Locator): Promise<Record<string, string>> {
    const koppen = await tabel.locator("thead th").allTextContents();
    const cellen = await rij.locator("th, td").allTextContents();
    return Object.fromEntries(koppen.map((kop, i) => [kop.trim(), (cellen[i] ?? "").trim()]));
  }

  it("PO-02 EXP-03 the primary school enters the results on the oki-doc page and raises the advice (lowering refused); the VO school finds them in its overview", async () => {
    // A pupil of OBS De Populier with advice havo, registered at Amstelveen College.
    const kind = await aangemeldKind();

    const po = await ingelogd("po-gebruiker");
    await po.goto(`/leerlingen/po/okidoc?leerling=${encodeURIComponent(kind.leerlingId)}`);
    await po.getByRole("heading", { level: 1, name: `Oki-doc van ${kind.naam}` }).waitFor();
    const sectie = po.getByRole("region", { name: "Resultaten doorstroomtoets" });
    await keuze(sectie, "Lezen").selectOption({ label: "2F" });
    await keuze(sectie, "Taalverzorging").selectOption({ label: "1F" });
    // The arithmetic domain reports 1S, not 2F.
    expect(await keuze(sectie, "Rekenen").locator("option").allTextContents()).toEqual([
      "Kies…",
      "Lager dan 1F",
      "1F",
      "1S",
    ]);
    await keuze(sectie, "Rekenen").selectOption({ label: "1S" });
    await sectie
      .getByRole("textbox", { name: "Doorstroomtoets (naam en datum van afname)", exact: true })
      .fill("Route 8, februari 2027");
    // The advice may be raised: only havo and higher are offered.
    const advies = keuze(sectie, "Advies na de doorstroomtoets");
    expect(await advies.inputValue()).toBe("havo");
    expect(await advies.locator("option").allTextContents()).toEqual(["Kies…", "havo", "havo/vwo", "vwo"]);
    await advies.selectOption({ label: "havo/vwo" });
    await sectie.getByRole("button", { name: "Uitslag opslaan", exact: true }).click();
    await sectie
      .getByRole("status")
      .filter({ hasText: "De uitslag van de doorstroomtoets is opgeslagen." })
      .waitFor();

    // Lowering it again (the page still offers havo) is refused, in Dutch.
    await advies.selectOption({ label: "havo" });
    await sectie.getByRole("button", { name: "Uitslag opslaan", exact: true }).click();
    await sectie
      .getByText(
        "Het advies kan na de doorstroomtoets alleen worden verhoogd, niet verlaagd. Het huidige advies is havo/vwo.",
        { exact: true },
      )
      .waitFor();
    await sectie.getByText("Kies havo/vwo of een hoger advies.", { exact: true }).waitFor();
    expect(await advies.getAttribute("aria-invalid")).toBe("true");

    // After a reload: the results as saved, and the raised advice is the floor.
    await po.reload();
    await po.getByRole("heading", { level: 1, name: `Oki-doc van ${kind.naam}` }).waitFor();
    expect(await keuze(sectie, "Lezen").inputValue()).toBe("2f");
    expect(await keuze(sectie, "Taalverzorging").inputValue()).toBe("1f");
    expect(await keuze(sectie, "Rekenen").inputValue()).toBe("1s");
    expect(
      await sectie
        .getByRole("textbox", { name: "Doorstroomtoets (naam en datum van afname)", exact: true })
        .inputValue(),
    ).toBe("Route 8, februari 2027");
    expect(await advies.inputValue()).toBe("havo/vwo");
    expect(await advies.locator("option").allTextContents()).toEqual(["Kies…", "havo/vwo", "vwo"]);
    // One place to enter them: the oki-doc's own form has no level fields.
    expect(await keuze(po, "Rekenen").count()).toBe(1);

    // EXP-03: the locatiebeheerder of Amstelveen College finds the pupil with its results.
    const vo = await ingelogd("locatiebeheerder");
    await openOverzicht(vo, "VO – Resultaten doorstroomtoets");
    const tabel = vo.getByRole("table", { name: /aangemelde leerlingen$/ });
    const rij = tabel.getByRole("row").filter({ hasText: kind.elkNummer });
    await rij.waitFor();
    expect(await rijVan(tabel, rij)).toMatchObject({
      "ELK-nummer": kind.elkNummer,
      Naam: kind.naam,
      Basisschool: "OBS De Populier",
      Advies: "havo",
      "Bijgesteld advies": "havo/vwo",
      Lezen: "2F",
      Taalverzorging: "1F",
      Rekenen: "1S",
    });
  });

  it("HOME-02 Status aanmeldingen: the locatiebeheerder's counts per status and per afdeling as tables, matching the API; the region administrator sees every school", async () => {
    await aangemeldKind();

    const vo = await ingelogd("locatiebeheerder");
    await openOverzicht(vo, "Status aanmeldingen");
    const perStatus = vo.getByRole("table", { name: "Aanmeldingen per status, Amstelveen College" });
    await perStatus.waitFor();
    const eigen = await apiGet<StatusOverzicht>(vo, "/api/overzichten/status");
    expect(eigen.regio).toBe(false);
    expect(eigen.scholen.map((s) => s.schoolNaam)).toEqual(["Amstelveen College"]);
    const school = eigen.scholen[0];
    const aangemeld = school?.perStatus.find((s) => s.status === "aangemeld");
    expect(aangemeld?.aantal).toBeGreaterThan(0);
    // The same number on the screen as the API counts.
    const statusRij = perStatus.getByRole("row").filter({
      has: vo.getByRole("rowheader", { name: aangemeld?.label ?? "", exact: true }),
    });
    expect(await rijVan(perStatus, statusRij)).toEqual({
      Status: aangemeld?.label,
      Aantal: String(aangemeld?.aantal),
    });
    await vo
      .getByRole("heading", { level: 3, name: `Per status (${school?.totaal} aanmeldingen)`, exact: true })
      .waitFor();

    const perAfdeling = vo.getByRole("table", {
      name: "Aanmeldingen per afdeling tegen de capaciteit, Amstelveen College",
    });
    const havo = school?.perAfdeling.find((a) => a.afdelingId === "havo");
    expect(havo?.capaciteit).toBeGreaterThan(0);
    const afdelingRij = perAfdeling.getByRole("row").filter({
      has: vo.getByRole("rowheader", { name: havo?.naam ?? "", exact: true }),
    });
    expect(await rijVan(perAfdeling, afdelingRij)).toMatchObject({
      Afdeling: havo?.naam,
      "Aangemeld (in behandeling)": String(havo?.aangemeld),
      Geplaatst: String(havo?.geplaatst),
    });
    expect(await perAfdeling.getByRole("row").count()).toBe((school?.perAfdeling.length ?? 0) + 1);

    // The region administrator: one block per VO school of the region, the same numbers.
    const rb = await ingelogd("regiobeheerder");
    await openOverzicht(rb, "Status aanmeldingen");
    await rb.getByRole("heading", { level: 2, name: "Amstelveen College", exact: true }).waitFor();
    const regio = await apiGet<StatusOverzicht>(rb, "/api/overzichten/status");
    expect(regio.regio).toBe(true);
    expect(regio.scholen.length).toBeGreaterThan(5);
    expect(await rb.getByRole("table", { name: /^Aanmeldingen per status, / }).count()).toBe(
      regio.scholen.length,
    );
    for (const s of regio.scholen) {
      await rb.getByRole("heading", { level: 2, name: s.schoolNaam, exact: true }).waitFor();
    }
    const amstelveen = rb.getByRole("region", { name: "Amstelveen College" });
    await amstelveen
      .getByRole("heading", { level: 3, name: `Per status (${school?.totaal} aanmeldingen)`, exact: true })
      .waitFor();
  });
});
