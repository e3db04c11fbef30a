import type {
  AanleverpuntenLijst,
  AanleverpuntRegel,
  AanleverpuntUitkomst,
  AanmeldingDetail,
  SchoolDetail,
} from "@elk/contracts";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { ingelogdePagina, launchBrowser, naarScherm, openMenu } from "../support/browser";
import { type AangemeldKind, aangemeldKind } from "../support/leerlingen";
import { okidocVrijgegeven } from "../support/okidoc";
import { rijVan } from "../support/overzicht";

const SCHOOL = "amstelveen-college";

/**
 * OSO in the browser (OSO-01, OSO-03, OSO-05): the contactpersoon ELK registers Amstelveen
 * College's aanleverpunt in OSO > Configureren against the stand-in Traffic Center; the plaatser
 * sets a placed pupil's dossier ready from Leerlingen > Overzicht; the stand-in LAS fetches it and
 * the locatiebeheerder follows it in OSO > Overdrachten. The API tests register the same
 * aanleverpunt: saving and registering again is allowed at any time, so the order does not matter.
 */
describe("OSO (browser)", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  const paginas: Page[] = [];
  let contactpersoon: string;
  let plaatser: string;
  let school: SchoolDetail;

  beforeAll(async () => {
    browser = await launchBrowser();
    [contactpersoon, plaatser] = await Promise.all([inloggen("contactpersoon"), inloggen("plaatser")]);
    school = (await api<SchoolDetail>("GET", `/api/scholen/${SCHOOL}`, { token: contactpersoon })).body;
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(paginas.splice(0).map((pagina) => pagina.context().close()));
  });

  const ingelogd = (gebruikersnaam: string) => ingelogdePagina(browser, baseUrl, gebruikersnaam, paginas);
  const openOso = (pagina: Page, scherm: string, kop: string) => naarScherm(pagina, "OSO", scherm, kop);

  const knop = (plek: Page | Locator, naam: string) => plek.getByRole("button", { name: naam, exact: true });
  const status = (pagina: Page, tekst: string | RegExp) =>
    pagina.getByRole("status").filter({ hasText: tekst });

  /** "Mijn OSO" of the stand-in Traffic Center: Amstelveen College's aanleverpunt and its key. */
  function mijnOso() {
    const punt = inject("stack").oso.aanleverpunten.find(
      (a) => a.brin === school.brin && a.vestigingscode === school.vestigingscode,
    );
    if (!punt) throw new Error("no aanleverpunt for Amstelveen College in Mijn OSO");
    return punt;
  }

  async function aanleverpunt(): Promise<AanleverpuntRegel> {
    const lijst = await api<AanleverpuntenLijst>("GET", "/api/oso/aanleverpunten", { token: contactpersoon });
    const regel = lijst.body.items.find((a) => a.schoolId === SCHOOL);
    if (!regel) throw new Error("Amstelveen College not listed");
    return regel;
  }

  /** Registered with the right number and key (through the API: this test is not about that). */
  async function geregistreerd(): Promise<void> {
    const nu = await aanleverpunt();
    if (nu.geregistreerd && nu.magOverdrachtAanvragen) return;
    const punt = mijnOso();
    const opgeslagen = await api("PUT", `/api/oso/aanleverpunten/${SCHOOL}`, {
      token: contactpersoon,
      body: { nummer: punt.nummer, sleutel: punt.sleutel, version: nu.version },
    });
    expect(opgeslagen.status, JSON.stringify(opgeslagen.body)).toBe(200);
    const res = await api<AanleverpuntUitkomst>("POST", `/api/oso/aanleverpunten/${SCHOOL}/registreer`, {
      token: contactpersoon,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }

  /** A pupil registered by its parents, its oki-doc released, and placed at Amstelveen College. */
  async function geplaatstKind(): Promise<AangemeldKind> {
    const kind = await aangemeldKind();
    await okidocVrijgegeven(kind.leerlingId);
    const huidig = await api<AanmeldingDetail>("GET", `/api/aanmeldingen/${kind.aanmeldingId}`, {
      token: plaatser,
    });
    const res = await api("POST", `/api/aanmeldingen/${kind.aanmeldingId}/behandelen`, {
      token: plaatser,
      body: { actie: "plaatsen", afdelingId: "havo", version: huidig.body.version },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return kind;
  }

  it("OSO-01 the contactpersoon ELK registers Amstelveen College's aanleverpunt: a wrong key is refused with what to check, the right one sets both check marks, Ping succeeds, and the key is never on the page", async () => {
    const punt = mijnOso();
    const pagina = await ingelogd("contactpersoon");
    await openOso(pagina, "Configureren", "OSO aanleverpunten configureren");

    // The location with its BRIN and vestigingscode already filled in.
    const rij = pagina
      .getByRole("row")
      .filter({ has: pagina.getByRole("rowheader", { name: "Amstelveen College", exact: true }) });
    await rij.getByRole("cell", { name: school.brin, exact: true }).waitFor();
    await rij.getByRole("cell", { name: school.vestigingscode, exact: true }).waitFor();
    const nummer = rij.getByRole("spinbutton", { name: "Aanleverpuntnummer Amstelveen College" });
    const sleutel = rij.getByLabel("Aanleverpuntsleutel Amstelveen College", { exact: true });
    expect(await sleutel.getAttribute("type")).toBe("password");
    const opslaan = knop(pagina, "OSO opslaan Amstelveen College");
    const registreer = knop(pagina, "Registreer aanleverpunt Amstelveen College");

    // A wrong key: saved, but the Traffic Center refuses the registration — the manual's message.
    await nummer.fill(String(punt.nummer));
    await sleutel.fill("verkeerde-sleutel-123");
    await opslaan.click();
    await status(pagina, "Het aanleverpunt van Amstelveen College is opgeslagen.").waitFor();
    expect(await sleutel.inputValue()).toBe("");
    await rij.getByText("Opgeslagen: ••••-123.").waitFor();
    await registreer.click();
    await pagina
      .getByRole("alert")
      .filter({
        hasText:
          "De registratie is niet gelukt: de aanleverpuntsleutel hoort niet bij dit aanleverpuntnummer.",
      })
      .waitFor();
    await rij.getByText("Deze sleutel hoort niet bij het aanleverpuntnummer.").waitFor();
    expect(await sleutel.getAttribute("aria-invalid")).toBe("true");
    await rij.getByRole("img", { name: "OSO: nee" }).waitFor();
    await rij.getByRole("img", { name: "Mag overdr. aanvragen: nee" }).waitFor();

    // The key from Mijn OSO: saved (shown only by its last characters), then registered.
    await sleutel.fill(punt.sleutel);
    await opslaan.click();
    await status(pagina, "Het aanleverpunt van Amstelveen College is opgeslagen.").waitFor();
    expect(await sleutel.inputValue()).toBe("");
    expect(await sleutel.getAttribute("placeholder")).toBe(`••••${punt.sleutel.slice(-4)}`);
    await registreer.click();
    await status(pagina, "De registratie van het aanleverpunt van Amstelveen College is geslaagd.").waitFor();
    await rij.getByRole("img", { name: "OSO: ja" }).waitFor();
    await rij.getByRole("img", { name: "Mag overdr. aanvragen: ja" }).waitFor();

    await knop(pagina, "Ping aanleverpunt Amstelveen College").click();
    await status(
      pagina,
      /^Ping geslaagd: het OSO Traffic Center kent het aanleverpunt van Amstelveen College/,
    ).waitFor();

    // The key is in no attribute, text or value of the page.
    expect(await pagina.content()).not.toContain(punt.sleutel);
    expect(await sleutel.inputValue()).toBe("");
    expect(await aanleverpunt()).toMatchObject({ geregistreerd: true, magOverdrachtAanvragen: true });
  });

  it("OSO-03 OSO-05 the plaatser sets a placed pupil's OSO dossier ready from Bulkacties — none without a selection; the dot turns green once the LAS fetched it, and the locatiebeheerder sees it fetched in OSO > Overdrachten", async () => {
    await geregistreerd();
    const kind = await geplaatstKind();

    // The locatiebeheerder's page is open before the dossier exists: it refreshes by itself.
    const beheerder = await ingelogd("locatiebeheerder");
    await openOso(beheerder, "Overdrachten", "OSO-overdrachten");
    await beheerder
      .getByText("Het aanleverpunt van uw school is geregistreerd bij OSO en mag overdrachten aanvragen.")
      .waitFor();

    const pagina = await ingelogd("plaatser");
    const klaarzetten: string[] = [];
    pagina.on("request", (verzoek) => {
      if (verzoek.method() === "POST" && verzoek.url().endsWith("/api/oso/dossiers")) {
        klaarzetten.push(verzoek.url());
      }
    });
    // The overview opened on the search for the pupil: a new search starts a new selection, and on
    // a fresh stack the pupil may show before a typed search applies and clears the tick.
    await pagina.goto(`/leerlingen/overzicht?zoek=${kind.elkNummer}`);
    await pagina.getByRole("heading", { level: 1, name: "Leerlingenoverzicht" }).waitFor();

    // Nothing selected: the manual's point, and no call to the server.
    await knop(pagina, "Bulkacties").click();
    await knop(pagina, "OSO-dossiers klaarzetten").click();
    await pagina
      .getByRole("alert")
      .filter({
        hasText:
          "Selecteer eerst de leerlingen van wie u het OSO-dossier wilt klaarzetten. Zonder selectie maakt ELK geen OSO-dossiers.",
      })
      .waitFor();
    expect(klaarzetten).toEqual([]);

    // The pupil ticked, then Bulkacties > OSO-dossiers klaarzetten.
    const rij = rijVan(pagina, kind.elkNummer);
    await rij.waitFor();
    await pagina.locator('.elk-overzicht__tabel[aria-busy="false"]').waitFor();
    await rij.getByRole("checkbox", { name: `${kind.naam} selecteren` }).check();
    await pagina.getByText("1 leerling geselecteerd").waitFor();
    await openMenu(pagina, "Bulkacties");
    await knop(pagina, "OSO-dossiers klaarzetten").click();
    await status(pagina, "ELK zet 1 OSO-dossier klaar.").waitFor();
    expect(klaarzetten).toHaveLength(1);

    // The OSO column: a dot once the worker made the dossier, green once the LAS fetched it.
    await rij.getByTitle(/^OSO-dossier (klaargezet|opgehaald)$/).waitFor({ timeout: 20_000 });
    await rij.getByTitle("OSO-dossier opgehaald").waitFor({ timeout: 20_000 });

    // OSO > Overdrachten, without reloading: fetched by the LAS, version 1.
    const dossier = beheerder
      .getByRole("row")
      .filter({ has: beheerder.getByRole("cell", { name: kind.elkNummer, exact: true }) });
    await dossier.getByText("Opgehaald door het LAS").waitFor({ timeout: 12_000 });
    const koppen = await beheerder.locator(".elk-oso-dossiers thead th").allTextContents();
    const cellen = await dossier.locator("th, td").allTextContents();
    const waarden = Object.fromEntries(koppen.map((kop, i) => [kop.trim(), (cellen[i] ?? "").trim()]));
    expect(waarden).toMatchObject({
      Leerling: kind.naam,
      "ELK-nummer": kind.elkNummer,
      Status: "Opgehaald door het LAS",
      Versie: "1",
      Fout: "",
    });
    expect(waarden.Aangevraagd).toMatch(/door Petra Plaatsing$/);
    expect(waarden["Opgehaald op"]).toMatch(/\(versie 1\)$/);
  });
});
