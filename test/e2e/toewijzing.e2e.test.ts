import type { AanmeldingDetail, AanmeldingenOverzicht } from "@elk/contracts";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { launchBrowser, newPage, openMenu, signIn } from "../support/browser";
import { aangemeldKind } from "../support/leerlingen";

/**
 * TRT-08 / TRT-14: the 1st-choice school assigned a pupil to the wrong school after the CP&L; the
 * region administrator puts it right in Leerlingen > Toewijzing corrigeren.
 */
describe("correcting an assignment (browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("TRT-08 TRT-14 the region administrator moves a wrongly assigned pupil to the right school", async () => {
    const kind = await aangemeldKind();
    const plaatser = await inloggen("plaatser");
    const stap = async (body: Record<string, unknown>) => {
      const huidig = await api<AanmeldingDetail>("GET", `/api/aanmeldingen/${kind.aanmeldingId}`, {
        token: plaatser,
      });
      const res = await api("POST", `/api/aanmeldingen/${kind.aanmeldingId}/behandelen`, {
        token: plaatser,
        body: { ...body, version: huidig.body.version },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    await stap({ actie: "uitloten", toelichting: "Decentrale loting havo" });
    await stap({ actie: "toewijzen-andere-school", schoolId: "keizer-karel-college", afdelingId: "havo" });

    const pagina = await newPage(browser, inject("baseUrl"));
    await signIn(pagina, "regiobeheerder", DEMO_WACHTWOORD);
    await openMenu(pagina, "Leerlingen");
    await pagina
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Toewijzing corrigeren" })
      .click();
    await pagina.getByRole("heading", { level: 1, name: "Toewijzing corrigeren" }).waitFor();

    await pagina.getByRole("textbox", { name: "ELK-nummer" }).fill(kind.elkNummer);
    await pagina.getByRole("button", { name: "Zoeken", exact: true }).click();
    await pagina.getByRole("heading", { level: 2, name: `${kind.naam} (${kind.elkNummer})` }).waitFor();
    await pagina.getByText("Keizer Karel College, havo").waitFor();
    await pagina.getByText("Amstelveen College", { exact: true }).waitFor();

    const correctie = pagina.getByRole("region", { name: `${kind.naam} (${kind.elkNummer})` });
    await correctie
      .getByRole("combobox", { name: "School", exact: true })
      .selectOption({ label: "Hermann Wesselink College" });
    await correctie.getByRole("combobox", { name: "Afdeling", exact: true }).selectOption({ label: "havo" });
    await pagina.getByRole("button", { name: "Toewijzing corrigeren", exact: true }).click();
    await pagina
      .getByRole("status")
      .filter({ hasText: `${kind.naam} is toegewezen aan Hermann Wesselink College, havo.` })
      .waitFor();
    await correctie.getByText("Hermann Wesselink College, havo", { exact: true }).waitFor();

    const kkc = await api<AanmeldingenOverzicht>(
      "GET",
      "/api/aanmeldingen?schooljaar=2026-2027&perPagina=500",
      {
        token: await inloggen("plaatser-kkc"),
      },
    );
    expect(kkc.body.items.map((r) => r.id)).not.toContain(kind.aanmeldingId);
    await pagina.context().close();
  });
});
