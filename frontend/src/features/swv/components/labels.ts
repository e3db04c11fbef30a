import type { SwvAanvraagSoort, SwvAanvraagStatus } from "@elk/contracts";
import type { MessageKey } from "../../../i18n/nl";

/** The kinds of request in the order the form offers them. */
export const SOORTEN: readonly SwvAanvraagSoort[] = ["arrangement", "tlv-vso", "overig"];

export function soortLabel(soort: SwvAanvraagSoort): MessageKey {
  return `swv.soort.${soort}`;
}

export function statusLabel(status: SwvAanvraagStatus): MessageKey {
  return `swv.status.${status}`;
}

const HISTORIE: Readonly<Record<string, MessageKey>> = {
  aangemaakt: "swv.historie.aangemaakt",
  gewijzigd: "swv.historie.gewijzigd",
  "bijlage-toegevoegd": "swv.historie.bijlage-toegevoegd",
  "bijlage-verwijderd": "swv.historie.bijlage-verwijderd",
  ingediend: "swv.historie.ingediend",
  teruggestuurd: "swv.historie.teruggestuurd",
  verstuurd: "swv.historie.verstuurd",
};

/** A history step's words; a step this screen does not know yet keeps its code. */
export function historieLabel(soort: string): MessageKey | undefined {
  return Object.hasOwn(HISTORIE, soort) ? HISTORIE[soort] : undefined;
}
