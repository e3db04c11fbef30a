import type { NotificatieLijst } from "@elk/contracts";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { ingelogdePagina, launchBrowser, naarScherm } from "../support/browser";
import { aangemeldKind, HAVO_KEUZES, kindMetOuder, OUDER_WACHTWOORD } from "../support/leerlingen";
import { zoekLeerling } from "../support/overzicht";
import { AMSTERDAM_HAVO } from "../support/swv";
import { keuze, melding, optieLabels, voorkeur } from "../support/voorkeurslijst";

/*
 * REGION-01: the same journeys in both regions, one frontend build and one codebase, each with
 * its own rules from its configuration (infra/regions): how long a voorkeurslijst is, whether
 * voorrang exists, how pupils are placed (decentral lottery + CP&L, or one central draw), and
 * which roles exist.
 */
interface Regio {
  naam: string;
  url: () => string;
  /** REG-02: a havo list's length. */
  havo: number;
  voorrang: boolean;
  centraal: boolean;
  swvRollen: boolean;
  /** The demo plaatser's school, first on the list, and the list. */
  keuzes: { schoolId: string; afdelingId: string }[];
}

const REGIOS: Regio[] = [
  {
    naam: "amstelland",
    url: () => inject("baseUrl"),
    havo: 5,
    voorrang: true,
    centraal: false,
    swvRollen: false,
    keuzes: HAVO_KEUZES,
  },
  {
    naam: "amsterdam",
    url: () => inject("amsterdamUrl"),
    havo: 12,
    voorrang: false,
    centraal: true,
    swvRollen: true,
    keuzes: AMSTERDAM_HAVO,
  },
];

let browser: Browser;
const paginas: Page[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.all(paginas.splice(0).map((p) => p.context().close()));
});
afterAll(async () => {
  await browser?.close();
});

