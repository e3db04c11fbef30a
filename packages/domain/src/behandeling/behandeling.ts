import { isBuitenleerlingNummer } from "../aanmelding/elk-nummer";
import {
  type Aanmelding,
  type AanmeldingStatus,
  behandelendeSchool,
  type Door,
  isLopend,
  type VoorrangBesluit,
} from "../aanmelding/leerling";
import type { KeuzeSchool } from "../aanmelding/voorkeurslijst";
import type { Actor } from "../autorisatie/actor";
import { type Actie, mag } from "../autorisatie/permissies";
import { GeenToegangFout, NietGevondenFout, OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { RegioActie, RegionConfig } from "../regio/region-config";
import { StatusConflictFout } from "./fouten";

/**
 * Handling a registration (TRT-01 … TRT-15): one state machine. Every action of the pupil's menu
 * ("klik op het menu knopje") is here once, with the states it is allowed from, the permission it
 * needs and the manual's further conditions. The API refuses what this table refuses; the menu
 * shows what it allows.
 */
export const BEHANDEL_ACTIES = [
  // "Het oki-doc bekijken" (TRT-02) and "Aanvulling vragen op het oki-doc" (TRT-03)
  "okidoc-inzien",
  "aanvulling-vragen",
  // Voorrang toekennen/afkeuren (TRT-04)
  "voorrang-toekennen",
  "voorrang-afkeuren",
  // "Plaatsingsbesluit registreren", "Leerling afwijzen of uitloten", "Leerling terugtrekken"
  "plaatsen",
  "niet-plaatsen",
  "uitloten",
  "toewijzen-andere-school",
  "terugtrekken",
  // "De overige opties in het menu" (TRT-10, TRT-11, TRT-12)
  "tafelmiddag-aanvragen",
  "tafelmiddag-annuleren",
  "tafelmiddag-po-annuleren",
  "historie-tonen",
  "notities",
  // Region-only (TRT-13): present only where the region's configuration enables them
  "advies-setting-aanpassen",
  "doorbegeleiden",
  // The primary school's side (PO-03)
  "po-tafelmiddag-aanvragen",
  "po-tafelmiddag-annuleren",
  // The region administrator corrects a wrong assignment (TRT-08, TRT-14)
  "toewijzing-corrigeren",
] as const;

export type BehandelActie = (typeof BEHANDEL_ACTIES)[number];

/** Whose action it is: the handling VO school, the pupil's primary school, or the region. */
export type BehandelKant = "vo" | "po" | "regio";

/** What the registration looks like to the rules. */
export type InBehandeling = Pick<
  Aanmelding,
  | "status"
  | "elkNummer"
  | "keuzes"
  | "schoolId"
  | "poSchoolId"
  | "advies"
  | "eersteKeuze"
  | "okidoc"
  | "voorrangBesluit"
  | "tafelmiddag"
  | "toewijzing"
  | "plaatsing"
  | "besluit"
>;

interface BehandelRegel {
  kant: BehandelKant;
  permissie: Actie;
  /** The states the action is allowed from (TRT-15). */
  vanuit: readonly AanmeldingStatus[];
  /** A further condition of the manual; returns why not, in Dutch, or undefined when allowed. */
  voorwaarde?: (a: InBehandeling) => string | undefined;
  /** Only in regions whose configuration names this action (TRT-13). */
  regioActie?: RegioActie;
}

const LOPEND: readonly AanmeldingStatus[] = ["aangemeld", "geplaatst", "uitgeloot", "toegewezen"];
const TE_BEOORDELEN: readonly AanmeldingStatus[] = ["aangemeld", "toegewezen"];

function isBuitenleerling(a: InBehandeling): boolean {
  return isBuitenleerlingNummer(a.elkNummer);
}

/** TRT-02: the PDF and bijlagen exist only when released — and never for a buitenleerling. */
export function okidocBeschikbaar(a: Pick<InBehandeling, "elkNummer" | "okidoc">): boolean {
  return !isBuitenleerlingNummer(a.elkNummer) && (a.okidoc === "vrijgegeven" || a.okidoc === "aangevuld");
}

/** TRT-02: why the oki-doc is not there, as the manual explains it. */
export function okidocNietBeschikbaarReden(
  a: Pick<InBehandeling, "elkNummer" | "okidoc">,
): "buitenleerling" | "niet-vrijgegeven" | undefined {
  if (isBuitenleerlingNummer(a.elkNummer)) return "buitenleerling";
  return okidocBeschikbaar(a) ? undefined : "niet-vrijgegeven";
}

/** TRT-03: while an addition is asked, the menu is reduced to these. */
const TIJDENS_AANVULLING: ReadonlySet<BehandelActie> = new Set<BehandelActie>([
  "historie-tonen",
  "notities",
  "terugtrekken",
]);

const okidocVoorwaarde = (a: InBehandeling): string | undefined => {
  const reden = okidocNietBeschikbaarReden(a);
  if (reden === "buitenleerling")
    return "Van buitenleerlingen is het oki-doc of onderwijskundig dossier nooit in te zien via ELK. Neem contact op met de basisschool.";
  if (reden === "niet-vrijgegeven")
    return "De basisschool heeft het oki-doc nog niet vrijgegeven. Neem contact op met de basisschool.";
  return undefined;
};

const voorrangGevraagd = (a: InBehandeling) =>
  a.eersteKeuze.voorrang ? undefined : "Voor deze leerling is geen voorrang aangevraagd.";

const bijEersteKeuze = (a: InBehandeling) =>
  a.toewijzing ? "Dit kan alleen de school van eerste voorkeur." : undefined;

export const BEHANDELREGELS: Readonly<Record<BehandelActie, BehandelRegel>> = {
  "okidoc-inzien": { kant: "vo", permissie: "okidoc.inzien", vanuit: LOPEND, voorwaarde: okidocVoorwaarde },
  "aanvulling-vragen": {
    kant: "vo",
    permissie: "okidoc.inzien",
    vanuit: LOPEND,
    voorwaarde: okidocVoorwaarde,
  },
  "voorrang-toekennen": {
    kant: "vo",
    permissie: "leerlingen.plaatsen",
    vanuit: ["aangemeld"],
    voorwaarde: (a) =>
      voorrangGevraagd(a) ??
      bijEersteKeuze(a) ??
      (a.voorrangBesluit?.besluit === "toegekend" ? "De voorrang is al toegekend." : undefined),
  },
  "voorrang-afkeuren": {
    kant: "vo",
    permissie: "leerlingen.plaatsen",
    vanuit: ["aangemeld"],
    voorwaarde: (a) =>
      voorrangGevraagd(a) ??
      bijEersteKeuze(a) ??
      (a.voorrangBesluit?.besluit === "afgewezen" ? "De voorrang is al afgewezen." : undefined),
  },
  plaatsen: { kant: "vo", permissie: "leerlingen.plaatsen", vanuit: TE_BEOORDELEN },
  "niet-plaatsen": { kant: "vo", permissie: "leerlingen.plaatsen", vanuit: TE_BEOORDELEN },
  uitloten: {
    kant: "vo",
    permissie: "leerlingen.plaatsen",
    vanuit: ["aangemeld"],
    voorwaarde: bijEersteKeuze,
  },
  "toewijzen-andere-school": { kant: "vo", permissie: "leerlingen.plaatsen", vanuit: ["uitgeloot"] },
  terugtrekken: { kant: "vo", permissie: "leerlingen.terugtrekken", vanuit: LOPEND },
  "tafelmiddag-aanvragen": {
    kant: "vo",
    permissie: "leerlingen.plaatsen",
    vanuit: ["aangemeld", "geplaatst", "toegewezen"],
    voorwaarde: (a) => (a.tafelmiddag?.vo ? "Er is al een tafelmiddag aangevraagd." : undefined),
  },
  "tafelmiddag-annuleren": {
    kant: "vo",
    permissie: "leerlingen.plaatsen",
    vanuit: LOPEND,
    voorwaarde: (a) => (a.tafelmiddag?.vo ? undefined : "Er is geen tafelmiddag aangevraagd."),
  },
  "tafelmiddag-po-annuleren": {
    kant: "vo",
    permissie: "leerlingen.plaatsen",
    vanuit: ["geplaatst"],
    voorwaarde: (a) =>
      a.tafelmiddag?.po ? undefined : "De basisschool heeft geen warme overdracht aangevraagd.",
  },
  "historie-tonen": { kant: "vo", permissie: "leerlingen.inzien", vanuit: LOPEND },
  notities: { kant: "vo", permissie: "leerlingen.inzien", vanuit: LOPEND },
  "advies-setting-aanpassen": {
    kant: "vo",
    permissie: "leerlingen.plaatsen",
    vanuit: TE_BEOORDELEN,
    regioActie: "advies-setting-aanpassen",
    voorwaarde: (a) => (isBuitenleerling(a) ? "Een buitenleerling heeft geen oki-doc in ELK." : undefined),
  },
  doorbegeleiden: {
    kant: "vo",
    permissie: "leerlingen.plaatsen",
    vanuit: TE_BEOORDELEN,
    regioActie: "doorbegeleiden",
  },
  "po-tafelmiddag-aanvragen": {
    kant: "po",
    permissie: "leerlingen.po-beheren",
    vanuit: LOPEND,
    voorwaarde: (a) => (a.tafelmiddag?.po ? "Er is al een warme overdracht aangevraagd." : undefined),
  },
  "po-tafelmiddag-annuleren": {
    kant: "po",
    permissie: "leerlingen.po-beheren",
    vanuit: LOPEND,
    voorwaarde: (a) => (a.tafelmiddag?.po ? undefined : "Er is geen warme overdracht aangevraagd."),
  },
  "toewijzing-corrigeren": {
    kant: "regio",
    permissie: "behandeling.corrigeren",
    vanuit: ["toegewezen", "geplaatst"],
    voorwaarde: (a) =>
      a.toewijzing
        ? undefined
        : "Alleen een toewijzing na de Centrale Plaatsing en Loting kan gecorrigeerd worden.",
  },
};

/** The organisation on whose side the actor must stand for this action. */
function bronVan(a: InBehandeling, kant: BehandelKant): { schoolId?: string } | undefined {
  if (kant === "vo") return { schoolId: behandelendeSchool(a) ?? "-" };
  if (kant === "po") return { schoolId: a.poSchoolId ?? "-" };
  return undefined;
}

/**
 * May the actor see this registration at all? The handling VO school and the pupil's primary
 * school may; anyone else gets "not found", so a refused read reveals nothing.
 */
export function magAanmeldingZien(actor: Actor, a: InBehandeling, config: RegionConfig): boolean {
  if (mag(actor, "behandeling.corrigeren", config)) return true;
  if (!actor.schoolId) return false;
  if (actor.schoolId === behandelendeSchool(a) && isLopend(a.status))
    return mag(actor, "leerlingen.inzien", config);
  if (actor.schoolId === a.poSchoolId) return mag(actor, "leerlingen.po-beheren", config);
  return false;
}

/** Why the action is not allowed now, or undefined when it is (the role is checked apart). */
function waaromNiet(a: InBehandeling, actie: BehandelActie): string | undefined {
  const regel = BEHANDELREGELS[actie];
  if (!regel.vanuit.includes(a.status)) {
    return `Dit kan niet bij een leerling met de status ${statusLabel(a)}.`;
  }
  if (a.okidoc === "aanvulling-gevraagd" && regel.kant === "vo" && !TIJDENS_AANVULLING.has(actie)) {
    return "Er is een aanvulling op het oki-doc gevraagd. Wacht tot de basisschool het oki-doc opnieuw heeft vrijgegeven.";
  }
  return regel.voorwaarde?.(a);
}

function regioStaatToe(regel: BehandelRegel, config: RegionConfig): boolean {
  return !regel.regioActie || config.extraActies.includes(regel.regioActie);
}

/** TRT-08: the region administrator's action on a registration. */
export const REGIO_ACTIES: readonly BehandelActie[] = ["toewijzing-corrigeren"];

/** PO-03: what the primary school may do on its pupil's registration. */
export const PO_ACTIES: readonly BehandelActie[] = ["po-tafelmiddag-aanvragen", "po-tafelmiddag-annuleren"];

/** The actions of the VO school's menu, in the manual's order. */
export const MENU_VOLGORDE: readonly BehandelActie[] = BEHANDEL_ACTIES.filter(
  (actie) => !REGIO_ACTIES.includes(actie) && !PO_ACTIES.includes(actie),
);

/** The menu of a pupil for this actor: the actions allowed now, in the manual's order (TRT-01). */
export function behandelOpties(
  actor: Actor,
  a: InBehandeling,
  config: RegionConfig,
  volgorde: readonly BehandelActie[] = [...MENU_VOLGORDE, ...REGIO_ACTIES],
): BehandelActie[] {
  return volgorde.filter((actie) => {
    const regel = BEHANDELREGELS[actie];
    return (
      regioStaatToe(regel, config) &&
      mag(actor, regel.permissie, config, bronVan(a, regel.kant)) &&
      waaromNiet(a, actie) === undefined
    );
  });
}

/**
 * TRT-13 / TRT-15: throws unless the actor may do this action on this registration now. A
 * registration the actor may not see is "not found"; a missing role is "no access"; a wrong
 * state is a conflict naming the state.
 */
export function vereisBehandeling(
  actor: Actor,
  a: InBehandeling,
  actie: BehandelActie,
  config: RegionConfig,
): void {
  vereisBehandelrecht(actor, a, actie, config);
  const reden = waaromNiet(a, actie);
  if (reden) throw new StatusConflictFout(reden);
}

/**
 * Only the right to the action, not whether the registration's state allows it: asked first, so
 * who may not act hears so, not that the registration changed meanwhile (issue #10).
 */
export function vereisBehandelrecht(
  actor: Actor,
  a: InBehandeling,
  actie: BehandelActie,
  config: RegionConfig,
): void {
  const regel = BEHANDELREGELS[actie];
  if (!magAanmeldingZien(actor, a, config)) throw new NietGevondenFout("De aanmelding");
  if (!regioStaatToe(regel, config)) throw new GeenToegangFout();
  if (!mag(actor, regel.permissie, config, bronVan(a, regel.kant))) throw new GeenToegangFout();
}

/**
 * LOT-03: the system itself acts — the Centrale Plaatsing en Loting assigns its outcome. No role
 * is checked (nobody signed in acts), only the state the action is allowed from and the manual's
 * condition; a pending oki-doc addition (TRT-03) does not hold back the CP&L.
 */
export function vereisSysteemBehandeling(a: InBehandeling, actie: BehandelActie): void {
  const regel = BEHANDELREGELS[actie];
  if (!regel.vanuit.includes(a.status)) {
    throw new StatusConflictFout(`Dit kan niet bij een leerling met de status ${statusLabel(a)}.`);
  }
  const reden = regel.voorwaarde?.(a);
  if (reden) throw new StatusConflictFout(reden);
}

/** The state as the overview shows and filters it: a status, or the oki-doc's addition state (TRT-03). */
export type WeergaveStatus = AanmeldingStatus | "aanvulling-gevraagd" | "aangevuld";

export function weergaveStatus(a: Pick<InBehandeling, "status" | "okidoc">): WeergaveStatus {
  const teBeoordelen = a.status === "aangemeld" || a.status === "toegewezen";
  if (teBeoordelen && (a.okidoc === "aanvulling-gevraagd" || a.okidoc === "aangevuld")) return a.okidoc;
  return a.status;
}

/** The status as the overview shows it (TRT-01, TRT-03: the status changes with the oki-doc). */
export function statusLabel(a: Pick<InBehandeling, "status" | "okidoc">): string {
  const weergave = weergaveStatus(a);
  if (weergave === "aanvulling-gevraagd") return "Aanvulling gevraagd";
  if (weergave === "aangevuld") return "Aangevuld";
  return STATUS_LABELS[weergave];
}

export const STATUS_LABELS: Readonly<Record<AanmeldingStatus, string>> = {
  concept: "Concept",
  aangemeld: "Aangemeld",
  ingetrokken: "Aanmelding ongedaan gemaakt",
  geplaatst: "Geplaatst",
  "niet-geplaatst": "Niet geplaatst",
  uitgeloot: "Uitgeloot",
  toegewezen: "Toegewezen na CP&L",
  teruggetrokken: "Teruggetrokken",
};

/** TRT-04: the V mark — white = requested, blue = granted, red = refused. */
export type VoorrangMarkering = "aangevraagd" | VoorrangBesluit;

export function voorrangMarkering(
  a: Pick<InBehandeling, "eersteKeuze" | "voorrangBesluit" | "toewijzing">,
): VoorrangMarkering | undefined {
  if (!a.eersteKeuze.voorrang || a.toewijzing) return undefined;
  return a.voorrangBesluit?.besluit ?? "aangevraagd";
}

// ---------------------------------------------------------------------------------------------
// The transitions

export type BehandelOpdracht =
  | { actie: "voorrang-toekennen" }
  | { actie: "voorrang-afkeuren" }
  | { actie: "plaatsen"; afdelingId: string; toelichting?: string }
  | { actie: "niet-plaatsen"; toelichting: string }
  | { actie: "uitloten"; toelichting: string }
  | { actie: "toewijzen-andere-school"; schoolId: string; afdelingId: string }
  | { actie: "terugtrekken" }
  | { actie: "aanvulling-vragen"; toelichting: string }
  | { actie: "tafelmiddag-aanvragen"; toelichting: string }
  | { actie: "tafelmiddag-annuleren" }
  | { actie: "tafelmiddag-po-annuleren" }
  | { actie: "advies-setting-aanpassen" }
  | { actie: "doorbegeleiden" }
  | { actie: "po-tafelmiddag-aanvragen"; toelichting: string }
  | { actie: "po-tafelmiddag-annuleren" }
  | { actie: "toewijzing-corrigeren"; schoolId: string; afdelingId: string };

/** What else must happen, in the same transaction or right after it (mail, messages). */
export type Gevolg =
  /** The pupil is free to register elsewhere (TRT-06, TRT-09): the registry lets go. */
  | { soort: "registratie-vrijgeven" }
  /** The registry names the school that now holds the pupil (REG-04's message). */
  | { soort: "registratie-verplaatsen"; schoolId: string }
  | { soort: "mail-ouders-voorrang"; besluit: VoorrangBesluit }
  | { soort: "mail-projectleider"; toelichting: string }
  /** A message to the primary school (PO-03); a placement only from the announcement on (TRT-05). */
  | { soort: "bericht-po"; tekst: string; naBekendmaking: boolean }
  /** A message to the contact persons of the pupil's groups at the handling school (GRP-02). */
  | { soort: "bericht-groepen"; tekst: string }
  /** TRT-03: the oki-doc becomes editable again for the primary school. */
  | { soort: "okidoc-aanvulling"; vraag: string }
  /** Advies / setting aanpassen: the oki-doc back to the primary school. */
  | { soort: "okidoc-heropenen" }
  /** TRT-10: the note of a tafelmiddag request stays visible to PO and VO under Notities. */
  | { soort: "notitie"; tekst: string };

export interface BehandelContext {
  actor: Actor;
  nu: Date;
  /** The VO schools of the region with their afdelingen. */
  school: (id: string) => KeuzeSchool | undefined;
}

export interface Uitkomst<A> {
  aanmelding: A;
  /** The history event: its kind and what it says. */
  gebeurtenis: { soort: BehandelActie; gegevens: Record<string, unknown> };
  gevolgen: Gevolg[];
}

function verplichteToelichting(tekst: string | undefined, wat: string): string {
  const t = (tekst ?? "").trim();
  if (!t)
    throw new OngeldigeInvoerFout(`Geef een toelichting ${wat}.`, { toelichting: "Vul een toelichting in." });
  if (t.length > 2000)
    throw new OngeldigeInvoerFout("De toelichting is hoogstens 2000 tekens.", {
      toelichting: "Hoogstens 2000 tekens.",
    });
  return t;
}

function afdelingVan(school: KeuzeSchool | undefined, afdelingId: string, advies: Aanmelding["advies"]) {
  const afdeling = school?.afdelingen.find((af) => af.id === afdelingId);
  if (!school || !afdeling) {
    throw new OngeldigeInvoerFout("Kies een afdeling van de school.", { afdelingId: "Kies een afdeling." });
  }
  // TRT-14: in ELK a pupil is placed at the registered level; below the advice happens in practice.
  if (!afdeling.adviezen.includes(advies)) {
    throw new OngeldigeInvoerFout(
      `De afdeling ${afdeling.naam} past niet bij het advies ${advies}. Plaats in ELK op het aangemelde niveau.`,
      { afdelingId: "Deze afdeling past niet bij het advies." },
    );
  }
  return afdeling;
}

/** TRT-05 / PO-03: the primary school's message of a placement, sent from the announcement on. */
export function plaatsingsBericht(
  naam: string,
  school: string,
  afdeling: string,
  toelichting?: string,
): string {
  return `${naam} is geplaatst op ${school}, ${afdeling}.${toelichting ? ` Toelichting: ${toelichting}` : ""}`;
}

function door(actor: Actor): Door {
  return { gebruikerId: actor.gebruikerId, naam: actor.naam };
}

/**
 * Apply an action to a registration the actor was allowed to act on (vereisBehandeling first).
 * Pure: returns the new registration, its history event and what else must happen.
 */
export function behandel<A extends InBehandeling & Pick<Aanmelding, "leerlingNaam">>(
  a: A,
  opdracht: BehandelOpdracht,
  ctx: BehandelContext,
): Uitkomst<A> {
  const op = ctx.nu.toISOString();
  const wie = door(ctx.actor);
  const handelend = behandelendeSchool(a) ?? "";
  const schoolNaam = ctx.school(handelend)?.naam ?? "de VO-school";
  const naam = a.leerlingNaam;
  switch (opdracht.actie) {
    case "voorrang-toekennen":
    case "voorrang-afkeuren": {
      const besluit: VoorrangBesluit = opdracht.actie === "voorrang-toekennen" ? "toegekend" : "afgewezen";
      return {
        aanmelding: { ...a, voorrangBesluit: { besluit, op, door: wie } },
        gebeurtenis: { soort: opdracht.actie, gegevens: { besluit } },
        gevolgen: [{ soort: "mail-ouders-voorrang", besluit }],
      };
    }
    case "plaatsen": {
      const afdeling = afdelingVan(ctx.school(handelend), opdracht.afdelingId, a.advies);
      const toelichting = opdracht.toelichting?.trim() || undefined;
      if (toelichting && toelichting.length > 2000) {
        throw new OngeldigeInvoerFout("De toelichting is hoogstens 2000 tekens.", {
          toelichting: "Hoogstens 2000 tekens.",
        });
      }
      return {
        aanmelding: {
          ...a,
          status: "geplaatst",
          plaatsing: { afdelingId: afdeling.id, afdelingNaam: afdeling.naam, toelichting, op, door: wie },
        },
        gebeurtenis: {
          soort: "plaatsen",
          gegevens: { school: schoolNaam, afdeling: afdeling.naam, ...(toelichting ? { toelichting } : {}) },
        },
        gevolgen: [
          {
            soort: "bericht-po",
            tekst: plaatsingsBericht(naam, schoolNaam, afdeling.naam, toelichting),
            naBekendmaking: true,
          },
        ],
      };
    }
    case "niet-plaatsen": {
      const toelichting = verplichteToelichting(
        opdracht.toelichting,
        "waarom de leerling niet geplaatst wordt",
      );
      return {
        aanmelding: {
          ...a,
          status: "niet-geplaatst",
          besluit: { toelichting, op, door: wie },
          tafelmiddag: undefined,
        },
        gebeurtenis: { soort: "niet-plaatsen", gegevens: { school: schoolNaam, toelichting } },
        gevolgen: [
          { soort: "registratie-vrijgeven" },
          { soort: "mail-projectleider", toelichting },
          {
            soort: "bericht-po",
            tekst: `${naam} is niet geplaatst op ${schoolNaam}. Toelichting: ${toelichting} De leerling kan zich bij een andere school aanmelden.`,
            naBekendmaking: false,
          },
        ],
      };
    }
    case "uitloten": {
      const toelichting = verplichteToelichting(opdracht.toelichting, "bij het uitloten");
      return {
        aanmelding: { ...a, status: "uitgeloot", besluit: { toelichting, op, door: wie } },
        gebeurtenis: { soort: "uitloten", gegevens: { school: schoolNaam, toelichting } },
        gevolgen: [],
      };
    }
    case "toewijzen-andere-school":
    case "toewijzing-corrigeren": {
      const doel = ctx.school(opdracht.schoolId);
      const corrigeren = opdracht.actie === "toewijzing-corrigeren";
      if (!corrigeren) {
        // TRT-14: an assignment outside the pupil's own choices goes through the region administrator.
        const isKeuze = a.keuzes
          .slice(1)
          .some((k) => k.schoolId === opdracht.schoolId && k.afdelingId === opdracht.afdelingId);
        if (!isKeuze) {
          throw new OngeldigeInvoerFout(
            "Kies een school en afdeling van de voorkeurslijst (2e keuze of verder). Plaatsen op een school die de leerling niet gekozen heeft gaat via de regiobeheerder.",
            { schoolId: "Kies een keuze van de voorkeurslijst." },
          );
        }
      } else if (opdracht.schoolId === a.keuzes[0]?.schoolId) {
        throw new OngeldigeInvoerFout("Kies een andere school dan de school van eerste voorkeur.", {
          schoolId: "Kies een andere school.",
        });
      }
      const afdeling = afdelingVan(doel, opdracht.afdelingId, a.advies);
      const van = corrigeren ? (a.toewijzing?.vanSchoolId ?? handelend) : handelend;
      const vanNaam = corrigeren ? (a.toewijzing?.vanSchoolNaam ?? schoolNaam) : schoolNaam;
      return {
        aanmelding: {
          ...a,
          status: "toegewezen",
          schoolId: opdracht.schoolId,
          plaatsing: undefined,
          tafelmiddag: undefined,
          toewijzing: {
            vanSchoolId: van,
            vanSchoolNaam: vanNaam,
            afdelingId: afdeling.id,
            afdelingNaam: afdeling.naam,
            op,
            door: wie,
          },
        },
        gebeurtenis: {
          soort: opdracht.actie,
          gegevens: { van: schoolNaam, naar: doel?.naam ?? "", afdeling: afdeling.naam },
        },
        gevolgen: [{ soort: "registratie-verplaatsen", schoolId: opdracht.schoolId }],
      };
    }
    case "terugtrekken":
      return {
        aanmelding: {
          ...a,
          status: "teruggetrokken",
          besluit: { toelichting: "", op, door: wie },
          tafelmiddag: undefined,
        },
        gebeurtenis: { soort: "terugtrekken", gegevens: { school: schoolNaam } },
        gevolgen: [
          { soort: "registratie-vrijgeven" },
          {
            soort: "bericht-po",
            tekst: `${naam} is teruggetrokken bij ${schoolNaam}. De leerling kan zich bij een andere school aanmelden.`,
            naBekendmaking: false,
          },
        ],
      };
    case "aanvulling-vragen": {
      const vraag = verplichteToelichting(opdracht.toelichting, "van wat je aangevuld wilt zien");
      return {
        aanmelding: { ...a, okidoc: "aanvulling-gevraagd" },
        gebeurtenis: { soort: "aanvulling-vragen", gegevens: { school: schoolNaam, vraag } },
        gevolgen: [
          { soort: "okidoc-aanvulling", vraag },
          {
            soort: "bericht-po",
            tekst: `${schoolNaam} vraagt een aanvulling op het oki-doc van ${naam}: ${vraag}`,
            naBekendmaking: false,
          },
        ],
      };
    }
    case "tafelmiddag-aanvragen":
    case "po-tafelmiddag-aanvragen": {
      const toelichting = verplichteToelichting(opdracht.toelichting, "bij de tafelmiddag");
      const kant = opdracht.actie === "tafelmiddag-aanvragen" ? "vo" : "po";
      return {
        aanmelding: { ...a, tafelmiddag: { ...a.tafelmiddag, [kant]: { op, door: wie, toelichting } } },
        gebeurtenis: { soort: opdracht.actie, gegevens: { toelichting } },
        gevolgen: [
          { soort: "notitie", tekst: `Tafelmiddag aangevraagd: ${toelichting}` },
          kant === "vo"
            ? {
                soort: "bericht-po",
                tekst: `${schoolNaam} vraagt een tafelmiddag (warme overdracht) aan voor ${naam}: ${toelichting}`,
                naBekendmaking: false,
              }
            : {
                soort: "bericht-groepen",
                tekst: `De basisschool vraagt een warme overdracht aan voor ${naam}: ${toelichting}`,
              },
        ],
      };
    }
    case "tafelmiddag-annuleren":
    case "tafelmiddag-po-annuleren":
    case "po-tafelmiddag-annuleren": {
      const kant = opdracht.actie === "tafelmiddag-annuleren" ? "vo" : "po";
      const { [kant]: _weg, ...rest } = a.tafelmiddag ?? {};
      return {
        aanmelding: { ...a, tafelmiddag: Object.keys(rest).length > 0 ? rest : undefined },
        gebeurtenis: { soort: opdracht.actie, gegevens: {} },
        gevolgen:
          opdracht.actie === "po-tafelmiddag-annuleren"
            ? [
                {
                  soort: "bericht-groepen",
                  tekst: `De basisschool annuleert de warme overdracht van ${naam}.`,
                },
              ]
            : [
                {
                  soort: "bericht-po",
                  tekst:
                    opdracht.actie === "tafelmiddag-annuleren"
                      ? `${schoolNaam} annuleert de tafelmiddag van ${naam}.`
                      : `${schoolNaam} annuleert in overleg met de basisschool de warme overdracht van ${naam}.`,
                  naBekendmaking: false,
                },
              ],
      };
    }
    case "doorbegeleiden":
      // TRT-13: the manual names it for ELK Amsterdam without saying what it does (issue 9).
      throw new StatusConflictFout(
        "Doorbegeleiden is in deze versie van ELK nog niet uitgewerkt. Neem contact op met de beheerorganisatie.",
      );
    case "advies-setting-aanpassen":
      return {
        aanmelding: {
          ...a,
          status: "teruggetrokken",
          okidoc: "concept",
          besluit: { toelichting: "Advies / setting aanpassen", op, door: wie },
        },
        gebeurtenis: { soort: "advies-setting-aanpassen", gegevens: { school: schoolNaam } },
        gevolgen: [
          { soort: "registratie-vrijgeven" },
          { soort: "okidoc-heropenen" },
          {
            soort: "bericht-po",
            tekst: `${schoolNaam} heeft de aanmelding van ${naam} ongedaan gemaakt om het advies of de setting aan te passen. Het oki-doc is weer bewerkbaar.`,
            naBekendmaking: false,
          },
        ],
      };
  }
}
