import type { AanmeldingDetail, KalenderDetail, NotificatieLijst } from "@elk/contracts";
import { nederlandseDatum } from "@elk/domain";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { launchBrowser, newPage, signIn } from "../support/browser";
import { aangemeldKind, OUDER_WACHTWOORD } from "../support/leerlingen";
import { alleMailsAan, wachtOpMail } from "../support/mailbox";

const SCHOOLJAAR = "2026-2027";

function dagenGeleden(dagen: number): string {
  return nederlandseDatum(new Date(Date.now() - dagen * 86_400_000));
}

/**
 * LOT-04 / PAR-01 / MAIL-01: before the announcement the parents see only that their child is
 * registered; from the moment on — set here by moving the calendar into the past — they see the
 * placement and get one mail, sent by the announcement job (EventBridge every minute in AWS, the
 * local planner here).
 */
describe("the announcement (browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("LOT-04 PAR-01 MAIL-01 before the announcement the parent sees nothing of the placement; after it, the school and one mail", async () => {
    const [kind, laat] = await Promise.all([aangemeldKind(), aangemeldKind()]);
    const plaatser = await inloggen("plaatser");
    const po = await inloggen("po-gebruiker");
    const plaats = async (aanmeldingId: string) => {
      const huidig = await api<AanmeldingDetail>("GET", `/api/aanmeldingen/${aanmeldingId}`, {
        token: plaatser,
      });
      const geplaatst = await api("POST", `/api/aanmeldingen/${aanmeldingId}/behandelen`, {
        token: plaatser,
        body: { actie: "plaatsen", afdelingId: "havo", version: huidig.body.version },
      });
      expect(geplaatst.status, JSON.stringify(geplaatst.body)).toBe(200);
    };
    const poBerichten = async () =>
      (await api<NotificatieLijst>("GET", "/api/notificaties", { token: po })).body.items.map((n) => n.tekst);
    await plaats(kind.aanmeldingId);
    // TRT-05: the primary school does not hear of it before the announcement either.
    expect(await poBerichten()).not.toContain(`${kind.naam} is geplaatst op Amstelveen College, havo.`);

    const pagina = await newPage(browser, inject("baseUrl"));
    await signIn(pagina, kind.ouderGebruikersnaam, OUDER_WACHTWOORD);
    const kaart = pagina.getByRole("article", { name: kind.naam });
    await kaart.getByText(/Aangemeld op .* bij Amstelveen College/).waitFor();
    expect(await kaart.textContent()).not.toContain("Geplaatst");
    expect(await alleMailsAan(kind.emailOuders)).not.toContainEqual(
      expect.objectContaining({ subject: `Plaatsing ${kind.naam}: Amstelveen College` }),
    );

    const rb = await inloggen("regiobeheerder");
    const origineel = (await api<KalenderDetail>("GET", `/api/kalender/${SCHOOLJAAR}`, { token: rb })).body;
    const verleden = {
      aanmeldperiode: { van: dagenGeleden(12), tot: dagenGeleden(10) },
      behandelperiode: { van: dagenGeleden(9), tot: dagenGeleden(7) },
      decentraleLoting: dagenGeleden(6),
      centralePlaatsing: dagenGeleden(5),
      bekendmaking: new Date(Date.now() - 60_000).toISOString(),
    };
    const gezet = await api<KalenderDetail>("PUT", `/api/kalender/${SCHOOLJAAR}`, {
      token: rb,
      body: { ...verleden, version: origineel.version },
    });
    expect(gezet.status, JSON.stringify(gezet.body)).toBe(200);
    try {
      await pagina.reload();
      await kaart.getByText("Geplaatst op Amstelveen College, afdeling havo").waitFor();
      const mail = await wachtOpMail(kind.emailOuders, `Plaatsing ${kind.naam}: Amstelveen College`);
      expect(mail.body.text).toContain(`${kind.naam} is geplaatst op Amstelveen College, afdeling havo.`);
      // The job keeps running: still exactly one mail.
      await new Promise((r) => setTimeout(r, 2500));
      const plaatsingsmails = (await alleMailsAan(kind.emailOuders)).filter((m) =>
        m.subject.startsWith("Plaatsing"),
      );
      expect(plaatsingsmails).toHaveLength(1);
      // TRT-05 / PO-03: the primary school hears it with the announcement.
      expect(await poBerichten()).toContain(`${kind.naam} is geplaatst op Amstelveen College, havo.`);
      // A pupil placed after the announcement: parents and primary school are told at once.
      await plaats(laat.aanmeldingId);
      await wachtOpMail(laat.emailOuders, `Plaatsing ${laat.naam}: Amstelveen College`);
      expect(await poBerichten()).toContain(`${laat.naam} is geplaatst op Amstelveen College, havo.`);
    } finally {
      const { schooljaar: _j, standaard: _s, magWijzigen: _m, version: _v, ...terug } = origineel;
      const hersteld = await api("PUT", `/api/kalender/${SCHOOLJAAR}`, {
        token: rb,
        body: { ...terug, version: gezet.body.version },
      });
      expect(hersteld.status, JSON.stringify(hersteld.body)).toBe(200);
      await pagina.context().close();
    }
  });
});
