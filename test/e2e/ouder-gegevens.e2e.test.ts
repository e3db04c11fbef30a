import { readFile } from "node:fs/promises";
import type { OuderGegevens } from "@elk/contracts";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage, signIn } from "../support/browser";
import { nieuwBsn } from "../support/bsn";
import { aangemeldKind, kindMetOuder, OUDER_WACHTWOORD } from "../support/leerlingen";

/**
 * AVG inzage (issue #10, PRIV): in the ouderportaal, "Gegevens van uw kind" shows everything ELK
 * holds about the child and downloads it as JSON — the BSN masked.
 */
describe("Gegevens van uw kind (browser, #10 PRIV)", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  let pagina: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await pagina?.context().close();
  });

  it("PRIV #10 PAR-01 the parent reads the child's data and downloads all of it as JSON", async () => {
    const bsn = nieuwBsn();
    const kind = await aangemeldKind({ kind: await kindMetOuder({ bsn }) });
    pagina = await newPage(browser, baseUrl);
    await signIn(pagina, kind.ouderGebruikersnaam, OUDER_WACHTWOORD);
    await pagina.goto(`/ouderportaal/kind/${kind.leerlingId}`);
    await pagina.getByRole("link", { name: "Gegevens van uw kind" }).click();
    await pagina.getByRole("heading", { level: 1, name: `Gegevens van ${kind.naam}` }).waitFor();
    const inhoud = (await pagina.locator("main").textContent()) ?? "";
    expect(inhoud).toContain(kind.elkNummer);
    expect(inhoud).toContain("Amstelveen College");
    expect(inhoud).toContain(bsn.slice(-3));
    expect(inhoud).not.toContain(bsn);

    const [download] = await Promise.all([
      pagina.waitForEvent("download"),
      pagina.getByRole("button", { name: "Download alle gegevens (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`gegevens-${kind.elkNummer}.json`);
    const pad = await download.path();
    const tekst = await readFile(pad, "utf8");
    const json = JSON.parse(tekst) as OuderGegevens;
    expect(json.kind.elkNummer).toBe(kind.elkNummer);
    expect(json.aanmeldingen.map((a) => a.id)).toEqual([kind.aanmeldingId]);
    expect(tekst).not.toContain(bsn);
  });
});
