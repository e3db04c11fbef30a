import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_WACHTWOORD } from "../support/api";
import { launchBrowser, newPage, openMenu, signIn } from "../support/browser";
import { amsterdamseLeerling, SWV_EMAIL, wachtOpAmsterdamMail } from "../support/swv";

describe("Aanvragen SWV (browser, Amsterdam)", () => {
  const amsterdam = inject("amsterdamUrl");
  let browser: Browser;
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

  async function naarAanvragen(gebruiker: string): Promise<Page> {
    const page = await newPage(browser, amsterdam);
    paginas.push(page);
    await signIn(page, gebruiker, DEMO_WACHTWOORD);
    await openMenu(page, "Leerlingen");
    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Aanvragen SWV" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Aanvragen SWV" }).waitFor();
    return page;
  }

  const melding = (page: Page, tekst: string) =>
    page.getByRole("status").filter({ hasText: tekst }).waitFor();

  it("ACC-06 REGION-01 the drafter drafts a request with a bijlage and offers it; the approver approves and sends it to the SWV", async () => {
    const leerling = await amsterdamseLeerling();

    // Aanvragen SWV opstellen: draft, attach, offer.
    const opsteller = await naarAanvragen("swv-opsteller");
    await opsteller.getByRole("button", { name: "Aanvraag opstellen" }).click();
    const formulier = opsteller.getByRole("region", { name: "Aanvraag opstellen" });
    await formulier
      .getByRole("combobox", { name: "Leerling" })
      .selectOption({ label: `${leerling.naam} (${leerling.elkNummer})` });
    await formulier.getByRole("combobox", { name: "Soort aanvraag" }).selectOption({ label: "Arrangement" });
    await formulier
      .getByRole("textbox", { name: "Motivatie" })
      .fill("Sem heeft een arrangement nodig voor extra begeleiding bij plannen.");
    await formulier.getByRole("button", { name: "Concept opslaan" }).click();
    await opsteller.getByRole("heading", { level: 1, name: `Aanvraag voor ${leerling.naam}` }).waitFor();
    expect(await opsteller.getByTestId("swv-status").textContent()).toBe("Concept");

    await opsteller.getByLabel("Bestand").setInputFiles({
      name: "OPP.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
    });
    await opsteller.getByRole("button", { name: "Bijlage toevoegen" }).click();
    await melding(opsteller, "De bijlage OPP.pdf is toegevoegd.");
    await opsteller.getByRole("rowheader", { name: "OPP.pdf" }).waitFor();

    await opsteller.getByRole("button", { name: "Ter accordering aanbieden" }).click();
    await opsteller
      .getByRole("alertdialog", { name: "Aanvraag ter accordering aanbieden?" })
      .getByRole("button", { name: "Ter accordering aanbieden" })
      .click();
    await melding(opsteller, "De aanvraag is ter accordering aangeboden.");
    expect(await opsteller.getByTestId("swv-status").textContent()).toBe("Ter accordering");
    expect(await opsteller.getByRole("button", { name: "Aanpassen" }).count()).toBe(0);

    // Aanvragen SWV accorderen en versturen: open it from the list, approve and send.
    const accordeur = await naarAanvragen("swv-accordeur");
    expect(await accordeur.getByRole("button", { name: "Aanvraag opstellen" }).count()).toBe(0);
    await accordeur.getByRole("link", { name: `Aanvraag van ${leerling.naam} openen` }).click();
    await accordeur.getByRole("heading", { level: 1, name: `Aanvraag voor ${leerling.naam}` }).waitFor();
    await accordeur.getByRole("button", { name: "Accorderen en versturen" }).click();
    const dialoog = accordeur.getByRole("alertdialog", { name: "Aanvraag accorderen en versturen?" });
    expect(await dialoog.textContent()).toContain(SWV_EMAIL);
    await dialoog.getByRole("button", { name: "Accorderen en versturen" }).click();
    await melding(
      accordeur,
      "De aanvraag is geaccordeerd en verstuurd naar Samenwerkingsverband VO Amsterdam-Diemen (demo).",
    );
    expect(await accordeur.getByTestId("swv-status").textContent()).toBe("Verstuurd");

    // The history, shown with the request: who did what.
    const historie = accordeur.getByRole("table", { name: "Historie van de aanvraag" });
    await historie.getByRole("row", { name: /Geaccordeerd en verstuurd.*Arjen Accordeur/ }).waitFor();
    await historie.getByRole("row", { name: /Ter accordering aangeboden.*Olga Opsteller/ }).waitFor();
    await historie.getByRole("row", { name: /Bijlage toegevoegd.*Olga Opsteller.*OPP\.pdf/ }).waitFor();

    const mail = await wachtOpAmsterdamMail(
      SWV_EMAIL,
      `Aanvraag ondersteuning SWV: Arrangement, ELK-nummer ${leerling.elkNummer} (Zuideramstel College)`,
    );
    expect(mail.body.text).toContain("1 bijlage staan in ELK");
    expect(mail.body.text).not.toContain("OPP.pdf");
  });
});
