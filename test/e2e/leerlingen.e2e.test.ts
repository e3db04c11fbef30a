import { randomUUID } from "node:crypto";
import type { KalenderDetail, LeerlingenLijst } from "@elk/contracts";
import { nederlandseTijd, schooljaarVan } from "@elk/domain";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { apiGet, browserPerBestand, openMenu, signIn } from "../support/browser";
import { nieuwBsn, ongeldigBsn } from "../support/bsn";
import { tokenUitLink, wachtOpMail } from "../support/mailbox";

const STERK = "Sterk-Wachtw00rd!";
const OUDERINLOG = "Ouderinlog ELK Amstelland";
const uniek = () => randomUUID().slice(0, 6);
const uniekAdres = () => `ouders-e2e-${uniek()}@example.org`;

/**
 * Leerlingen groep 8, the ouderinlog and the calendar in the browser (PO-01, ACC-09, REG-07,
 * REG-10). Every pupil is new, with a BSN of this run and its own parents' address; the calendar
 * of the current school year is put back as it was, so registration stays open for other tests.
 */
describe("pupils of a primary school, the ouderinlog and the calendar (browser)", () => {
  const { nieuwePagina } = browserPerBestand();

  async function aangemeld(gebruikersnaam: string): Promise<Page> {
    const pagina = await nieuwePagina();
    await signIn(pagina, gebruikersnaam, DEMO_WACHTWOORD);
    return pagina;
  }

  async function naarLeerlingenGroep8(pagina: Page): Promise<void> {
    await openMenu(pagina, "Leerlingen");
    await pagina
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Leerlingen groep 8", exact: true })
      .click();
    await pagina.getByRole("heading", { level: 1, name: "Leerlingen groep 8" }).waitFor();
  }

  const tekstveld = (plek: Page | Locator, naam: string) =>
    plek.getByRole("textbox", { name: naam, exact: true });
  const keuze = (plek: Page | Locator, naam: string) =>
    plek.getByRole("combobox", { name: naam, exact: true });
  const knop = (plek: Page | Locator, naam: string) => plek.getByRole("button", { name: naam, exact: true });
  const melding = (pagina: Page, tekst: string) => pagina.getByRole("status").filter({ hasText: tekst });
  const rijVan = (pagina: Page, naam: string) =>
    pagina.getByRole("row").filter({ has: pagina.getByRole("rowheader", { name: naam, exact: true }) });

  it("PO-01 a PO user adds a pupil and sends the ouderinlog", async () => {
    const pagina = await aangemeld("po-gebruiker");
    await naarLeerlingenGroep8(pagina);
    const achternaam = `Bakker-${uniek()}`;
    const naam = `Fleur ${achternaam}`;
    const bsn = nieuwBsn();
    const email = uniekAdres();

    await knop(pagina, "Leerling toevoegen").click();
    const formulier = pagina.getByRole("region", { name: "Leerling toevoegen" });
    await formulier.getByText("verplicht veld").waitFor();
    // Saved empty, every missing field gets the API's own Dutch message.
    await knop(formulier, "Opslaan").click();
    await formulier.getByText("Vul de achternaam in.").waitFor();
    await formulier.getByText("Kies het geslacht.").waitFor();

    await tekstveld(formulier, "Roepnaam").fill("Fleur");
    await tekstveld(formulier, "Achternaam").fill(achternaam);
    await tekstveld(formulier, "BSN of onderwijsnummer").fill(bsn);
    await formulier.getByLabel("Geboortedatum").fill("2014-06-21");
    await keuze(formulier, "Geslacht").selectOption({ label: "Vrouw" });
    await keuze(formulier, "Basisschooladvies").selectOption("havo/vwo");
    await tekstveld(formulier, "Straat").fill("Populierenlaan");
    await tekstveld(formulier, "Huisnummer").fill("12a");
    await tekstveld(formulier, "Postcode").fill("1185sb");
    await tekstveld(formulier, "Plaats").fill("Amstelveen");
    await tekstveld(formulier, "E-mailadres ouders").fill(email);
    await knop(formulier, "Opslaan").click();
    await melding(pagina, `${naam} is toegevoegd met ELK-nummer`).waitFor();

    // The table shows the pupil with its BSN masked; the number itself is nowhere on the page.
    const rij = rijVan(pagina, naam);
    await rij.waitFor();
    const rijTekst = await rij.textContent();
    expect(rijTekst).toContain(`******${bsn.slice(-3)}`);
    expect(rijTekst).toContain("21-06-2014");
    expect(rijTekst).toContain("havo/vwo");
    expect(rijTekst).toContain(email);
    expect(rijTekst).toContain("Nog niet verstuurd");
    expect(rijTekst).toMatch(/\d{9}/);
    expect(await pagina.content()).not.toContain(bsn);

    await knop(rij, `Ouderinlog versturen naar de ouders van ${naam}`).click();
    const dialoog = pagina.getByRole("alertdialog", { name: "Ouderinlog versturen?" });
    await dialoog.waitFor();
    expect(await dialoog.textContent()).toContain(email);
    await knop(dialoog, "Versturen").click();
    await melding(pagina, `De ouderinlog is verstuurd naar ${email}.`).waitFor();
    await rij.getByText(/^Verstuurd op /).waitFor();

    // The parents follow the mail's link, choose a username and land in the ouderportaal.
    const { url } = tokenUitLink(await wachtOpMail(email, OUDERINLOG), "/activeren");
    const ouder = await nieuwePagina();
    await ouder.goto(url);
    await ouder.getByRole("heading", { level: 1, name: "Inloggegevens instellen" }).waitFor();
    const gebruikersnaam = `ouder-${uniek()}`;
    await ouder.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
    await ouder.getByLabel("Wachtwoord", { exact: true }).fill(STERK);
    await ouder.getByLabel("Herhaal wachtwoord").fill(STERK);
    await knop(ouder, "Stel gegevens in").click();
    await ouder.getByTestId("locatie-naam").waitFor();
    expect(await ouder.getByTestId("locatie-naam").textContent()).toBe("Ouderportaal");
    await ouder.getByRole("heading", { level: 1, name: "Ouderportaal" }).waitFor();
    await ouder.getByRole("heading", { level: 2, name: naam }).waitFor();
  });

  it("PO-01 a CSV with a wrong row imports nothing and names the row", async () => {
    const pagina = await aangemeld("po-gebruiker");
    await naarLeerlingenGroep8(pagina);
    const kop =
      "roepnaam;tussenvoegsel;achternaam;bsn;geboortedatum;geslacht;straat;huisnummer;postcode;plaats;emailOuders;advies";
    const goed = { roepnaam: "Sam", achternaam: `Import-${uniek()}`, bsn: nieuwBsn() };
    const fout = { roepnaam: "Lot", achternaam: `Import-${uniek()}`, bsn: ongeldigBsn() };
    const rij = (l: typeof goed) =>
      `${l.roepnaam};van;${l.achternaam};${l.bsn};03-02-2015;v;Sportlaan;15;1186 DT;Amstelveen;${uniekAdres()};vwo`;
    const csv = [kop, rij(goed), rij(fout)].join("\r\n");

    await knop(pagina, "CSV importeren").click();
    const paneel = pagina.getByRole("region", { name: "Leerlingen importeren uit een CSV-bestand" });
    await paneel.getByText(kop, { exact: true }).waitFor();
    await paneel.getByLabel("CSV-bestand").setInputFiles({
      name: "groep-8.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf-8"),
    });
    // The chosen file shows in the text area (which keeps its lines with "\n") before it is sent.
    await expect
      .poll(() => paneel.getByLabel("Inhoud van het bestand").inputValue())
      .toBe(csv.replaceAll("\r\n", "\n"));
    await knop(paneel, "Importeren").click();

    const alert = paneel.getByRole("alert");
    await alert
      .getByText("De import is niet uitgevoerd: 1 rij bevat fouten. Er is niets opgeslagen.")
      .waitFor();
    const fouten = alert.getByRole("list", { name: "Fouten per rij" }).getByRole("listitem");
    expect(await fouten.allTextContents()).toEqual([expect.stringMatching(/^rij 3: .*elfproef/)]);

    // All or nothing: the good row of the file was not stored either.
    const lijst = await apiGet<LeerlingenLijst>(
      pagina,
      `/api/po/leerlingen?schooljaar=${schooljaarVan(new Date())}`,
    );
    expect(lijst.items.map((l) => l.achternaam)).not.toContain(goed.achternaam);
    expect(await pagina.getByRole("rowheader", { name: goed.achternaam }).count()).toBe(0);

    // Corrected, the same file imports both pupils.
    const verbeterd = [kop, rij(goed), rij({ ...fout, bsn: nieuwBsn() })].join("\r\n");
    await paneel.getByLabel("Inhoud van het bestand").fill(verbeterd);
    await knop(paneel, "Importeren").click();
    await melding(pagina, "2 leerlingen zijn geïmporteerd.").waitFor();
    await rijVan(pagina, `Sam van ${goed.achternaam}`).waitFor();
    await rijVan(pagina, `Lot van ${fout.achternaam}`).waitFor();
  });

  it("REG-10 the region administrator edits the calendar", async () => {
    const schooljaar = schooljaarVan(new Date());
    const rb = await inloggen("regiobeheerder");
    const lees = async () =>
      (await api<KalenderDetail>("GET", `/api/kalender/${schooljaar}`, { token: rb })).body;
    const origineel = await lees();
    const dagNaCpl = new Date(`${origineel.centralePlaatsing}T12:00:00Z`);
    dagNaCpl.setUTCDate(dagNaCpl.getUTCDate() + 1);
    const laat = nederlandseTijd(dagNaCpl.toISOString().slice(0, 10), "17:30").toISOString();

    const pagina = await aangemeld("regiobeheerder");
    try {
      await openMenu(pagina, "Instellingen");
      await pagina
        .getByRole("navigation", { name: "Servicemenu" })
        .getByRole("link", { name: "Kalender", exact: true })
        .click();
      await pagina.getByRole("heading", { level: 1, name: "Kalender" }).waitFor();
      await pagina.getByRole("heading", { level: 2, name: `Schooljaar ${schooljaar}` }).waitFor();
      const bekendmaking = pagina.getByRole("main").getByText(/ om \d\d:\d\d uur$/);
      expect(await bekendmaking.textContent()).toContain("om 16:00 uur");

      // Only a time: that time on the day after the CP&L.
      await knop(pagina, "Kalender wijzigen").click();
      let formulier = pagina.getByRole("region", { name: `Kalender van schooljaar ${schooljaar} wijzigen` });
      await formulier.getByRole("group", { name: "Aanmeldperiode" }).getByLabel("Van").waitFor();
      expect(
        await formulier.getByRole("group", { name: "Aanmeldperiode" }).getByLabel("Van").inputValue(),
      ).toBe(origineel.aanmeldperiode.van);
      await formulier.getByRole("group", { name: "Bekendmaking" }).getByLabel("Tijd").fill("17:30");
      await knop(formulier, "Opslaan").click();
      await melding(pagina, `De kalender van schooljaar ${schooljaar} is opgeslagen.`).waitFor();
      expect(await bekendmaking.textContent()).toContain("om 17:30 uur");
      const gewijzigd = await lees();
      expect(gewijzigd).toMatchObject({
        aanmeldperiode: origineel.aanmeldperiode,
        centralePlaatsing: origineel.centralePlaatsing,
        version: origineel.version + 1,
      });
      expect(new Date(gewijzigd.bekendmaking).toISOString()).toBe(laat);

      // Saved by someone else meanwhile: the API's 409 message and a reload.
      await knop(pagina, "Kalender wijzigen").click();
      formulier = pagina.getByRole("region", { name: `Kalender van schooljaar ${schooljaar} wijzigen` });
      await formulier.getByRole("group", { name: "Bekendmaking" }).getByLabel("Tijd").waitFor();
      const { schooljaar: _jaar, standaard: _s, magWijzigen: _m, ...body } = gewijzigd;
      expect((await api("PUT", `/api/kalender/${schooljaar}`, { token: rb, body })).status).toBe(200);
      await formulier.getByRole("group", { name: "Bekendmaking" }).getByLabel("Tijd").fill("");
      await knop(formulier, "Opslaan").click();
      await formulier
        .getByRole("alert")
        .getByText(/intussen door iemand anders gewijzigd/)
        .waitFor();
      await knop(formulier, "Opnieuw laden").click();

      // Time left empty: 16:00, the agreed moment, as before.
      await knop(pagina, "Kalender wijzigen").click();
      formulier = pagina.getByRole("region", { name: `Kalender van schooljaar ${schooljaar} wijzigen` });
      const tijd = formulier.getByRole("group", { name: "Bekendmaking" }).getByLabel("Tijd");
      expect(await tijd.inputValue()).toBe("17:30");
      await tijd.fill("");
      await knop(formulier, "Opslaan").click();
      await melding(pagina, `De kalender van schooljaar ${schooljaar} is opgeslagen.`).waitFor();
      expect(await bekendmaking.textContent()).toContain("om 16:00 uur");
      expect((await lees()).bekendmaking).toBe(origineel.bekendmaking);

      // A school year whose calendar is not set yet shows the region's defaults, and says so.
      await pagina.getByLabel("Schooljaar", { exact: true }).selectOption("2025-2026");
      await pagina.getByRole("heading", { level: 2, name: "Schooljaar 2025-2026" }).waitFor();
      if ((await api<KalenderDetail>("GET", "/api/kalender/2025-2026", { token: rb })).body.standaard) {
        await pagina
          .getByText("Voor schooljaar 2025-2026 is nog geen kalender vastgesteld.", { exact: false })
          .waitFor();
      }
    } finally {
      // Other tests need this year's registration period exactly as it was.
      const nu = await lees();
      if (nu.version !== origineel.version) {
        const { aanmeldperiode, behandelperiode, decentraleLoting, centralePlaatsing, bekendmaking } =
          origineel;
        await api("PUT", `/api/kalender/${schooljaar}`, {
          token: rb,
          body: {
            aanmeldperiode,
            behandelperiode,
            decentraleLoting,
            centralePlaatsing,
            bekendmaking,
            version: nu.version,
          },
        });
      }
    }
  });

  it("REG-07 the sign-in page leads parents of the other Kernprocedure to the request; outside the week the API says so", async () => {
    const pagina = await nieuwePagina();
    await pagina.goto("/inloggen");
    await pagina.getByText("Leerling van een basisschool in de Kernprocedure Amsterdam?").waitFor();
    await pagina
      .getByRole("link", { name: "Vraag in de week vóór de aanmeldperiode een ouderinlog aan." })
      .click();
    await pagina.getByRole("heading", { level: 1, name: "Ouderinlog aanvragen" }).waitFor();
    expect(new URL(pagina.url()).pathname).toBe("/ouderinlog-aanvragen");

    await tekstveld(pagina, "Roepnaam").fill("Daan");
    await tekstveld(pagina, "Achternaam").fill(`Kikker-${uniek()}`);
    await tekstveld(pagina, "BSN of onderwijsnummer").fill(nieuwBsn());
    await pagina.getByLabel("Geboortedatum").fill("2014-03-01");
    await keuze(pagina, "Geslacht").selectOption({ label: "Man" });
    await tekstveld(pagina, "Straat").fill("Kikkerlaan");
    await tekstveld(pagina, "Huisnummer").fill("3");
    await tekstveld(pagina, "Postcode").fill("1011 AA");
    await tekstveld(pagina, "Plaats").fill("Amsterdam");
    await tekstveld(pagina, "E-mailadres ouders").fill(uniekAdres());
    await tekstveld(pagina, "Naam van de basisschool").fill("OBS De Kikker");
    await tekstveld(pagina, "Plaats van de basisschool").fill("Amsterdam");
    await knop(pagina, "Ouderinlog aanvragen").click();
    // The demo's registration period has begun: the week before it is over.
    await pagina
      .getByRole("alert")
      .getByText(/^Een ouderinlog aanvragen kan alleen in de week vóór de aanmeldperiode/)
      .waitFor();
  });
});
