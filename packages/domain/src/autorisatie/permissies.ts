import { GeenToegangFout } from "../fouten/domein-fout";
import type { Rol } from "../organisatie/rollen";
import type { RegionConfig } from "../regio/region-config";
import type { Actor, Bron } from "./actor";

/** Everything an actor can be allowed to do. Later issues add their actions here, nowhere else. */
export type Actie =
  | "nieuws.lezen"
  | "nieuws.beheren"
  | "besturen.beheren"
  | "scholen.lezen"
  | "scholen.toevoegen"
  | "scholen.wijzigen"
  | "contactpersonen.lezen"
  | "gebruikers.beheren"
  | "meekijken"
  | "audit.bekijken"
  | "groepen.beheren"
  | "notificaties.lezen"
  | "leerlingen.inzien"
  | "leerlingen.aanmelden"
  | "leerlingen.plaatsen"
  | "leerlingen.terugtrekken"
  | "behandeling.corrigeren"
  | "okidoc.inzien"
  | "oso.monitoren"
  | "oso.configureren"
  | "oso.klaarzetten"
  | "overzichten.bekijken"
  | "aanvragen-swv.opstellen"
  | "aanvragen-swv.accorderen"
  | "voorselecties.beheren"
  | "ouderportaal.gebruiken"
  | "leerlingen.po-beheren"
  | "kalender.beheren"
  | "loting.uitvoeren";

/** How far a permission reaches: the whole region, the actor's bestuur, or the actor's school. */
export type Bereik = "regio" | "bestuur" | "school" | "eigen";

export interface Permissie {
  rol: Rol;
  actie: Actie;
  bereik: Bereik;
}

const VO_ROLLEN: readonly Rol[] = ["beheren", "aanmelden", "beoordelen-en-plaatsen"];
const PERSONEEL: readonly Rol[] = [
  "regiobeheerder",
  "contactpersoon-elk",
  ...VO_ROLLEN,
  "po-gebruiker",
  "aanvragen-swv-opstellen",
  "aanvragen-swv-accorderen-en-versturen",
  "voorselecties",
];

/**
 * The one permission table (ARCHITECTURE.md, Authorization): (rol, actie, bereik).
 * Read with the manual: "Beheren" manages users and school data and monitors OSO and the
 * overviews; "Aanmelden" registers pupils; "Beoordelen en plaatsen" reads the oki-doc and places.
 */
