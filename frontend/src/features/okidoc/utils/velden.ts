import type { OkidocVeldDefinitie, PoOkidoc } from "@elk/contracts";

/** Required always, or because another answer asks for it ("ja" → explain). */
export function isVerplicht(veld: OkidocVeldDefinitie, waarden: Readonly<Record<string, string>>): boolean {
  return (
    veld.verplicht ||
    (veld.verplichtAls !== undefined && waarden[veld.verplichtAls.veld] === veld.verplichtAls.waarde)
  );
}

/** How many required fields are still empty, the advice included: the same rule the API applies. */
export function aantalOntbrekend(
  formulier: PoOkidoc["formulier"],
  waarden: Readonly<Record<string, string>>,
  advies: string,
): number {
  const velden = formulier.flatMap((s) => s.velden);
  return (
    (advies ? 0 : 1) + velden.filter((v) => isVerplicht(v, waarden) && !(waarden[v.id] ?? "").trim()).length
  );
}

/** The values of the form's own fields: what a save sends. */
export function formulierWaarden(
  formulier: PoOkidoc["formulier"],
  waarden: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    formulier.flatMap((s) => s.velden).flatMap((v) => (v.id in waarden ? [[v.id, waarden[v.id] ?? ""]] : [])),
  );
}
