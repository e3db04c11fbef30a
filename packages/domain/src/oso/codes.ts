/**
 * The codes of the "OSO codelijsten" the dossier uses, each as the XSD's documentation or the
 * standard's example dossiers name it. The codelists themselves are not part of the XSD; a value
 * that is not here is not sent.
 */

/** The relations to the child that ELK can name. */
export type OsoRelatie = "vader" | "moeder" | "voogd";

/** The release profile of an overstapdossier POVO, as the standard's full example gives it. */
export const CATEGORIE_UITLEVERING_POVO: ReadonlyArray<
  readonly [string, "VERPLICHT" | "OPTIONEEL" | "VERBODEN"]
> = [
  ["cat_metadata", "VERPLICHT"],
  ["cat_ouderinzage", "VERPLICHT"],
  ["cat_school", "VERPLICHT"],
  ["cat_leerling", "VERPLICHT"],
  ["cat_oudersverzorgers", "VERPLICHT"],
  ["cat_vve", "VERBODEN"],
  ["cat_schoolloopbaan", "VERPLICHT"],
  ["cat_overstapadvies", "VERPLICHT"],
  ["cat_onderwijsondersteuning", "OPTIONEEL"],
  ["cat_verzuim", "OPTIONEEL"],
  ["cat_eindtoetsbo", "OPTIONEEL"],
  ["cat_toetsresultaten", "OPTIONEEL"],
  ["cat_handelingsplannen", "OPTIONEEL"],
  ["cat_cijferlijsten", "OPTIONEEL"],
  ["cat_vombo", "VERBODEN"],
  ["cat_bijlagedocs", "OPTIONEEL"],
];

/** Codelijst 41 "Relatie tot kind", the codes the XSD names. */
export const RELATIE_TOT_KIND: Readonly<Record<OsoRelatie, string>> = {
  vader: "1",
  moeder: "2",
  voogd: "3",
};

/** Codelijst 45 "Eindtoets referentieniveaus": 01 lager dan 1F, 02 1F, 03 1S, 04 2F. */
export const REFERENTIENIVEAU: Readonly<Record<string, string>> = {
  "onder-1f": "01",
  "1f": "02",
  "1s": "03",
  "2f": "04",
};

/** Codelijst 42 "Soort eindtoets", the three the XSD names; another test is not recognised. */
export const TOETSSOORTEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(centrale\s+eindtoets|CET)\b/i, "0011"],
  [/\broute\s*8\b/i, "0012"],
  [/\bIEP\b/i, "0013"],
];

/**
 * Codelijst 43 "Niveau eindtoets" has no value for "the one version of a doorstroomtoets"; the
 * standard's own 2019 example dossier uses G, and so does ELK (the pupil's results are in the
 * referentieniveaus, not here).
 */
export const TOETSNIVEAU = "G";