export const PERMISSIES: readonly Permissie[] = [
  ...PERSONEEL.map((rol): Permissie => ({ rol, actie: "nieuws.lezen", bereik: "regio" })),
  ...PERSONEEL.map((rol): Permissie => ({ rol, actie: "contactpersonen.lezen", bereik: "regio" })),
  ...PERSONEEL.map((rol): Permissie => ({ rol, actie: "notificaties.lezen", bereik: "school" })),

  { rol: "regiobeheerder", actie: "nieuws.beheren", bereik: "regio" },
  { rol: "regiobeheerder", actie: "besturen.beheren", bereik: "regio" },
  { rol: "regiobeheerder", actie: "scholen.lezen", bereik: "regio" },
  { rol: "regiobeheerder", actie: "scholen.toevoegen", bereik: "regio" },
  { rol: "regiobeheerder", actie: "scholen.wijzigen", bereik: "regio" },
  { rol: "regiobeheerder", actie: "gebruikers.beheren", bereik: "regio" },

  { rol: "contactpersoon-elk", actie: "scholen.lezen", bereik: "bestuur" },
  { rol: "contactpersoon-elk", actie: "scholen.wijzigen", bereik: "bestuur" },
  { rol: "contactpersoon-elk", actie: "gebruikers.beheren", bereik: "bestuur" },
  { rol: "contactpersoon-elk", actie: "meekijken", bereik: "bestuur" },
  { rol: "contactpersoon-elk", actie: "oso.configureren", bereik: "bestuur" },

  { rol: "beheren", actie: "scholen.lezen", bereik: "school" },
  { rol: "beheren", actie: "scholen.wijzigen", bereik: "school" },
  { rol: "beheren", actie: "gebruikers.beheren", bereik: "school" },
  { rol: "beheren", actie: "oso.monitoren", bereik: "school" },
  // OSO-03: whoever manages or places the school's pupils sets their OSO dossiers ready.
  { rol: "beheren", actie: "oso.klaarzetten", bereik: "school" },
  { rol: "beoordelen-en-plaatsen", actie: "oso.klaarzetten", bereik: "school" },
  { rol: "beheren", actie: "overzichten.bekijken", bereik: "school" },

  ...VO_ROLLEN.map((rol): Permissie => ({ rol, actie: "groepen.beheren", bereik: "school" })),
  ...VO_ROLLEN.map((rol): Permissie => ({ rol, actie: "leerlingen.inzien", bereik: "school" })),
  { rol: "aanmelden", actie: "leerlingen.aanmelden", bereik: "school" },
  { rol: "beoordelen-en-plaatsen", actie: "leerlingen.plaatsen", bereik: "school" },
  { rol: "beoordelen-en-plaatsen", actie: "okidoc.inzien", bereik: "school" },
  // TRT-09: whoever registers or places may withdraw a pupil (confirmed with the own password).
  { rol: "aanmelden", actie: "leerlingen.terugtrekken", bereik: "school" },
  { rol: "beoordelen-en-plaatsen", actie: "leerlingen.terugtrekken", bereik: "school" },
  // TRT-08 / TRT-14: a wrong assignment after the CP&L is corrected by the region administrator.
  { rol: "regiobeheerder", actie: "behandeling.corrigeren", bereik: "regio" },

  // PO-01: a primary school keeps its own pupils; "Beheren" counts only at a PO school (po-leerling.ts).
  { rol: "po-gebruiker", actie: "leerlingen.po-beheren", bereik: "school" },
  { rol: "beheren", actie: "leerlingen.po-beheren", bereik: "school" },
  // REG-10 / LOT-04: the calendar of each school year is set by the beheerorganisatie.
  { rol: "regiobeheerder", actie: "kalender.beheren", bereik: "regio" },
  // HOME-02: the region administrator sees the status of registrations across all VO schools.
  { rol: "regiobeheerder", actie: "overzichten.bekijken", bereik: "regio" },
  // LOT-03: the region administrator commits the seed and runs the Centrale Plaatsing en Loting.
  { rol: "regiobeheerder", actie: "loting.uitvoeren", bereik: "regio" },
  // Issue #10: the region-wide audit trail of reads and look-along actions, for the beheerorganisatie only.
  { rol: "regiobeheerder", actie: "audit.bekijken", bereik: "regio" },

  { rol: "aanvragen-swv-opstellen", actie: "aanvragen-swv.opstellen", bereik: "school" },
  { rol: "aanvragen-swv-accorderen-en-versturen", actie: "aanvragen-swv.accorderen", bereik: "school" },
  { rol: "voorselecties", actie: "voorselecties.beheren", bereik: "school" },

  // ACC-09 / PAR-01: parents see and register only their own child(ren).
  { rol: "ouder", actie: "ouderportaal.gebruiken", bereik: "eigen" },
];

/** The roles an actor really holds in this region: region-only roles count only where enabled. */
export function geldigeRollen(actor: Pick<Actor, "rollen">, config: RegionConfig): Rol[] {
  const regioAfhankelijk = new Set<Rol>([
    "aanvragen-swv-opstellen",
    "aanvragen-swv-accorderen-en-versturen",
    "voorselecties",
  ]);
  return actor.rollen.filter((rol) => !regioAfhankelijk.has(rol) || config.extraRollen.includes(rol));
}

function binnenBereik(actor: Actor, bereik: Bereik, bron: Bron | undefined): boolean {
  switch (bereik) {
    case "regio":
      return true;
    case "bestuur":
      return bron === undefined || (actor.bestuurId !== undefined && bron.bestuurId === actor.bestuurId);
    case "school":
      return bron === undefined || (actor.schoolId !== undefined && bron.schoolId === actor.schoolId);
    case "eigen":
      return (
        bron === undefined ||
        (bron.leerlingId !== undefined && (actor.leerlingIds ?? []).includes(bron.leerlingId))
      );
  }
}

/**
 * May this actor do this action on this resource? Without a resource the question is whether the
 * actor may do it at all (for menus); with one, the resource must lie within the permission's reach.
 */
export function mag(actor: Actor, actie: Actie, config: RegionConfig, bron?: Bron): boolean {
  const rollen = geldigeRollen(actor, config);
  return PERMISSIES.some(
    (p) => p.actie === actie && rollen.includes(p.rol) && binnenBereik(actor, p.bereik, bron),
  );
}

/** The widest reach the actor has for an action, or undefined when it has none. */
export function bereikVan(actor: Actor, actie: Actie, config: RegionConfig): Bereik | undefined {
  const rollen = geldigeRollen(actor, config);
  const bereiken = PERMISSIES.filter((p) => p.actie === actie && rollen.includes(p.rol)).map((p) => p.bereik);
  if (bereiken.includes("regio")) return "regio";
  if (bereiken.includes("bestuur")) return "bestuur";
  if (bereiken.includes("school")) return "school";
  if (bereiken.includes("eigen")) return "eigen";
  return undefined;
}

export function vereis(actor: Actor, actie: Actie, config: RegionConfig, bron?: Bron): void {
  if (!mag(actor, actie, config, bron)) throw new GeenToegangFout();
}
