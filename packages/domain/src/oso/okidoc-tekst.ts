import { OKIDOC_FORMULIER, type OkidocVeld, type OkidocVelden } from "../behandeling/okidoc";
import { schoneTekst } from "./xml";

/** The oki-doc's answers as its PDF words them: the form's label with the value or its choice's label. */

const VELDEN: ReadonlyMap<string, OkidocVeld> = new Map(
  OKIDOC_FORMULIER.flatMap((sectie) => sectie.velden).map((veld) => [veld.id, veld]),
);

export function jaNee(waarde: string | undefined): boolean | undefined {
  if (waarde === "ja") return true;
  if (waarde === "nee") return false;
  return undefined;
}

/** "Wens van de ouders: havo", "Gebruikt de leerling medicijnen …? Ja", or a label over a paragraph. */
export function tekstblok(velden: OkidocVelden, id: string): string | undefined {
  const veld = VELDEN.get(id);
  const waarde = schoneTekst(velden[id]);
  if (!veld || waarde === undefined) return undefined;
  if (veld.soort === "tekstvak") return `${veld.label}:\n${waarde}`;
  const weergave =
    veld.soort === "ja-nee"
      ? waarde === "ja"
        ? "Ja"
        : "Nee"
      : (veld.keuzes?.find((keuze) => keuze.waarde === waarde)?.label ?? waarde);
  return veld.label.endsWith("?") ? `${veld.label} ${weergave}` : `${veld.label}: ${weergave}`;
}

export function tekstblokken(velden: OkidocVelden, ids: readonly string[]): string | undefined {
  const blokken = ids.map((id) => tekstblok(velden, id)).filter((blok) => blok !== undefined);
  return blokken.length > 0 ? blokken.join("\n\n") : undefined;
}
