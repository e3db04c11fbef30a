import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import { ADVIEZEN, type Advies } from "../organisatie/organisatie";

/**
 * PO-02: the primary school enters the results of the doorstroomtoets. The national tests report
 * a reference level per domain: lezen and taalverzorging at 1F or 2F, rekenen at 1F or 1S (and
 * below 1F). They are the oki-doc's own fields niveauLezen, niveauTaalverzorging, niveauRekenen
 * and doorstroomtoets (okidoc.ts) — entered here even after the oki-doc was released, because the
 * results come in after the advice.
 */
export const DOORSTROOMTOETS_DOMEINEN = [
  { id: "niveauLezen", label: "Lezen" },
  { id: "niveauTaalverzorging", label: "Taalverzorging" },
  { id: "niveauRekenen", label: "Rekenen" },
] as const;

export type DoorstroomtoetsDomein = (typeof DOORSTROOMTOETS_DOMEINEN)[number]["id"];

/** The oki-doc field that names the test and when it was taken. */
export const DOORSTROOMTOETS_NAAM_VELD = "doorstroomtoets";

/** The field ids of the oki-doc that hold the doorstroomtoets. */
export const DOORSTROOMTOETS_VELDEN: readonly string[] = [
  ...DOORSTROOMTOETS_DOMEINEN.map((d) => d.id),
  DOORSTROOMTOETS_NAAM_VELD,
];

/** The levels a domain can have, in the values of the oki-doc's form. */
export const NIVEAUS_PER_DOMEIN: Readonly<Record<DoorstroomtoetsDomein, readonly string[]>> = {
  niveauLezen: ["onder-1f", "1f", "2f"],
  niveauTaalverzorging: ["onder-1f", "1f", "2f"],
  niveauRekenen: ["onder-1f", "1f", "1s"],
};

const NIVEAU_LABELS: Readonly<Record<string, string>> = {
  "onder-1f": "Lager dan 1F",
  "1f": "1F",
  "2f": "2F",
  "1s": "1S",
  onbekend: "Nog niet bekend",
};

/** "1F", "2F", "1S", "Lager dan 1F" — as the test reports them. */
export function niveauLabel(waarde: string | undefined): string {
  return waarde ? (NIVEAU_LABELS[waarde] ?? waarde) : "";
}

export interface DoorstroomtoetsInvoer {
  niveauLezen: string;
  niveauTaalverzorging: string;
  niveauRekenen: string;
  /** Name and date of the test, free text. */
  toets?: string;
}

/** PO-02: the levels must be ones the test can report for that domain; a message per field otherwise. */
export function controleerDoorstroomtoets(invoer: DoorstroomtoetsInvoer): Record<string, string> {
  const velden: Record<string, string> = {};
  const fouten: Record<string, string> = {};
  for (const domein of DOORSTROOMTOETS_DOMEINEN) {
    const waarde = invoer[domein.id].trim().toLowerCase();
    if (!NIVEAUS_PER_DOMEIN[domein.id].includes(waarde)) {
      fouten[domein.id] =
        `Kies het niveau voor ${domein.label.toLowerCase()}: ${NIVEAUS_PER_DOMEIN[domein.id].map(niveauLabel).join(", ")}.`;
    } else velden[domein.id] = waarde;
  }
  const toets = invoer.toets?.trim().replace(/\s+/g, " ") ?? "";
  if (toets.length > 200) fouten.toets = "Gebruik hoogstens 200 tekens.";
  else if (toets) velden[DOORSTROOMTOETS_NAAM_VELD] = toets;
  if (Object.keys(fouten).length > 0) {
    throw new OngeldigeInvoerFout(Object.values(fouten)[0] ?? "De uitslag is niet goed ingevuld.", fouten);
  }
  return velden;
}

/** The rank of an advice from PrO (0) up to vwo. */
export function adviesRang(advies: Advies): number {
  return ADVIEZEN.indexOf(advies);
}

/**
 * PO-02: after the doorstroomtoets the primary school may raise its advice, never lower it. The
 * result is the advice to keep: the raised one, or the same one when nothing changes.
 */
export function stelAdviesBij(huidig: Advies, nieuw: Advies): Advies {
  if (adviesRang(nieuw) < adviesRang(huidig)) {
    throw new OngeldigeInvoerFout(
      `Het advies kan na de doorstroomtoets alleen worden verhoogd, niet verlaagd. Het huidige advies is ${huidig}.`,
      { bijgesteldAdvies: `Kies ${huidig} of een hoger advies.` },
    );
  }
  return nieuw;
}
