import type { GebruikersLijst } from "@elk/contracts";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { browserPerBestand, openMenu, signIn } from "../support/browser";

const WACHTWOORD = "Demo-ELK-2026!";

/**
 * Issue #10 (PRIV): Instellingen > Auditlog, the region administrator's view of every read of
 * personal data and every action while looking along; no other role has it.
 */
describe("Instellingen > Auditlog (browser, #10 PRIV)", () => {
  const { nieuwePagina } = browserPerBestand();

  async function pagina(gebruiker: string): Promise<Page> {
    const p = await nieuwePagina();
    await signIn(p, gebruiker, WACHTWOORD);
    return p;
  }

  it("PRIV #10 ACC-07 the region administrator sees the start of looking along and filters by kind and period", async () => {
    // Something to see: the contactpersoon ELK starts looking along as the locatiebeheerder.
    const cp = await inloggen("contactpersoon");
    const lijst = await api<GebruikersLijst>("GET", "/api/gebruikers", { token: cp });
    const lb = lijst.body.items.find((g) => g.gebruikersnaam === "locatiebeheerder");
    expect((await api("POST", "/api/meekijken", { token: cp, body: { gebruikerId: lb?.id } })).status).toBe(
      200,
    );

    const rb = await pagina("regiobeheerder");
    await openMenu(rb, "Instellingen");
    await rb.getByRole("navigation", { name: "Servicemenu" }).getByRole("link", { name: "Auditlog" }).click();
    await rb.getByRole("heading", { level: 1, name: "Auditlog" }).waitFor();
    expect(new URL(rb.url()).pathname).toBe("/instellingen/auditlog");

    const tabel = rb.getByRole("table");
    const rij = tabel
      .getByRole("row")
      .filter({ hasText: "Meekijken gestart" })
      .filter({ hasText: "Sanne Wilbrink" });
    await rij.first().waitFor();
    expect(await rij.first().textContent()).toContain("Contactpersoon ELK");

    // Only exports with BSN: the look-along row goes.
    await rb.getByLabel("Soort").selectOption({ label: "Export met BSN" });
    await rb.getByRole("button", { name: "Tonen" }).click();
    await rij.first().waitFor({ state: "detached" });
    // Back to every kind, for a period of one day: today.
    const vandaag = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
    await rb.getByLabel("Soort").selectOption({ label: "Alle soorten" });
    await rb.getByLabel("Van", { exact: true }).fill(vandaag);
    await rb.getByLabel("Tot en met").fill(vandaag);
    await rb.getByRole("button", { name: "Tonen" }).click();
    await rij.first().waitFor();
  });

  it("PRIV #10 no other role has the screen: not in the menu, and the address shows 'not found'", async () => {
    const lb = await pagina("locatiebeheerder");
    await openMenu(lb, "Instellingen");
    const servicemenu = lb.getByRole("navigation", { name: "Servicemenu" });
    await servicemenu.getByRole("link", { name: "Gebruikers" }).waitFor();
    expect(await servicemenu.getByRole("link", { name: "Auditlog" }).count()).toBe(0);
    await lb.goto("/instellingen/auditlog");
    await lb.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await lb.getByRole("heading", { level: 1, name: "Auditlog" }).count()).toBe(0);
  });
});
