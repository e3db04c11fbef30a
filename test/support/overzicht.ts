import type { Locator, Page } from "playwright-core";

/** The row of the pupil with this ELK-nummer in Leerlingen > Overzicht. */
export const rijVan = (pagina: Page, elkNummer: string): Locator =>
  pagina.getByRole("row").filter({ has: pagina.getByRole("cell", { name: elkNummer, exact: true }) });

/**
 * Searches the pupil in Leerlingen > Overzicht, as a school with hundreds of registrations would,
 * and waits until the table shows the search's answer: only that pupil and nothing loading. Before
 * that, the row may already be there from the unfiltered page and be replaced under the mouse.
 */
export async function zoekLeerling(pagina: Page, elkNummer: string): Promise<Locator> {
  await pagina.getByRole("searchbox", { name: "Zoeken" }).fill(elkNummer);
  const rij = rijVan(pagina, elkNummer);
  await rij.waitFor();
  await pagina.getByRole("table").getByRole("row").nth(2).waitFor({ state: "detached" });
  await pagina.locator('.elk-overzicht__tabel[aria-busy="false"]').waitFor();
  return rij;
}
