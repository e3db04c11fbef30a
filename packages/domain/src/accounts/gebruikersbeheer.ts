import type { Actor } from "../autorisatie/actor";
import { bereikVan, mag } from "../autorisatie/permissies";
import { GeenToegangFout, NietGevondenFout, OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { Gebruiker } from "../organisatie/gebruiker";
import type { Bestuur, School } from "../organisatie/organisatie";
import type { OrganisatieType, Rol } from "../organisatie/rollen";
import type { RegionConfig } from "../regio/region-config";

/** The roles an account of each kind of organisation can hold (ACC-06). */
export function rollenVoorOrganisatie(type: OrganisatieType, config: RegionConfig): Rol[] {
  switch (type) {
    case "vo":
      return ["beheren", "aanmelden", "beoordelen-en-plaatsen", ...config.extraRollen];
    case "po":
      return ["beheren", "po-gebruiker"];
    case "bestuur":
      return ["contactpersoon-elk"];
    case "regio":
      return ["regiobeheerder"];
    case "ouder":
      return ["ouder"];
  }
}

export interface NaamDelen {
  voornaam: string;
  tussenvoegsel?: string;
  achternaam: string;
}

export function volledigeNaam(n: NaamDelen): string {
  return [n.voornaam, n.tussenvoegsel, n.achternaam]
    .map((d) => d?.trim())
    .filter(Boolean)
    .join(" ");
}

export interface Organisatie {
  organisatieType: OrganisatieType;
  schoolId?: string;
  bestuurId?: string;
  locatieNaam: string;
}

/**
 * ACC-01: where a new account lands. A contactpersoon ELK first picks the organisation type and a
 * school of its own bestuur; a locatiebeheerder picks nothing: the account is for its own school;
 * the region administrator may also create contactpersonen ELK (for a bestuur) and colleagues.
 */
export function bepaalOrganisatie(
  actor: Actor,
  keuze: { organisatieType?: OrganisatieType; school?: School; bestuur?: Bestuur },
  config: RegionConfig,
): Organisatie {
  const bereik = bereikVan(actor, "gebruikers.beheren", config);
  if (!bereik) throw new GeenToegangFout();

  if (bereik === "school") {
    const school = keuze.school;
    if (!school || school.id !== actor.schoolId) throw new GeenToegangFout();
    return {
      organisatieType: schoolType(school),
      schoolId: school.id,
      bestuurId: school.bestuurId,
      locatieNaam: school.naam,
    };
  }

  const type = keuze.organisatieType;
  if (!type) {
    throw new OngeldigeInvoerFout("Kies eerst het type organisatie.", {
      organisatieType: "Kies het type organisatie.",
    });
  }
  if (type === "regio") {
    if (bereik !== "regio") throw new GeenToegangFout();
    return { organisatieType: "regio", locatieNaam: config.beheerorganisatie };
  }
  if (type === "bestuur") {
    if (bereik !== "regio") throw new GeenToegangFout();
    if (!keuze.bestuur)
      throw new OngeldigeInvoerFout("Kies het bestuur.", { bestuurId: "Kies het bestuur." });
    return { organisatieType: "bestuur", bestuurId: keuze.bestuur.id, locatieNaam: keuze.bestuur.naam };
  }
  const school = keuze.school;
  if (!school) throw new OngeldigeInvoerFout("Kies de school.", { schoolId: "Kies de school." });
  if (bereik === "bestuur" && school.bestuurId !== actor.bestuurId) throw new NietGevondenFout("De school");
  if (schoolType(school) !== type) {
    throw new OngeldigeInvoerFout(`${school.naam} is geen ${type.toUpperCase()}-school.`, {
      schoolId: `Kies een ${type.toUpperCase()}-school.`,
    });
  }
  return {
    organisatieType: type,
    schoolId: school.id,
    bestuurId: school.bestuurId,
    locatieNaam: school.naam,
  };
}

function schoolType(school: School): "po" | "vo" {
  return school.schooltype === "PO" ? "po" : "vo";
}

/** ACC-06: at least one role, and only roles that exist for this kind of organisation in this region. */
export function controleerRollen(
  rollen: readonly Rol[],
  organisatie: Organisatie,
  config: RegionConfig,
): Rol[] {
  const toegestaan = rollenVoorOrganisatie(organisatie.organisatieType, config);
  const uniek = [...new Set(rollen)];
  if (uniek.length === 0)
    throw new OngeldigeInvoerFout("Kies minstens één rol.", { rollen: "Kies minstens één rol." });
  const ongeldig = uniek.filter((r) => !toegestaan.includes(r));
  if (ongeldig.length > 0) {
    throw new OngeldigeInvoerFout("Deze rol bestaat niet voor deze organisatie.", {
      rollen: `Niet toegestaan voor deze organisatie: ${ongeldig.join(", ")}.`,
    });
  }
  return uniek;
}

/** May this actor manage (see, change, reset) this account? Outside its reach the account "does not exist". */
export function controleerBeheer(
  actor: Actor,
  doel: Pick<Gebruiker, "schoolId" | "bestuurId" | "organisatieType">,
  config: RegionConfig,
): void {
  const bereik = bereikVan(actor, "gebruikers.beheren", config);
  const binnen =
    bereik === "regio" ||
    (bereik === "bestuur" &&
      doel.bestuurId === actor.bestuurId &&
      (doel.organisatieType === "vo" || doel.organisatieType === "po")) ||
    (bereik === "school" && doel.schoolId !== undefined && doel.schoolId === actor.schoolId);
  if (!binnen) throw new NietGevondenFout("De gebruiker");
}

/**
 * ACC-05: resetting username and password is the contactpersoon ELK's (and the region
 * administrator's) task; a locatiebeheerder asks the contactpersoon.
 */
export function controleerResetten(
  actor: Actor,
  doel: Pick<Gebruiker, "schoolId" | "bestuurId" | "organisatieType">,
  config: RegionConfig,
): void {
  controleerBeheer(actor, doel, config);
  const bereik = bereikVan(actor, "gebruikers.beheren", config);
  if (bereik === "school") throw new GeenToegangFout();
}

/**
 * ACC-07 meekijken: a contactpersoon ELK may sign in as an active user of a school of its own
 * bestuur — never as a user of another bestuur, another contactpersoon or the region's staff.
 */
export function controleerMeekijken(
  actor: Actor,
  doel: Gebruiker | undefined,
  config: RegionConfig,
): Gebruiker {
  if (actor.meekijkendDoor || !mag(actor, "meekijken", config)) throw new GeenToegangFout();
  if (
    !doel ||
    doel.id === actor.gebruikerId ||
    doel.status !== "actief" ||
    (doel.organisatieType !== "vo" && doel.organisatieType !== "po") ||
    !mag(actor, "meekijken", config, { bestuurId: doel.bestuurId })
  ) {
    throw new NietGevondenFout("De gebruiker");
  }
  return doel;
}

/** How long a meekijk-sessie lasts at most; signing out ends it sooner. */
export const MEEKIJKEN_DUUR_MS = 2 * 60 * 60 * 1000;
