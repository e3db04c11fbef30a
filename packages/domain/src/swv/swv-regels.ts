import type { Door } from "../aanmelding/leerling";
import type { Actor } from "../autorisatie/actor";
import { type Actie, mag } from "../autorisatie/permissies";
import { DomeinFout, GeenToegangFout, NietGevondenFout } from "../fouten/domein-fout";
import type { RegionConfig } from "../regio/region-config";
import type { SwvAanvraag, SwvAanvraagStatus } from "./aanvraag-swv";

/** What can be done with a request to the samenwerkingsverband. */
export type SwvActie =
  | "inzien"
  | "opstellen"
  | "wijzigen"
  | "bijlage-toevoegen"
  | "bijlage-verwijderen"
  | "indienen"
  | "terugsturen"
  | "accorderen-en-versturen";

export const SWV_ACTIES: readonly SwvActie[] = [
  "inzien",
  "opstellen",
  "wijzigen",
  "bijlage-toevoegen",
  "bijlage-verwijderen",
  "indienen",
  "terugsturen",
  "accorderen-en-versturen",
];

const OPSTELLEN: Actie = "aanvragen-swv.opstellen";
const ACCORDEREN: Actie = "aanvragen-swv.accorderen";

interface Regel {
  /** Any of these permissions allows the action. */
  wie: readonly Actie[];
  /** The states it may be done from; "nieuw": there is no request yet. */
  van: readonly (SwvAanvraagStatus | "nieuw")[];
  /** The state it leads to; absent: the state stays. */
  naar?: SwvAanvraagStatus;
  /** Why it is refused in another state, for the user. */
  weigering: string;
}

const NIET_MEER_BEWERKBAAR =
  "Deze aanvraag is ter accordering aangeboden of al verstuurd en kan niet meer worden gewijzigd.";
const NIET_TER_ACCORDERING = "Deze aanvraag staat niet (meer) ter accordering.";

/**
 * The one state machine: concept → ter-accordering (indienen) → verstuurd (accorderen en
 * versturen); ter-accordering → concept when sent back. The drafter edits only a concept; the
 * approver acts only on what is offered; a sent request is final, kept with its history.
 */
const REGELS: Readonly<Record<SwvActie, Regel>> = {
  inzien: {
    wie: [OPSTELLEN, ACCORDEREN],
    van: ["concept", "ter-accordering", "verstuurd"],
    weigering: "",
  },
  opstellen: { wie: [OPSTELLEN], van: ["nieuw"], naar: "concept", weigering: "Deze aanvraag bestaat al." },
  wijzigen: { wie: [OPSTELLEN], van: ["concept"], weigering: NIET_MEER_BEWERKBAAR },
  "bijlage-toevoegen": { wie: [OPSTELLEN], van: ["concept"], weigering: NIET_MEER_BEWERKBAAR },
  "bijlage-verwijderen": { wie: [OPSTELLEN], van: ["concept"], weigering: NIET_MEER_BEWERKBAAR },
  indienen: {
    wie: [OPSTELLEN],
    van: ["concept"],
    naar: "ter-accordering",
    weigering: "Deze aanvraag is al ter accordering aangeboden of verstuurd.",
  },
  terugsturen: {
    wie: [ACCORDEREN],
    van: ["ter-accordering"],
    naar: "concept",
    weigering: NIET_TER_ACCORDERING,
  },
  "accorderen-en-versturen": {
    wie: [ACCORDEREN],
    van: ["ter-accordering"],
    naar: "verstuurd",
    weigering: NIET_TER_ACCORDERING,
  },
};

/** The action is not allowed in the request's present state; the message says why. */
export class SwvStatusFout extends DomeinFout {
  readonly soort = "conflict";
  readonly code = "SWV_STATUS";
}

/** The region enables the roles but names no samenwerkingsverband to send to: a configuration gap. */
export class SwvNietIngesteldFout extends DomeinFout {
  readonly soort = "conflict";
  readonly code = "SWV_NIET_INGESTELD";
  constructor() {
    super(
      "Er is voor deze regio geen samenwerkingsverband ingesteld om de aanvraag naar te versturen. Neem contact op met de helpdesk.",
    );
  }
}

