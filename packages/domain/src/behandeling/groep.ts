import { type AanmeldingStatus, isLopend } from "../aanmelding/leerling";
import type { Actor } from "../autorisatie/actor";
import { mag } from "../autorisatie/permissies";
import { GeenToegangFout, OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { GebruikerStatus } from "../organisatie/gebruiker";
import type { RegionConfig } from "../regio/region-config";

/**
 * GRP-01: a group of a VO school in one school year: a name, pupils (their registrations at this
 * school; a pupil may be in several groups) and contact persons (users of the school). Any user of
 * the school may create and edit it. GRP-02: the contact persons receive the notifications about
 * the pupils in it.
 */
export interface Groep {
  id: string;
  schoolId: string;
  schooljaar: string;
  naam: string;
  aanmeldingIds: string[];
  contactpersoonIds: string[];
}

export const GROEPSNAAM_MAX = 100;

/** What the user fills in: "Groep toevoegen" and editing a group send the same fields. */
export interface GroepInvoer {
  naam: string;
  aanmeldingIds: readonly string[];
  contactpersoonIds: readonly string[];
}

/** What a group's contents are checked against, read by the caller for the group's school and year. */
export interface GroepOmgeving {
  /** The school's other groups of the same school year: a name is unique among them. */
  andereGroepen: ReadonlyArray<Pick<Groep, "id" | "naam">>;
  /** The school's registrations of that year ("aangemeld of geplaatst bij jouw school"). */
  aanmeldingen: ReadonlyArray<{ id: string; status: AanmeldingStatus }>;
  /** The accounts of the school ("de lijst met eindgebruikers"). */
  gebruikers: ReadonlyArray<{ id: string; status: GebruikerStatus }>;
}

/**
 * GRP-01: only users of a VO school keep groups ("Alle gebruikers binnen een VO-school"). The role
 * Beheren exists at primary schools too, so the kind of organisation is checked as well.
 * Returns the school whose groups the actor keeps.
 */
export function controleerGroepenBeheer(actor: Actor, config: RegionConfig): string {
  const schoolId = actor.schoolId;
  if (actor.organisatieType !== "vo" || !schoolId || !mag(actor, "groepen.beheren", config, { schoolId })) {
    throw new GeenToegangFout();
  }
  return schoolId;
}

/** Group names are unique per school and school year, whatever the case or spacing. */
export function groepsnaamSleutel(naam: string): string {
  return naam.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl-NL");
}

function uniek(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
}

/** The registrations that may be put in a group: those the school still handles. */
function toegestaneAanmeldingen(omgeving: Pick<GroepOmgeving, "aanmeldingen">): Set<string> {
  return new Set(omgeving.aanmeldingen.filter((a) => isLopend(a.status)).map((a) => a.id));
}

const ONBEKENDE_LEERLING =
  "Een of meer gekozen leerlingen zijn niet (meer) aangemeld of geplaatst bij uw school. Laad de pagina opnieuw en kies opnieuw.";

/**
 * GRP-01: checks a group as "Groep toevoegen" or editing sends it and returns it cleaned up (name
 * trimmed, no id twice). Every wrong field is reported at once, under the request body's paths.
 * A contact person already in the group may stay even if the account was blocked since; a new one
 * must be an account of the school that is not blocked.
 */
export function controleerGroep(
  invoer: GroepInvoer,
  omgeving: GroepOmgeving,
  vorige?: Pick<Groep, "id" | "contactpersoonIds">,
): Pick<Groep, "naam" | "aanmeldingIds" | "contactpersoonIds"> {
  const velden: Record<string, string> = {};
  const naam = invoer.naam.trim().replace(/\s+/g, " ");
  if (naam === "") velden.naam = "Vul de naam van de groep in.";
  else if (naam.length > GROEPSNAAM_MAX) velden.naam = `Gebruik hoogstens ${GROEPSNAAM_MAX} tekens.`;
  else {
    const sleutel = groepsnaamSleutel(naam);
    const dubbel = omgeving.andereGroepen.find(
      (g) => g.id !== vorige?.id && groepsnaamSleutel(g.naam) === sleutel,
    );
    if (dubbel) velden.naam = `Er bestaat dit schooljaar al een groep met de naam "${dubbel.naam}".`;
  }

  const aanmeldingIds = uniek(invoer.aanmeldingIds);
  const toegestaan = toegestaneAanmeldingen(omgeving);
  if (aanmeldingIds.some((id) => !toegestaan.has(id))) velden.aanmeldingIds = ONBEKENDE_LEERLING;

  const contactpersoonIds = uniek(invoer.contactpersoonIds);
  const gebruikers = new Map(omgeving.gebruikers.map((g) => [g.id, g.status]));
  const al = new Set(vorige?.contactpersoonIds ?? []);
  if (contactpersoonIds.length === 0) {
    // The manual's step "selecteer je de docent(en) als contactpersoon": without one, nobody hears
    // about the group's pupils (GRP-02).
    velden.contactpersoonIds = "Kies minstens één contactpersoon.";
  } else if (
    contactpersoonIds.some((id) => {
      const status = gebruikers.get(id);
      return status === undefined || (status === "geblokkeerd" && !al.has(id));
    })
  ) {
    velden.contactpersoonIds =
      "Een of meer gekozen contactpersonen zijn geen (actieve) gebruikers van uw school. Kies opnieuw.";
  }

  if (Object.keys(velden).length > 0) {
    // The first field's message says it; the form shows each at its field.
    throw new OngeldigeInvoerFout(Object.values(velden)[0] ?? "", velden);
  }
  return { naam, aanmeldingIds, contactpersoonIds };
}

/**
 * "Toevoegen aan groep" from the overview: adds pupils to a group, keeping those already in it.
 * Idempotent: adding a pupil twice changes nothing. Returns undefined when nothing changes.
 */
export function voegLeerlingenToe(
  groep: Groep,
  aanmeldingIds: readonly string[],
  omgeving: Pick<GroepOmgeving, "aanmeldingen">,
): Groep | undefined {
  const nieuw = uniek(aanmeldingIds).filter((id) => !groep.aanmeldingIds.includes(id));
  if (aanmeldingIds.length === 0) {
    throw new OngeldigeInvoerFout("Kies minstens één leerling.", {
      aanmeldingIds: "Kies minstens één leerling.",
    });
  }
  const toegestaan = toegestaneAanmeldingen(omgeving);
  if (nieuw.some((id) => !toegestaan.has(id))) {
    throw new OngeldigeInvoerFout(ONBEKENDE_LEERLING, { aanmeldingIds: ONBEKENDE_LEERLING });
  }
  if (nieuw.length === 0) return undefined;
  return { ...groep, aanmeldingIds: [...groep.aanmeldingIds, ...nieuw] };
}
