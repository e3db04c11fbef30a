import { randomUUID } from "node:crypto";
import type { LeerlingRegel, PoOkidoc } from "@elk/contracts";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { apiGet, browserPerBestand, openMenu, signIn } from "../support/browser";
import { nieuwBsn } from "../support/bsn";

/**
 * The oki-doc in the browser (PO-01): the primary school opens it from Leerlingen groep 8, fills in
 * the form, adds a bijlage, is told what is missing, and releases it; then it is read-only. The
 * doorstroomtoets levels are entered once, in their own section (PO-02). The pupil is new, made
 * through the API by the school's own user.
 */
describe("the oki-doc of a primary school's pupil (browser)", () => {
  const { nieuwePagina } = browserPerBestand();

  const knop = (plek: Page | Locator, naam: string) => plek.getByRole("button", { name: naam, exact: true });
  const tekstvak = (plek: Page | Locator, naam: string) =>
    plek.getByRole("textbox", { name: naam, exact: true });
  const keuze = (plek: Page | Locator, naam: string) =>
    plek.getByRole("combobox", { name: naam, exact: true });

  async function nieuweLeerling(): Promise<LeerlingRegel> {
    const res = await api<LeerlingRegel>("POST", "/api/po/leerlingen", {
      token: await inloggen("po-gebruiker"),
      body: {
        schooljaar: "2026-2027",
        roepnaam: "Zoë",
        achternaam: `Okidoc-${randomUUID().slice(0, 6)}`,
        bsn: nieuwBsn(),
        geboortedatum: "2014-04-02",
        geslacht: "v",
        adres: { straat: "Populierenlaan", huisnummer: "21", postcode: "1185 SB", plaats: "Amstelveen" },
        emailOuders: `ouders-e2e-${randomUUID().slice(0, 6)}@example.org`,
        advies: "havo",
      },
    });
    expect(res.status).toBe(200);
    return res.body;
  }

  it("PO-01 a PO user fills in the oki-doc, adds a bijlage, is told what is missing, releases it; then it is read-only", async () => {
    const leerling = await nieuweLeerling();
    const pagina = await nieuwePagina();
    await signIn(pagina, "po-gebruiker", DEMO_WACHTWOORD);
    await openMenu(pagina, "Leerlingen");
    await pagina
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Leerlingen groep 8", exact: true })
      .click();
    await pagina.getByRole("heading", { level: 1, name: "Leerlingen groep 8" }).waitFor();

    // From the pupil's row to its oki-doc.
    await pagina.getByRole("link", { name: `Oki-doc van ${leerling.naam}`, exact: true }).click();
    await pagina.getByRole("heading", { level: 1, name: `Oki-doc van ${leerling.naam}` }).waitFor();
    expect(await pagina.getByTestId("okidoc-status").textContent()).toContain("Concept");
    expect(await keuze(pagina, "Basisschooladvies").inputValue()).toBe("havo");

    await tekstvak(pagina, "Onderbouwing van het advies").fill("Zoë werkt zelfstandig; havo past bij haar.");
    await keuze(pagina, "Wil de basisschool de leerling met de VO-school bespreken?").selectOption({
      label: "Nee",
    });
    await keuze(pagina, "Heeft de leerling een groep overgedaan of overgeslagen?").selectOption({
      label: "Nee",
    });
    // PO-02: the doorstroomtoets levels have one place: the section under the oki-doc, not the form.
    const leerresultaten = pagina.getByRole("region", { name: "Leerresultaten en toetsen" });
    await tekstvak(leerresultaten, "Toelichting op de leerresultaten").waitFor();
    // The section loads its own data: wait for it before counting.
    const toets = pagina.getByRole("region", { name: "Resultaten doorstroomtoets" });
    await keuze(toets, "Rekenen").waitFor();
    for (const niveau of ["Lezen", "Taalverzorging", "Rekenen"]) {
      expect(await keuze(leerresultaten, niveau).count(), niveau).toBe(0);
      expect(await keuze(pagina, niveau).count(), niveau).toBe(1);
    }
    await keuze(toets, "Lezen").selectOption({ label: "2F" });
    await keuze(toets, "Taalverzorging").selectOption({ label: "1F" });
    await keuze(toets, "Rekenen").selectOption({ label: "1S" });
    await knop(toets, "Uitslag opslaan").click();
    await toets
      .getByRole("status")
      .filter({ hasText: "De uitslag van de doorstroomtoets is opgeslagen." })
      .waitFor();
    await tekstvak(pagina, "Sociaal-emotionele ontwikkeling").fill("Sociaal sterk.");
    await keuze(pagina, "Heeft de leerling extra ondersteuning nodig?").selectOption({ label: "Ja" });
    await keuze(pagina, "Hebben de ouders het oki-doc ingezien?").selectOption({ label: "Ja" });
    await pagina.getByText("Nog in te vullen voor het vrijgeven: 2 verplichte velden.").waitFor();

    // A bijlage: a file too large is refused at once, with the size; a PDF is added.
    const bestand = pagina.getByLabel("Bestand", { exact: true });
    await bestand.setInputFiles({
      name: "scan.png",
      mimeType: "image/png",
      buffer: Buffer.alloc(5 * 1024 * 1024, 1),
    });
    await pagina.getByText(/^Het bestand is te groot \(5 MB\): een bijlage is hoogstens 4 MB\.$/).waitFor();
    await bestand.setInputFiles({
      name: "spel.exe",
      mimeType: "application/x-msdownload",
      buffer: Buffer.from("MZ"),
    });
    await pagina
      .getByText(/^Dit soort bestand kan niet als bijlage worden toegevoegd\. Kies een PDF/)
      .waitFor();
    await bestand.setInputFiles({
      name: "handelingsplan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% handelingsplan\n"),
    });
    await knop(pagina, "Bijlage toevoegen").click();
    await pagina
      .getByRole("status")
      .filter({ hasText: "De bijlage handelingsplan.pdf is toegevoegd." })
      .waitFor();
    await pagina.getByRole("rowheader", { name: "handelingsplan.pdf" }).waitFor();

    // Released too early: the dialog asks first, then the missing fields are marked in Dutch.
    await knop(pagina, "Vrijgeven").click();
    const dialoog = pagina.getByRole("alertdialog", { name: "Oki-doc vrijgeven?" });
    await knop(dialoog, "Vrijgeven").click();
    await pagina
      .getByRole("alert")
      .filter({ hasText: "Het oki-doc is nog niet compleet: 2 verplichte velden zijn niet ingevuld." })
      .waitFor();
    const werkhouding = tekstvak(pagina, "Werkhouding en taakaanpak");
    expect(await werkhouding.getAttribute("aria-invalid")).toBe("true");
    await pagina.getByText("Vul dit veld in.").first().waitFor();

    await werkhouding.fill("Geconcentreerd en gemotiveerd.");
    await tekstvak(pagina, "Onderwijsbehoeften: wat heeft de leerling nodig en wat werkt?").fill(
      "Extra tijd bij toetsen.",
    );
    await pagina.getByText("Alle verplichte velden zijn ingevuld.").waitFor();
    await knop(pagina, "Vrijgeven").click();
    await knop(pagina.getByRole("alertdialog", { name: "Oki-doc vrijgeven?" }), "Vrijgeven").click();
    await pagina.getByRole("status").filter({ hasText: "Het oki-doc is vrijgegeven." }).waitFor();

    // Read-only now, also after a reload: no fields, no buttons, the answers as text.
    for (const stap of ["na vrijgeven", "na herladen"]) {
      if (stap === "na herladen") await pagina.reload();
      await pagina.getByText(/^Het oki-doc is vrijgegeven en kan niet meer gewijzigd worden/).waitFor();
      expect(await pagina.getByTestId("okidoc-status").textContent(), stap).toMatch(/Vrijgegeven op/);
      // PO-02: only the doorstroomtoets results stay writable after release, in their own section.
      const buitenToets = async (vind: (plek: Page | Locator) => Locator) =>
        (await vind(pagina).count()) - (await vind(toets).count());
      expect(await buitenToets((plek) => plek.getByRole("textbox")), stap).toBe(0);
      expect(await buitenToets((plek) => knop(plek, "Opslaan")), stap).toBe(0);
      expect(await knop(pagina, "Bijlage toevoegen").count(), stap).toBe(0);
      // The levels show once: in their section, as saved, not again in the read-only oki-doc.
      expect(await keuze(toets, "Rekenen").inputValue(), stap).toBe("1s");
      expect(await pagina.getByText("Rekenen", { exact: true }).count(), stap).toBe(1);
      await pagina.getByText("Toelichting op de leerresultaten", { exact: true }).waitFor();
      await pagina.getByText("Geconcentreerd en gemotiveerd.").waitFor();
      await pagina.getByRole("rowheader", { name: "handelingsplan.pdf" }).waitFor();
    }

    const opgeslagen = await apiGet<PoOkidoc>(pagina, `/api/po/leerlingen/${leerling.id}/okidoc`);
    expect(opgeslagen).toMatchObject({
      status: "vrijgegeven",
      magBewerken: false,
      // Saving the form after the section neither wiped nor overwrote the levels.
      velden: {
        werkhouding: "Geconcentreerd en gemotiveerd.",
        niveauLezen: "2f",
        niveauTaalverzorging: "1f",
        niveauRekenen: "1s",
        extraOndersteuning: "ja",
      },
    });
  });
});