function magEen(actor: Actor, config: RegionConfig, acties: readonly Actie[], schoolId: string): boolean {
  return acties.some((actie) => mag(actor, actie, config, { schoolId }));
}

/**
 * REGION-01 / ACC-06: only users of a VO school with one of the two roles — and only where the
 * region enables them (geldigeRollen) — reach the requests at all; anyone else gets 403 on every
 * route, before anything is read. Returns the school whose requests the actor handles.
 */
export function controleerSwvToegang(actor: Actor, config: RegionConfig): string {
  const schoolId = actor.schoolId;
  if (
    actor.organisatieType !== "vo" ||
    !schoolId ||
    !magEen(actor, config, [OPSTELLEN, ACCORDEREN], schoolId)
  ) {
    throw new GeenToegangFout();
  }
  return schoolId;
}

/** Another school's request answers as one that does not exist (404), so nothing is revealed. */
export function eigenSwvAanvraag<T extends Pick<SwvAanvraag, "schoolId">>(
  aanvraag: T | undefined,
  schoolId: string,
): T {
  if (!aanvraag || aanvraag.schoolId !== schoolId) throw new NietGevondenFout("De aanvraag");
  return aanvraag;
}

/**
 * TRT-15 for requests: may this actor do this now? The role is checked first (403), then the
 * state (409). Returns the state the request has after the action.
 */
export function controleerSwvActie(
  actor: Actor,
  config: RegionConfig,
  actie: SwvActie,
  aanvraag: Pick<SwvAanvraag, "schoolId" | "status"> | undefined,
): SwvAanvraagStatus {
  const schoolId = controleerSwvToegang(actor, config);
  if (aanvraag) eigenSwvAanvraag(aanvraag, schoolId);
  const regel = REGELS[actie];
  if (!magEen(actor, config, regel.wie, schoolId)) throw new GeenToegangFout();
  const huidig = aanvraag?.status ?? "nieuw";
  if (!regel.van.includes(huidig)) throw new SwvStatusFout(regel.weigering || NIET_TER_ACCORDERING);
  return regel.naar ?? (aanvraag?.status as SwvAanvraagStatus);
}

/** What the actor may do with the request now: the screen offers exactly these. */
export function swvActiesVoor(
  actor: Actor,
  config: RegionConfig,
  aanvraag: Pick<SwvAanvraag, "schoolId" | "status">,
): SwvActie[] {
  return SWV_ACTIES.filter((actie) => {
    if (actie === "opstellen") return false;
    try {
      controleerSwvActie(actor, config, actie, aanvraag);
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether the actor may draft new requests (the screen's "Aanvraag opstellen"). */
export function magSwvOpstellen(actor: Actor, config: RegionConfig): boolean {
  return (
    actor.organisatieType === "vo" &&
    actor.schoolId !== undefined &&
    mag(actor, OPSTELLEN, config, { schoolId: actor.schoolId })
  );
}

/** How a state-changing step changes the request (its history event is written beside it). */
export type SwvStap =
  | { actie: "indienen"; op: string; door: Door }
  | { actie: "terugsturen"; op: string; door: Door; opmerking: string }
  | {
      actie: "accorderen-en-versturen";
      op: string;
      door: Door;
      aan: { naam: string; email: string };
    };

/** The request after a step; the caller checked the step with controleerSwvActie. */
export function swvNaStap(aanvraag: SwvAanvraag, stap: SwvStap): SwvAanvraag {
  const naar = REGELS[stap.actie].naar ?? aanvraag.status;
  const basis = { ...aanvraag, status: naar, gewijzigdOp: stap.op };
  switch (stap.actie) {
    case "indienen":
      return { ...basis, ingediend: { op: stap.op, door: stap.door } };
    case "terugsturen":
      return { ...basis, teruggestuurd: { op: stap.op, door: stap.door, opmerking: stap.opmerking } };
    case "accorderen-en-versturen":
      return { ...basis, verstuurd: { op: stap.op, door: stap.door, aan: stap.aan } };
  }
}

/** The samenwerkingsverband this region sends requests to. */
export function swvOntvanger(config: RegionConfig): { naam: string; email: string } {
  if (!config.samenwerkingsverband) throw new SwvNietIngesteldFout();
  return config.samenwerkingsverband;
}
