import { randomInt, randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { launchBrowser, newPage, openMenu, signIn } from "../support/browser";

const WACHTWOORD = "Demo-ELK-2026!";
const run = randomUUID().slice(0, 6);

/**
 * Organisatie in the browser (ORG-01 … ORG-03, HOME-01). What these tests add lives in objects of
 * their own (a new bestuur with no contactpersonen, a new school, a news item that is withdrawn
 * again); the seeded schools keep their names and the home page its two seeded news items.
 */
describe("besturen, schools, afdelingen and news (browser)", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  const paginas: Page[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const pagina of paginas.splice(0)) await pagina.context().close();
  });

  async function aangemeld(gebruikersnaam: string): Promise<Page> {
    const pagina = await newPage(browser, baseUrl);
    paginas.push(pagina);
    await signIn(pagina, gebruikersnaam, WACHTWOORD);
    return pagina;
  }

  async function naarInstellingen(pagina: Page, scherm: string): Promise<void> {
    await openMenu(pagina, "Instellingen");
    await pagina
      .getByRole("navigation", { name: "Servicemenu" })
      .getByRole("link", { name: scherm, exact: true })
      .click();
  }

  const tekstveld = (pagina: Page, naam: string) => pagina.getByRole("textbox", { name: naam, exact: true });
  const keuze = (pagina: Page, naam: string) => pagina.getByRole("combobox", { name: naam, exact: true });
  const knop = (pagina: Page, naam: string) => pagina.getByRole("button", { name: naam, exact: true });
  const melding = (pagina: Page, tekst: string) => pagina.getByRole("status").filter({ hasText: tekst });

  /** POST an API route as the signed-in user of `pagina`, with the token the app keeps. */
  function apiPost(pagina: Page, pad: string): Promise<number> {
    return pagina.evaluate(async (url) => {
      const sessie = JSON.parse(sessionStorage.getItem("elk.sessie") ?? "{}") as { accessToken?: string };
      const antwoord = await fetch(url, {
        method: "POST",
        headers: { Authorization: `Bearer ${sessie.accessToken ?? ""}` },
      });
      return antwoord.status;
    }, pad);
  }

  it("ORG-01 the region administrator adds a school; a duplicate BRIN + vestigingscode is refused", async () => {
    const pagina = await aangemeld("regiobeheerder");
    const bestuur = `Stichting E2E ${run}`;
    // 2 digits + 2 letters; "9x?Z" is left to the API tests, so the second letter is never Z.
    const brin = `9${randomInt(10)}${String.fromCharCode(65 + randomInt(26), 65 + randomInt(25))}`;
    const school = `E2E College ${run}`;

    await naarInstellingen(pagina, "Besturen");
    await pagina.getByRole("heading", { level: 1, name: "Besturen" }).waitFor();
    await knop(pagina, "Bestuur toevoegen").click();
    await tekstveld(pagina, "Naam van het bestuur").fill(bestuur);
    await knop(pagina, "Opslaan").click();
    await melding(pagina, `Het bestuur ${bestuur} is toegevoegd.`).waitFor();
    await pagina.getByRole("rowheader", { name: bestuur, exact: true }).waitFor();

    const vulSchoolIn = async (naam: string) => {
      await knop(pagina, "School toevoegen").click();
      await tekstveld(pagina, "Officiële naam").fill(`Stichting ${naam}`);
      await tekstveld(pagina, "Naam").fill(naam);
      await keuze(pagina, "Schooltype").selectOption({ label: "VO (voortgezet onderwijs)" });
      await keuze(pagina, "Bestuur").selectOption({ label: bestuur });
      await tekstveld(pagina, "Straat").fill("Testlaan");
      await tekstveld(pagina, "Huisnummer").fill("7");
      await tekstveld(pagina, "Postcode").fill("1181aa");
      await tekstveld(pagina, "Plaats").fill("Amstelveen");
      await tekstveld(pagina, "BRIN-nummer").fill(brin.toLowerCase());
      await tekstveld(pagina, "Vestigingscode").fill("00");
      await knop(pagina, "Opslaan").click();
    };

    await naarInstellingen(pagina, "Scholen");
    await pagina.getByRole("heading", { level: 1, name: "Scholen" }).waitFor();
    await vulSchoolIn(school);
    await melding(pagina, `De school ${school} is toegevoegd.`).waitFor();
    const rij = pagina
      .getByRole("row")
      .filter({ has: pagina.getByRole("link", { name: school, exact: true }) });
    await rij.waitFor();
    expect(await rij.textContent()).toContain(brin);

    const dubbel = `E2E College Dubbel ${run}`;
    await vulSchoolIn(dubbel);
    const fout = pagina.getByRole("alert").filter({ hasText: "Er bestaat al een school" });
    await fout.waitFor();
    expect(await fout.textContent()).toContain(
      `Er bestaat al een school met BRIN ${brin} en vestigingscode 00.`,
    );
    expect(await pagina.getByRole("link", { name: dubbel, exact: true }).count()).toBe(0);
  });

  it("ORG-02 a contactpersoon ELK edits the address of a school of its bestuur; a locatiebeheerder edits its own school", async () => {
    const contactpersoon = await aangemeld("contactpersoon");
    await naarInstellingen(contactpersoon, "Scholen");
    await contactpersoon.getByRole("link", { name: "Amstelveen College Westwijk", exact: true }).click();
    await contactpersoon.getByRole("heading", { level: 1, name: "Amstelveen College Westwijk" }).waitFor();
    await knop(contactpersoon, "Gegevens wijzigen").click();
    // The registration data only the beheerorganisatie changes: shown, read-only.
    expect(await tekstveld(contactpersoon, "BRIN-nummer").isDisabled()).toBe(true);
    expect(await tekstveld(contactpersoon, "BRIN-nummer").inputValue()).toBe("20AC");
    const telefoonWestwijk = `020 - 555 ${randomInt(10, 100)} ${randomInt(10, 100)}`;
    await tekstveld(contactpersoon, "Telefoon").fill(telefoonWestwijk);
    await knop(contactpersoon, "Opslaan").click();
    await melding(contactpersoon, "De schoolgegevens zijn opgeslagen.").waitFor();
    await contactpersoon.getByRole("main").getByText(telefoonWestwijk, { exact: true }).waitFor();

    await contactpersoon.reload();
    await contactpersoon.getByRole("heading", { level: 1, name: "Amstelveen College Westwijk" }).waitFor();
    await contactpersoon.getByRole("main").getByText(telefoonWestwijk, { exact: true }).waitFor();

    const locatiebeheerder = await aangemeld("locatiebeheerder");
    await naarInstellingen(locatiebeheerder, "Scholen");
    await locatiebeheerder.getByRole("heading", { level: 1, name: "Schoolgegevens" }).waitFor();
    await knop(locatiebeheerder, "Gegevens wijzigen").click();
    const telefoonEigen = `020 - 555 ${randomInt(10, 100)} ${randomInt(10, 100)}`;
    await tekstveld(locatiebeheerder, "Telefoon").fill(telefoonEigen);
    await knop(locatiebeheerder, "Opslaan").click();
    await melding(locatiebeheerder, "De schoolgegevens zijn opgeslagen.").waitFor();

    await locatiebeheerder.reload();
    await locatiebeheerder.getByRole("heading", { level: 1, name: "Schoolgegevens" }).waitFor();
    await locatiebeheerder.getByRole("main").getByText(telefoonEigen, { exact: true }).waitFor();
    expect(
      await locatiebeheerder.getByRole("main").getByText("Amstelveen College", { exact: true }).count(),
    ).toBe(1);
    // Other tests name this school's phone in REG-04's message: put the demo value back.
    const token = await inloggen("locatiebeheerder");
    const school = await api<{ version: number }>("GET", "/api/scholen/amstelveen-college", { token });
    const terug = await api("PUT", "/api/scholen/amstelveen-college", {
      token,
      body: { telefoon: "020 - 555 01 10", version: school.body.version },
    });
    expect(terug.status).toBe(200);
  });

  it("ORG-03 a locatiebeheerder edits the afdelingen of its VO school", async () => {
    const pagina = await aangemeld("locatiebeheerder");
    await naarInstellingen(pagina, "Scholen");
    await pagina.getByRole("heading", { level: 1, name: "Schoolgegevens" }).waitFor();
    const capaciteit = () => pagina.getByRole("spinbutton", { name: "Capaciteit van havo", exact: true });
    const havoRij = () =>
      pagina.getByRole("row").filter({ has: pagina.getByRole("rowheader", { name: "havo", exact: true }) });

    // Read view columns: adviezen, capaciteit, gelijkwaardig aan (the afdeling is the row header).
    const havoCapaciteit = () => havoRij().getByRole("cell").nth(1);
    await knop(pagina, "Afdelingen wijzigen").click();
    const oud = await capaciteit().inputValue();
    const nieuw = String(Number(oud) + randomInt(1, 20));

    // Gelijkwaardig works both ways, at once in the editor.
    const vinkje = (afdeling: string, ander: string) =>
      pagina
        .getByRole("group", { name: `${afdeling} is gelijkwaardig aan`, exact: true })
        .getByLabel(ander, { exact: true });
    await vinkje("vwo", "havo/vwo").check();
    expect(await vinkje("havo/vwo", "vwo").isChecked()).toBe(true);
    await vinkje("havo/vwo", "vwo").uncheck();
    expect(await vinkje("vwo", "havo/vwo").isChecked()).toBe(false);

    await capaciteit().fill(nieuw);
    await knop(pagina, "Afdelingen opslaan").click();
    await melding(pagina, "De afdelingen zijn opgeslagen.").waitFor();
    expect(await havoCapaciteit().textContent()).toBe(nieuw);

    await pagina.reload();
    await pagina.getByRole("heading", { level: 1, name: "Schoolgegevens" }).waitFor();
    await havoRij().waitFor();
    expect(await havoCapaciteit().textContent()).toBe(nieuw);

    // Back as it was, for whoever reads the seeded capacity next.
    await knop(pagina, "Afdelingen wijzigen").click();
    await capaciteit().fill(oud);
    await knop(pagina, "Afdelingen opslaan").click();
    await melding(pagina, "De afdelingen zijn opgeslagen.").waitFor();
    expect(await havoCapaciteit().textContent()).toBe(oud);
  });

  it("HOME-01 the region administrator publishes a news item and withdraws it", async () => {
    const beheer = await aangemeld("regiobeheerder");
    const titel = `E2E-nieuws ${run}`;
    await naarInstellingen(beheer, "Nieuws");
    await beheer.getByRole("heading", { level: 1, name: "Nieuws" }).waitFor();
    await knop(beheer, "Nieuwsbericht toevoegen").click();
    await tekstveld(beheer, "Titel").fill(titel);
    await tekstveld(beheer, "Tekst").fill("Een bericht uit de browsertest.\n\nMet een tweede alinea.");
    await beheer.getByRole("radio", { name: "ELK", exact: true }).check();
    await knop(beheer, "Opslaan als concept").click();
    await melding(beheer, `Het concept “${titel}” is opgeslagen.`).waitFor();
    const rij = beheer.getByRole("row").filter({ hasText: titel });
    await rij.filter({ hasText: "Concept" }).waitFor();

    let nieuwsId: string | null = null;
    try {
      nieuwsId = await rij.getAttribute("data-nieuws-id");
      await knop(beheer, `Publiceren: ${titel}`).click();
      await beheer.getByRole("alertdialog").getByRole("button", { name: "Publiceren", exact: true }).click();
      await melding(beheer, `“${titel}” staat nu op de homepagina.`).waitFor();
      await rij.filter({ hasText: "Gepubliceerd op" }).waitFor();

      const lezer = await aangemeld("locatiebeheerder");
      const kop = lezer.getByRole("article").getByRole("heading", { name: titel, exact: true });
      await kop.waitFor();
      await kop.waitFor();

      await knop(beheer, `Intrekken: ${titel}`).click();
      await beheer.getByRole("alertdialog").getByRole("button", { name: "Intrekken", exact: true }).click();
      await melding(beheer, `“${titel}” is ingetrokken`).waitFor();
      await rij.filter({ hasText: "Ingetrokken op" }).waitFor();
      nieuwsId = null;

      await lezer.reload();
      await lezer
        .getByRole("article")
        .getByRole("heading", { name: "Aanmeldperiode Kernprocedure 2027" })
        .waitFor();
      expect(await lezer.getByRole("article").getByRole("heading", { name: titel }).count()).toBe(0);
      expect(await lezer.getByRole("article").count()).toBe(2);
    } finally {
      // Whatever failed above, the home page keeps only its seeded news.
      if (nieuwsId) await apiPost(beheer, `/api/nieuws/beheer/${nieuwsId}/intrekken`);
    }
  });
});
