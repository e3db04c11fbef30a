import type { Actor } from "../autorisatie/actor";
import { bereikVan, mag } from "../autorisatie/permissies";
import { DomeinFout, GeenToegangFout, NietGevondenFout, OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { Gebruiker, GebruikerStatus } from "../organisatie/gebruiker";
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

/** Issue #10: the account's state does not allow this action; the message says why (409). */
export class AccountStatusFout extends DomeinFout {
  readonly soort = "conflict";
  readonly code = "ACCOUNT_STATUS";
}

/** Issue #10: nobody blocks or unblocks its own account. */
export class EigenAccountFout extends DomeinFout {
  readonly soort = "geen-toegang";
  readonly code = "EIGEN_ACCOUNT";
  constructor() {
    super("U kunt uw eigen account niet blokkeren of deblokkeren.");
  }
}

/** Issue #10: the link of a blocked account (set up, new password) works no more. */
export class AccountGeblokkeerdFout extends DomeinFout {
  readonly soort = "geen-toegang";
  readonly code = "ACCOUNT_GEBLOKKEERD";
  constructor() {
    super("Dit account is geblokkeerd. Neem contact op met je contactpersoon ELK of locatiebeheerder.");
  }
}

type Doel = Pick<Gebruiker, "id" | "naam" | "status" | "schoolId" | "bestuurId" | "organisatieType"> &
  Partial<Pick<Gebruiker, "gebruikersnaam">>;

/**
 * Issue #10: who may block (and unblock) an account — exactly who may reset it (ACC-05), never
 * the own account. Outside the actor's reach the account "does not exist", as for a reset.
 */
export function controleerBlokkeerRecht(actor: Actor, doel: Doel, config: RegionConfig): void {
  if (doel.id === actor.gebruikerId) throw new EigenAccountFout();
  controleerResetten(actor, doel, config);
}

/** Issue #10: blocking an account ends its sessions; blocking it twice is refused. */
export function blokkeer(actor: Actor, doel: Doel, config: RegionConfig): GebruikerStatus {
  controleerBlokkeerRecht(actor, doel, config);
  if (doel.status === "geblokkeerd")
    throw new AccountStatusFout(`Het account van ${doel.naam} is al geblokkeerd.`);
  return "geblokkeerd";
}

/**
 * Issue #10: unblocking gives back the status the account had: "actief" once it was set up (it
 * has a username), else "uitgenodigd" (it then needs a new link: the old ones stay dead).
 */
export function deblokkeer(actor: Actor, doel: Doel, config: RegionConfig): GebruikerStatus {
  controleerBlokkeerRecht(actor, doel, config);
  if (doel.status !== "geblokkeerd")
    throw new AccountStatusFout(`Het account van ${doel.naam} is niet geblokkeerd.`);
  return doel.gebruikersnaam ? "actief" : "uitgenodigd";
}

/** A reset would make a blocked account usable again (a new link): it is unblocked first. */
export function controleerResetbaar(doel: Pick<Gebruiker, "naam" | "status">): void {
  if (doel.status === "geblokkeerd") {
    throw new AccountStatusFout(
      `Het account van ${doel.naam} is geblokkeerd. Deblokkeer het account eerst; daarna kunt u het resetten.`,
    );
  }
}

/**
 * Issue #10: a link (set up, new password) made before the account's sessions were ended — by a
 * reset or a block — is dead, also once the account is unblocked. A reset's own link is made in
 * that very moment and holds.
 */
export function isLinkIngetrokken(
  uitnodiging: { aangemaaktOp: string },
  sessiesOngeldigVanaf: string | undefined,
): boolean {
  return sessiesOngeldigVanaf !== undefined && uitnodiging.aangemaaktOp < sessiesOngeldigVanaf;
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
