import { randomUUID } from "node:crypto";
import type { NotificatieLijst } from "@elk/contracts";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { ingelogdePagina, launchBrowser, naarScherm } from "../support/browser";
import { type AangemeldKind, aangemeldKind } from "../support/leerlingen";
import { okidocVrijgegeven } from "../support/okidoc";
import { zoekLeerling } from "../support/overzicht";

/**
 * The manual's "Aanvulling vragen op het oki-doc" (TRT-03, PO-01, GRP-02, GRP-04): the VO school
 * asks for an addition from its overview, the primary school sees the question, adds and
 * releases again, and the pupil's contact person at the VO school is told. Set up through the
 * API: a new pupil registered by its parents with Amstelveen College first, its oki-doc
 * released, in a group of that school with the plaatser as contact person.
 */
describe("asking for an addition to the oki-doc (browser)", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  const paginas: Page[] = [];
  let kind: AangemeldKind;

  beforeAll(async () => {
    browser = await launchBrowser();
    kind = await aangemeldKind();
    await okidocVrijgegeven(kind.leerlingId);
    const groep = await api("POST", "/api/groepen", {
      token: await inloggen("plaatser"),
      body: {
        schooljaar: "2026-2027",
        naam: `Aanvulling ${randomUUID().slice(0, 6)}`,
        aanmeldingIds: [kind.aanmeldingId],
        contactpersoonIds: ["demo-plaatser"],
      },
    });
    expect(groep.status, JSON.stringify(groep.body)).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(paginas.splice(0).map((pagina) => pagina.context().close()));
  });

  const ingelogd = (gebruikersnaam: string) => ingelogdePagina(browser, baseUrl, gebruikersnaam, paginas);
  const naarLeerlingen = (pagina: Page, scherm: string, kop: string) =>
    naarScherm(pagina, "Leerlingen", scherm, kop);

  /**
   * The notification with this text in the menu top right, which reads them again as it opens:
   * unread, so the button counts it.
   */
  async function notificatie(pagina: Page, tekst: string): Promise<Locator> {
    await pagina.getByRole("button", { name: /^Notificaties/ }).click();
    const melding = pagina.locator(".elk-notificaties-menu__paneel .elk-notificatie", { hasText: tekst });
    await melding.getByText("Nieuw", { exact: true }).waitFor();
    await pagina.getByRole("button", { name: /^Notificaties, \d+ ongelezen$/ }).waitFor();
    return melding;
  }

  const knop = (plek: Page | Locator, naam: string) => plek.getByRole("button", { name: naam, exact: true });

  it("TRT-03 PO-01 GRP-02 GRP-04 the VO school asks for an addition, the primary school adds and releases again, the pupil's contact person is told", async () => {
    const vraag = `Graag de uitslag van de doorstroomtoets toevoegen (${kind.elkNummer}).`;

    // 1. The plaatser finds the pupil in Leerlingen > Overzicht: the oki-doc is there as PDF.
    const vo = await ingelogd("plaatser");
    await naarLeerlingen(vo, "Overzicht", "Leerlingenoverzicht");
    const rij = await zoekLeerling(vo, kind.elkNummer);
    const pdf = knop(rij, `Oki-doc van ${kind.naam} openen (PDF)`);
    await pdf.waitFor();

    // "Klik op het menu knopje", "Aanvulling vragen", say what is missing.
    await knop(rij, `Onderliggend menu openen: ${kind.naam}`).click();
    const menu = vo.getByRole("list", { name: `Menu van ${kind.naam}` });
    await knop(menu, "Aanvulling vragen").click();
    const dialoog = vo.getByRole("dialog", { name: "Aanvulling vragen" });
    await knop(dialoog, "Aanvulling vragen").click();
    await dialoog.getByText("Geef aan wat u aangevuld wilt zien.", { exact: true }).waitFor();
    await dialoog.getByRole("textbox", { name: "Wat wilt u aangevuld zien?" }).fill(vraag);
    await knop(dialoog, "Aanvulling vragen").click();
    await vo
      .getByRole("status")
      .filter({ hasText: `Er is een aanvulling op het oki-doc van ${kind.naam} gevraagd.` })
      .waitFor();
    await dialoog.waitFor({ state: "hidden" });

    // The status changes, the PDF icon is gone and the menu is reduced.
    await rij.getByText("Aanvulling gevraagd", { exact: true }).waitFor();
    await pdf.waitFor({ state: "detached" });
    await knop(rij, `Onderliggend menu openen: ${kind.naam}`).click();
    await knop(menu, "Toon historie").waitFor();
    const keuzes = await menu.getByRole("button").allTextContents();
    expect(keuzes).toEqual(["Terugtrekken", "Toon historie", "Notities"]);
    await vo.keyboard.press("Escape");
    await menu.waitFor({ state: "hidden" });

    // 2. The primary school gets a notification with the VO school's text …
    const po = await ingelogd("po-gebruiker");
    const gevraagd = await notificatie(
      po,
      `Amstelveen College vraagt een aanvulling op het oki-doc van ${kind.naam}: ${vraag}`,
    );
    await gevraagd.getByText(`Leerling: ${kind.naam} (${kind.elkNummer})`).waitFor();

    // … opens the oki-doc from Leerlingen groep 8, sees the question, adds and releases again.
    await po.keyboard.press("Escape");
    await naarLeerlingen(po, "Leerlingen groep 8", "Leerlingen groep 8");
    await po.getByRole("link", { name: `Oki-doc van ${kind.naam}`, exact: true }).click();
    await po.getByRole("heading", { level: 1, name: `Oki-doc van ${kind.naam}` }).waitFor();
    expect(await po.getByTestId("okidoc-status").textContent()).toContain("Aanvulling gevraagd");
    await po
      .getByRole("heading", { level: 2, name: "Amstelveen College vraagt om een aanvulling" })
      .waitFor();
    await po.getByText(vraag, { exact: true }).waitFor();

    const werkhouding = po.getByRole("textbox", { name: "Werkhouding en taakaanpak", exact: true });
    await werkhouding.fill("Geconcentreerd; doorstroomtoets Route 8: 1F/2F behaald.");
    await knop(po, "Vrijgeven").click();
    await knop(po.getByRole("alertdialog", { name: "Oki-doc vrijgeven?" }), "Vrijgeven").click();
    await po.getByRole("status").filter({ hasText: "Het oki-doc is vrijgegeven." }).waitFor();
    await po.getByText(/^Het oki-doc is vrijgegeven en kan niet meer gewijzigd worden/).waitFor();
    expect(await po.getByTestId("okidoc-status").textContent()).toMatch(
      /Aangevuld en opnieuw vrijgegeven op/,
    );
    await po.getByText("Geconcentreerd; doorstroomtoets Route 8: 1F/2F behaald.").waitFor();

    // 3. The plaatser, contact person of the pupil's group, is told: unread …
    const aangevuld = `De basisschool heeft het oki-doc van ${kind.naam} aangevuld en opnieuw vrijgegeven.`;
    const melding = await notificatie(vo, aangevuld);
    await melding.getByText(`Leerling: ${kind.naam} (${kind.elkNummer})`).waitFor();
    await vo.keyboard.press("Escape");

    // … and the pupil's status is Aangevuld, with the PDF icon back.
    await vo.reload();
    await rij.getByText("Aangevuld", { exact: true }).waitFor();
    await pdf.waitFor();

    // GRP-02: a user of the school who is no contact person of the pupil's groups is not told.
    const aanmelder = await api<NotificatieLijst>("GET", "/api/notificaties", {
      token: await inloggen("aanmelder"),
    });
    expect(aanmelder.status).toBe(200);
    expect(aanmelder.body.items.map((n) => n.tekst)).not.toContain(aangevuld);
    expect(aanmelder.body.items.map((n) => n.aanmeldingId)).not.toContain(kind.aanmeldingId);
  });
});
