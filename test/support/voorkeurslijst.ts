import type { Locator, Page } from "playwright-core";

/** The voorkeurslijst form in the browser (REG-02, REG-03): the parents' and a VO school's. */
export const voorkeur = (pagina: Page, nummer: number) =>
  pagina.getByRole("group", { name: `Voorkeur ${nummer}`, exact: true });

export const keuze = (groep: Locator, naam: "School" | "Afdeling") =>
  groep.getByRole("combobox", { name: naam, exact: true });

/** A message of the form (role status) with this text. */
export const melding = (pagina: Page, tekst: string) => pagina.getByRole("status").filter({ hasText: tekst });

/** Voorkeur `nummer`: this school (its label, "Naam (Plaats)"), and this afdeling when it must be picked. */
export async function kies(pagina: Page, nummer: number, school: string, afdeling?: string): Promise<void> {
  const groep = voorkeur(pagina, nummer);
  await keuze(groep, "School").selectOption({ label: school });
  if (afdeling) await keuze(groep, "Afdeling").selectOption({ label: afdeling });
}

export async function optieLabels(select: Locator): Promise<string[]> {
  return (await select.locator("option").allTextContents()).map((tekst) => tekst.trim());
}
