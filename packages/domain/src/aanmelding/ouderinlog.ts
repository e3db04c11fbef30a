import { nieuweUitnodiging, type Uitnodiging } from "../accounts/uitnodiging";
import { AlInGebruikFout, OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { Gebruiker } from "../organisatie/gebruiker";
import {
  isWeekVoorAanmeldperiode,
  type Kalender,
  nederlandseDatum,
  nederlandseTijd,
  weekVoorAanmeldperiode,
} from "./kalender";
import { type Leerling, leerlingNaam } from "./leerling";
import {
  type GecontroleerdeLeerling,
  type LeerlingInvoer,
  leerlingFouten,
  normaliseerEmail,
} from "./po-leerling";

/**
 * ACC-09 / PAR-01: the parents' own login to the ouderportaal, sent to the e-mail address the
 * pupil's data hold. One login per e-mail address: brothers and sisters with the same address
 * share it, and the account sees exactly those children.
 */

/** The location shown under the user menu of a parent's account (ACC-04). */
export const OUDERPORTAAL = "Ouderportaal";

/** "8 maart 2027". */
export function datumTekst(datum: string): string {
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${datum}T12:00:00Z`),
  );
}

/**
 * REG-01: a pupil with a PrO advice follows the usual route and is registered by the school, so its
 * parents get no ouderinlog. A primary school first fills in the advice, so that rule can hold.
 */
export function controleerOuderinlog(
  leerling: Pick<Leerling, "roepnaam" | "tussenvoegsel" | "achternaam" | "advies" | "poSchoolId">,
): void {
  const naam = leerlingNaam(leerling);
  if (leerling.advies === "PrO") {
    const bericht = `${naam} heeft een PrO-advies. Leerlingen met een PrO-advies worden zoals gebruikelijk door de school aangemeld; de ouders krijgen geen ouderinlog.`;
    throw new OngeldigeInvoerFout(bericht, { advies: bericht });
  }
  if (leerling.advies === undefined && leerling.poSchoolId !== undefined) {
    const bericht = `Vul eerst het basisschooladvies van ${naam} in. Leerlingen met een PrO-advies worden door de school aangemeld en krijgen geen ouderinlog.`;
    throw new OngeldigeInvoerFout(bericht, { advies: bericht });
  }
}

/** What sending the ouderinlog does to the parents' account. */
export type OuderinlogBesluit =
  | { soort: "nieuw-account" }
  | {
      soort: "bestaand-account";
      /** The children the account sees afterwards. */
      leerlingIds: string[];
      /** An account still waiting for activation gets a fresh link; an active one signs in as before. */
      nieuweLink: boolean;
    };

/**
 * ACC-09: an address without an account gets one; an address with an invited or active parent's
 * account gets this child added to it (a sibling) or, for the same child, the mail again.
 */
export function bepaalOuderinlog(
  leerlingId: string,
  bestaand: Pick<Gebruiker, "organisatieType" | "status" | "leerlingIds"> | undefined,
): OuderinlogBesluit {
  if (!bestaand) return { soort: "nieuw-account" };
  if (bestaand.organisatieType !== "ouder" || bestaand.status === "geblokkeerd") {
    throw new AlInGebruikFout(
      "Voor dit e-mailadres kan geen ouderinlog worden verstuurd: het account is geblokkeerd. Neem contact op met de helpdesk.",
      "OUDER_EMAIL",
    );
  }
  const ids = bestaand.leerlingIds ?? [];
  return {
    soort: "bestaand-account",
    leerlingIds: ids.includes(leerlingId) ? [...ids] : [...ids, leerlingId],
    nieuweLink: bestaand.status === "uitgenodigd",
  };
}

/** A parent's account: no username until the parent chooses one through the link (ACC-03). */
export function nieuwOuderAccount(
  id: string,
  leerling: Pick<Leerling, "id" | "roepnaam" | "tussenvoegsel" | "achternaam" | "emailOuders">,
  nu: Date,
): Gebruiker {
  return {
    id,
    naam: `Ouder/verzorger van ${leerlingNaam(leerling)}`,
    email: leerling.emailOuders.trim(),
    rollen: ["ouder"],
    organisatieType: "ouder",
    locatieNaam: OUDERPORTAAL,
    leerlingIds: [leerling.id],
    status: "uitgenodigd",
    aangemaaktOp: nu.toISOString(),
  };
}

/**
 * The "inloggegevens" link of an ouderinlog. Primary schools send it weeks before the period, and
 * parents need it in the period: it stays valid until the period ends (and at least the usual week).
 */
export function ouderinlogUitnodiging(
  gebruikerId: string,
  tokenHash: string,
  nu: Date,
  kalender: Pick<Kalender, "aanmeldperiode">,
): Uitnodiging {
  const uitnodiging = nieuweUitnodiging("inloggegevens", gebruikerId, tokenHash, nu);
  const eindePeriode = nederlandseTijd(kalender.aanmeldperiode.tot, "23:59").toISOString();
  return eindePeriode > uitnodiging.verlooptOp ? { ...uitnodiging, verlooptOp: eindePeriode } : uitnodiging;
}

/**
 * REG-07: pupils of the other Kernprocedure request their ouderinlog in the week before the
 * registration period. Returns the calendar of the school year whose week it is; outside it the
 * Dutch message says when it is possible.
 */
export function kalenderVoorOuderinlogAanvraag(kalenders: readonly Kalender[], nu: Date): Kalender {
  const open = kalenders.find((k) => isWeekVoorAanmeldperiode(k, nu));
  if (open) return open;
  const vandaag = nederlandseDatum(nu);
  const komend = kalenders
    .map(weekVoorAanmeldperiode)
    .filter((week) => week.van > vandaag)
    .sort((a, b) => a.van.localeCompare(b.van))[0];
  throw new OngeldigeInvoerFout(
    komend
      ? `Een ouderinlog aanvragen kan alleen in de week vóór de aanmeldperiode: van ${datumTekst(komend.van)} tot en met ${datumTekst(komend.tot)}.`
      : "Een ouderinlog aanvragen kan alleen in de week vóór de aanmeldperiode, en die is voorbij. Neem contact op met de VO-school van uw eerste voorkeur.",
  );
}

export interface OuderinlogAanvraag extends LeerlingInvoer {
  basisschool?: { naam?: string; plaats?: string };
}

/**
 * REG-07: the request holds the pupil's data as for a new pupil, and the name and town of its
 * primary school in the other Kernprocedure. A PrO pupil is registered by the school (REG-01).
 */
export function controleerOuderinlogAanvraag(
  aanvraag: OuderinlogAanvraag,
  schooljaar: string,
): GecontroleerdeLeerling & { basisschool: { naam: string; plaats: string } } {
  const { leerling, velden } = leerlingFouten(aanvraag, schooljaar);
  const naam = (aanvraag.basisschool?.naam ?? "").trim();
  const plaats = (aanvraag.basisschool?.plaats ?? "").trim();
  if (naam === "") velden["basisschool.naam"] ??= "Vul de naam van de basisschool in.";
  if (plaats === "") velden["basisschool.plaats"] ??= "Vul de plaats van de basisschool in.";
  if (naam.length > 200) velden["basisschool.naam"] ??= "Gebruik hoogstens 200 tekens.";
  if (plaats.length > 200) velden["basisschool.plaats"] ??= "Gebruik hoogstens 200 tekens.";
  if (leerling.gegevens.advies === "PrO") {
    velden.advies ??=
      "Leerlingen met een PrO-advies worden zoals gebruikelijk door de school aangemeld en krijgen geen ouderinlog.";
  }
  if (Object.keys(velden).length > 0) {
    throw new OngeldigeInvoerFout(
      "De gegevens zijn niet volledig of niet juist. Controleer de gemarkeerde velden.",
      velden,
    );
  }
  return { ...leerling, basisschool: { naam, plaats } };
}

/**
 * REG-07 without telling who is known: a request for a pupil already known gets the same answer,
 * and only a pupil of the other Kernprocedure whose parents ask with the address it already has
 * gets its ouderinlog again.
 */
export function magOuderinlogOpnieuw(
  bestaand: Pick<Leerling, "anderKernprocedure" | "emailOuders">,
  emailOuders: string,
): boolean {
  return (
    bestaand.anderKernprocedure !== undefined &&
    normaliseerEmail(bestaand.emailOuders) === normaliseerEmail(emailOuders)
  );
}
