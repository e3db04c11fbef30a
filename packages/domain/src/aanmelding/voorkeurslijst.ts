import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { Advies, Afdeling } from "../organisatie/organisatie";
import type { RegionConfig } from "../regio/region-config";

/** Voorrang at the 1st-choice school (REG-03): a sibling at the school, or a child of staff. */
export type Voorrangsregel = "broer-zus" | "kind-medewerker";

export type Voorrang =
  | { soort: "broer-zus"; naamBroerZus: string; klas: string }
  | { soort: "kind-medewerker" };

/** What the list needs to know of a VO school. */
export interface KeuzeSchool {
  id: string;
  naam: string;
  schooltype: "PO" | "VO";
  afdelingen: readonly Pick<Afdeling, "id" | "naam" | "adviezen">[];
  /** The voorrang a school offers; absent or empty: none ("niet van toepassing"). */
  voorrangsregels?: readonly Voorrangsregel[];
}

export interface Keuze {
  schoolId: string;
  afdelingId: string;
}

/** Only at the 1st choice (REG-03). */
export interface EersteKeuzeOpties {
  voorrang?: Voorrang;
  /** Stay at this school on an equivalent afdeling if not admitted or not drawn. */
  gelijkwaardigeAfdelingWens: boolean;
  /** One of a meerling registering at this school too. */
  meerling: boolean;
}

/**
 * REG-02: the length of the voorkeurslijst follows the advice, as the region sets it
 * (RegionConfig.voorkeurslijst) — in Amstelland PrO: one school; vmbo-b up to vmbo-k/gl-tl: two;
 * vmbo-gl/tl up to vwo: five.
 */
export function aantalKeuzes(advies: Advies, config: Pick<RegionConfig, "voorkeurslijst">): number {
  return config.voorkeurslijst.lengtePerAdvies[advies];
}

const telwoord = (n: number) => (n === 1 ? "één school" : `${n} scholen`);

/** REG-01: pupils with a PrO advice follow the usual route, registered by the school, not by parents. */
export function magViaOuderportaal(advies: Advies): boolean {
  return advies !== "PrO";
}

/**
 * REG-02 / REG-03: every choice is a VO school + an afdeling that admits the advice, each school
 * once; a concept may be shorter than required, a final list must be complete; voorrang only
 * where the 1st-choice school offers it, with the sibling's name and class.
 */
export function controleerVoorkeurslijst(
  advies: Advies,
  keuzes: readonly Keuze[],
  scholen: ReadonlyMap<string, KeuzeSchool>,
  opties: EersteKeuzeOpties,
  definitief: boolean,
  config: Pick<RegionConfig, "voorkeurslijst">,
): void {
  controleerAlleenEersteKeuze(keuzes);
  const velden: Record<string, string> = {};
  const nodig = aantalKeuzes(advies, config);
  if (keuzes.length > nodig) {
    velden.keuzes = `Met het advies ${advies} bestaat de voorkeurslijst uit ${telwoord(nodig)}.`;
  }
  if (definitief && keuzes.length < nodig) {
    velden.keuzes = `De voorkeurslijst is nog niet compleet: kies ${telwoord(nodig)} (nu ${keuzes.length}).`;
  }
  const gezien = new Set<string>();
  keuzes.forEach((keuze, i) => {
    const veld = `keuzes.${i}`;
    const school = scholen.get(keuze.schoolId);
    if (school?.schooltype !== "VO") {
      velden[veld] = `Voorkeur ${i + 1}: kies een VO-school.`;
      return;
    }
    if (gezien.has(school.id))
      velden[veld] = `Voorkeur ${i + 1}: ${school.naam} staat al op de lijst. Kies elke school één keer.`;
    gezien.add(school.id);
    const afdeling = school.afdelingen.find((a) => a.id === keuze.afdelingId);
    if (!afdeling) {
      velden[veld] ??= `Voorkeur ${i + 1}: kies een afdeling van ${school.naam}.`;
    } else if (!afdeling.adviezen.includes(advies)) {
      velden[veld] ??=
        `Voorkeur ${i + 1}: de afdeling ${afdeling.naam} van ${school.naam} neemt geen leerlingen met advies ${advies} aan.`;
    }
  });

  const eerste = keuzes[0] ? scholen.get(keuzes[0].schoolId) : undefined;
  if (opties.voorrang && !config.voorkeurslijst.voorrang) {
    velden.voorrang = "In deze regio bestaat geen voorrang bij de aanmelding.";
  } else if (opties.voorrang) {
    const aangeboden = eerste?.voorrangsregels ?? [];
    if (!eerste || !aangeboden.includes(opties.voorrang.soort)) {
      velden.voorrang = `Voorrang is bij ${eerste?.naam ?? "deze school"} niet van toepassing.`;
    } else if (
      opties.voorrang.soort === "broer-zus" &&
      (!opties.voorrang.naamBroerZus.trim() || !opties.voorrang.klas.trim())
    ) {
      velden.voorrang = "Vul de naam en de klas van de broer of zus in.";
    }
  }
  if ((opties.meerling || opties.gelijkwaardigeAfdelingWens) && !eerste) {
    velden.keuzes ??= "Kies eerst de school van eerste voorkeur.";
  }
  if (Object.keys(velden).length > 0) {
    throw new OngeldigeInvoerFout(Object.values(velden)[0] ?? "De voorkeurslijst klopt niet.", velden);
  }
}

/**
 * REG-03 and the Amstelland agreement: voorrang, the meerling question and the equivalent-afdeling
 * wish belong to the 1st choice only. A client that sends them for another choice is refused.
 */
export function controleerAlleenEersteKeuze(keuzes: ReadonlyArray<object>): void {
  keuzes.forEach((keuze, i) => {
    const o = keuze as { voorrang?: unknown; meerling?: unknown; gelijkwaardigeAfdelingWens?: unknown };
    if (i > 0 && (o.voorrang !== undefined || o.meerling || o.gelijkwaardigeAfdelingWens)) {
      throw new OngeldigeInvoerFout(
        "Voorrang, meerling en een gelijkwaardige afdeling gelden alleen bij de school van eerste voorkeur.",
        { [`keuzes.${i}`]: "Alleen bij de school van eerste voorkeur." },
      );
    }
  });
}

/** REG-09: a VO school registering by hand puts itself first — "Hiermee is de leerling aan jouw school gekoppeld". */
export function controleerEigenSchoolEerst(
  keuzes: readonly Keuze[],
  eigenSchoolId: string | undefined,
): void {
  if (!eigenSchoolId || keuzes[0]?.schoolId !== eigenSchoolId) {
    throw new OngeldigeInvoerFout(
      "Bij handmatig aanmelden is de eigen school de school van eerste voorkeur.",
      {
        "keuzes.0": "Kies de eigen school als eerste voorkeur.",
      },
    );
  }
}

/** REG-01: the ouderportaal is not the route for a PrO pupil. */
export function vereisOuderportaalRoute(advies: Advies): void {
  if (!magViaOuderportaal(advies)) {
    throw new OngeldigeInvoerFout(
      "Leerlingen met een PrO-advies worden niet via het ouderportaal aangemeld, maar volgen de gebruikelijke route: de school meldt hen aan.",
    );
  }
}
