import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { NieuwsBron, Nieuwsbericht } from "./organisatie";

/** HOME-01: a news item is a concept until published; withdrawn, it leaves the home page again. */
export type NieuwsStatus = "concept" | "gepubliceerd" | "ingetrokken";

export const NIEUWS_BRONNEN: readonly NieuwsBron[] = ["beheerorganisatie", "ELK"];

export function nieuwsStatus(bericht: Pick<Nieuwsbericht, "gepubliceerdOp" | "ingetrokkenOp">): NieuwsStatus {
  if (bericht.ingetrokkenOp) return "ingetrokken";
  if (bericht.gepubliceerdOp) return "gepubliceerd";
  return "concept";
}

/** A new, unpublished item. The caller gives the id and the moment: the domain has no clock. */
export function nieuwsConcept(
  invoer: { titel?: string; tekst?: string; bron?: string },
  context: { id: string; nu: string },
): Nieuwsbericht {
  const velden: Record<string, string> = {};
  const titel = (invoer.titel ?? "").trim();
  const tekst = (invoer.tekst ?? "").trim();
  if (titel === "") velden.titel = "Vul de titel in.";
  if (tekst === "") velden.tekst = "Vul de tekst in.";
  const bron = NIEUWS_BRONNEN.find((b) => b === invoer.bron);
  if (!bron) velden.bron = "Kies de afzender: beheerorganisatie of ELK.";
  if (!bron || Object.keys(velden).length > 0) {
    throw new OngeldigeInvoerFout(
      "Het nieuwsbericht is niet volledig. Controleer de gemarkeerde velden.",
      velden,
    );
  }
  return { id: context.id, titel, tekst, bron, aangemaaktOp: context.nu };
}

/**
 * Publishing shows the item on the home page from `nu`; a withdrawn item can be published again.
 * Publishing a published item changes nothing, so a double click does not act twice.
 */
export function nieuwsPubliceren(
  bericht: Nieuwsbericht,
  nu: string,
): { bericht: Nieuwsbericht; gewijzigd: boolean } {
  if (nieuwsStatus(bericht) === "gepubliceerd") return { bericht, gewijzigd: false };
  const { ingetrokkenOp: _ingetrokken, ...rest } = bericht;
  return { bericht: { ...rest, gepubliceerdOp: nu }, gewijzigd: true };
}

/** Withdrawing takes a published item off the home page; it stays in the administrator's list. */
export function nieuwsIntrekken(
  bericht: Nieuwsbericht,
  nu: string,
): { bericht: Nieuwsbericht; gewijzigd: boolean } {
  const status = nieuwsStatus(bericht);
  if (status === "concept") {
    throw new OngeldigeInvoerFout("Dit bericht is nog niet gepubliceerd en kan dus niet worden ingetrokken.");
  }
  if (status === "ingetrokken") return { bericht, gewijzigd: false };
  return { bericht: { ...bericht, ingetrokkenOp: nu }, gewijzigd: true };
}