describe.each(REGIOS)("REGION-01 the same journeys in $naam", (regio) => {
  it(`REG-02 REG-03 REGION-01 a parent registers a havo pupil with ${regio.havo} choices${regio.voorrang ? ", voorrang offered" : ", no voorrang"}`, async () => {
    const kind = await kindMetOuder({}, regio.naam as "amstelland" | "amsterdam");
    const ouder = await ingelogdePagina(
      browser,
      regio.url(),
      kind.ouderGebruikersnaam,
      paginas,
      OUDER_WACHTWOORD,
    );
    await ouder.getByRole("link", { name: `Voorkeurslijst invullen: ${kind.naam}` }).click();
    await ouder.getByRole("heading", { level: 1, name: `Aanmelden: ${kind.naam}` }).waitFor();
    await ouder
      .getByText(`Met het advies havo bestaat de voorkeurslijst uit ${regio.havo} scholen.`, { exact: false })
      .waitFor();
    await voorkeur(ouder, regio.havo).waitFor();
    expect(await ouder.getByRole("group", { name: /^Voorkeur \d+$/ }).count()).toBe(regio.havo);

    // Every voorkeur: the first school still free, and an afdeling for havo.
    for (let n = 1; n <= regio.havo; n++) {
      const groep = voorkeur(ouder, n);
      const scholen = await optieLabels(keuze(groep, "School"));
      await keuze(groep, "School").selectOption({ label: scholen[1] as string });
      const afdeling = keuze(groep, "Afdeling");
      if ((await afdeling.inputValue()) === "") {
        await afdeling.selectOption({ index: 1 });
      }
      if (n === 1) {
        // REG-03: voorrang only where the region has it (Amsterdam abolished it in 2024).
        const voorrang = groep.getByRole("radiogroup", { name: "Voorrang" });
        await voorrang.waitFor();
        const geenInRegio = groep.getByText("In deze regio bestaat geen voorrang bij de aanmelding.");
        if (regio.voorrang) {
          expect(await geenInRegio.count()).toBe(0);
        } else {
          await geenInRegio.waitFor();
          expect(await groep.getByRole("radio").count()).toBe(0);
        }
      }
    }
    await melding(ouder, "De voorkeurslijst is compleet.").waitFor();
    await ouder.getByRole("button", { name: "Volgende", exact: true }).click();
    const lijst = ouder.getByRole("table", { name: "Voorkeurslijst" });
    await lijst.waitFor();
    expect(await lijst.getByRole("row").count()).toBe(regio.havo + 1);
    await ouder.getByRole("button", { name: "Aanmelding definitief maken", exact: true }).click();
    await melding(ouder, "Uw kind is aangemeld. U ontvangt de voorkeurslijst per e-mail.").waitFor();
  });

  it(`LOT-02 LOT-03 REGION-01 the lottery screen shows ${regio.centraal ? "one central draw" : "the decentral lottery and the CP&L"}`, async () => {
    const pagina = await ingelogdePagina(browser, regio.url(), "regiobeheerder", paginas);
    await naarScherm(pagina, "Leerlingen", "Centrale plaatsing en loting", "Centrale plaatsing en loting");
    const kop = regio.centraal ? "Centrale loting" : "Centrale Plaatsing en Loting (CP&L)";
    await pagina.getByRole("heading", { level: 2, name: kop, exact: true }).waitFor();
    expect(await pagina.getByRole("region", { name: "Decentrale loting" }).count()).toBe(
      regio.centraal ? 0 : 1,
    );
  });

  it(`ACC-06 REGION-01 the roles for SWV requests are ${regio.swvRollen ? "offered" : "not offered"} when adding a VO user`, async () => {
    const pagina = await ingelogdePagina(browser, regio.url(), "regiobeheerder", paginas);
    await pagina.getByRole("button", { name: "Instellingen" }).click();
    await pagina
      .getByRole("navigation", { name: "Servicemenu" })
      .getByRole("link", { name: "Gebruikers" })
      .click();
    await pagina.getByRole("heading", { level: 1, name: "Gebruikers" }).waitFor();
    await pagina.getByRole("button", { name: "Gebruiker toevoegen" }).click();
    const formulier = pagina.getByRole("region", { name: "Gebruiker toevoegen" });
    await formulier.getByLabel("Type organisatie").selectOption("vo");
    await formulier.getByLabel("Beoordelen en plaatsen", { exact: true }).waitFor();
    for (const rol of ["Aanvragen SWV opstellen", "Aanvragen SWV accorderen en versturen"]) {
      expect(await formulier.getByLabel(rol, { exact: true }).count()).toBe(regio.swvRollen ? 1 : 0);
    }
  });

  it(`TRT-13 REGION-01 the pupil's menu ${regio.centraal ? "offers" : "has no"} Advies / setting aanpassen and Doorbegeleiden`, async () => {
    const kind = await aangemeldKind({
      keuzes: regio.keuzes,
      regio: regio.naam as "amstelland" | "amsterdam",
    });
    const pagina = await ingelogdePagina(browser, regio.url(), "plaatser", paginas);
    await naarScherm(pagina, "Leerlingen", "Overzicht", "Leerlingenoverzicht");
    const rij = await zoekLeerling(pagina, kind.elkNummer);
    await pagina.getByRole("button", { name: `Onderliggend menu openen: ${kind.naam}`, exact: true }).click();
    const menu = pagina.getByRole("list", { name: `Menu van ${kind.naam}` });
    await menu.getByRole("button", { name: "Plaatsen", exact: true }).waitFor();
    const eigen = ["Advies / setting aanpassen", "Doorbegeleiden"];
    for (const actie of eigen) {
      expect(await menu.getByRole("button", { name: actie, exact: true }).count()).toBe(
        regio.swvRollen ? 1 : 0,
      );
    }
    if (!regio.swvRollen) return;

    // Advies / setting aanpassen: the registration undone, the oki-doc back to the primary school.
    await menu.getByRole("button", { name: "Advies / setting aanpassen", exact: true }).click();
    const vraag = pagina.getByRole("alertdialog", { name: "Advies / setting aanpassen" });
    await vraag.getByRole("button", { name: "Advies / setting aanpassen", exact: true }).click();
    await pagina
      .getByRole("status")
      .filter({ hasText: `De aanmelding van ${kind.naam} is ongedaan gemaakt` })
      .waitFor();
    await rij.waitFor({ state: "detached" });
    const po = await inloggen("po-gebruiker", undefined, regio.url());
    const berichten = await api<NotificatieLijst>("GET", "/api/notificaties", {
      token: po,
      baseUrl: regio.url(),
    });
    expect(berichten.body.items.map((b) => b.tekst)).toContain(
      `Zuideramstel College heeft de aanmelding van ${kind.naam} ongedaan gemaakt om het advies of de setting aan te passen. Het oki-doc is weer bewerkbaar.`,
    );
  });
});
