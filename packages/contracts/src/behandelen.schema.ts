import { BEHANDEL_ACTIES } from "@elk/domain";
import { z } from "zod";
import { AanmeldingStatus, Advies } from "./aanmelden.schema";

/**
 * Behandelen (issue 5): Leerlingen > Overzicht (TRT-01), the pupil's menu and its decisions
 * (TRT-03 … TRT-15), Toon historie (TRT-11), Notities (TRT-12) and the primary school's side (PO-03).
 * The rules live in packages/domain/src/behandeling; these schemas check the shape.
 */

export const BehandelActie = z.enum(BEHANDEL_ACTIES);
export type BehandelActie = z.infer<typeof BehandelActie>;

export const VoorrangMarkering = z.enum(["aangevraagd", "toegekend", "afgewezen"]);
export const OsoStand = z.enum(["geen", "klaargezet", "opgehaald"]);
export const OkidocReden = z.enum(["buitenleerling", "niet-vrijgegeven"]);

const JaNee = z.enum(["ja", "nee"], { error: "Kies ja of nee." }).optional();

/** TRT-01: filters, search, sort and page of the overview. All optional. */
export const OverzichtQuery = z.object({
  schooljaar: z.string().max(9).optional(),
  /** The state as the overview shows it: a status, or "aanvulling-gevraagd" / "aangevuld". */
  status: z
    .enum(["aangemeld", "aanvulling-gevraagd", "aangevuld", "geplaatst", "uitgeloot", "toegewezen"])
    .optional(),
  afdeling: z.string().max(64).optional(),
  advies: Advies.optional(),
  voorrang: z.enum(["aangevraagd", "toegekend", "afgewezen", "geen"]).optional(),
  oso: OsoStand.optional(),
  tafelmiddag: JaNee,
  okidoc: z.enum(["beschikbaar", "niet-beschikbaar"]).optional(),
  /** GRP-03: "Toon groep". */
  groep: z.string().max(64).optional(),
  /** Search over the columns' content and the ELK-nummer. */
  zoek: z.string().max(100).optional(),
  sorteer: z.enum(["aangemeldOp", "elkNummer", "naam", "afdeling", "status", "advies"]).optional(),
  richting: z.enum(["op", "af"]).optional(),
  pagina: z.coerce.number({ error: "Kies een pagina." }).int().min(1).max(10_000).optional(),
  perPagina: z.coerce.number().int().min(1).max(500).optional(),
});
export type OverzichtQuery = z.infer<typeof OverzichtQuery>;

/** One pupil in the overview (TRT-01), with the menu the user has for it now. */
export const OverzichtRegel = z.object({
  id: z.string(),
  leerlingId: z.string(),
  elkNummer: z.string(),
  leerlingNaam: z.string(),
  advies: Advies,
  aangemeldOp: z.string(),
  /** The afdeling of the 1st choice — or, after TRT-08, the afdeling it was assigned to. */
  eersteKeuzeAfdeling: z.string(),
  via: z.enum(["ouderportaal", "school"]),
  buitenleerling: z.boolean(),
  voorrang: z.enum(["broer-zus", "kind-medewerker"]).optional(),
  status: AanmeldingStatus,
  /** The status as shown: "Aanvulling gevraagd", "Aangevuld", "Geplaatst"… */
  statusLabel: z.string(),
  /** TRT-04: the V mark — white, blue, red. */
  voorrangMarkering: VoorrangMarkering.optional(),
  okidoc: z.object({ beschikbaar: z.boolean(), reden: OkidocReden.optional() }),
  tafelmiddag: z.object({ vo: z.boolean(), po: z.boolean() }),
  oso: OsoStand,
  groepen: z.array(z.object({ id: z.string(), naam: z.string() })),
  /** TRT-05: the afdeling placed on. */
  geplaatstOp: z.string().optional(),
  /** TRT-08: moved here after the CP&L by this 1st-choice school. */
  toegewezenDoor: z.string().optional(),
  opties: z.array(BehandelActie),
  version: z.number().int(),
});
export type OverzichtRegel = z.infer<typeof OverzichtRegel>;

export const AanmeldingenOverzicht = z.object({
  items: z.array(OverzichtRegel),
  /** Rows matching the filters and search, over all pages. */
  totaal: z.number().int(),
  /** Rows of the school before filters. */
  totaalSchool: z.number().int(),
  pagina: z.number().int(),
  perPagina: z.number().int(),
  /** The choices of the filters. */
  afdelingen: z.array(z.object({ id: z.string(), naam: z.string() })),
  groepen: z.array(z.object({ id: z.string(), naam: z.string() })),
});
export type AanmeldingenOverzicht = z.infer<typeof AanmeldingenOverzicht>;

/** A pupil's registration as the dialogs need it: its regel, its choices and the last decision. */
export const AanmeldingDetail = OverzichtRegel.extend({
  schooljaar: z.string(),
  keuzes: z.array(
    z.object({
      schoolId: z.string(),
      schoolNaam: z.string(),
      afdelingId: z.string(),
      afdelingNaam: z.string(),
    }),
  ),
  /** The afdelingen of the handling school that fit the advice (Plaatsen). */
  plaatsbareAfdelingen: z.array(z.object({ id: z.string(), naam: z.string() })),
  besluit: z.object({ toelichting: z.string(), op: z.string(), door: z.string() }).optional(),
  plaatsingToelichting: z.string().optional(),
  tafelmiddagToelichting: z.object({ vo: z.string().optional(), po: z.string().optional() }),
  /** TRT-03: the question of the last addition asked. */
  aanvullingVraag: z.string().optional(),
  schoolNaam: z.string(),
  /** TRT-08 / TRT-14: for the region administrator, the VO schools and afdelingen that fit the advice. */
  toewijsbareScholen: z
    .array(
      z.object({
        id: z.string(),
        naam: z.string(),
        afdelingen: z.array(z.object({ id: z.string(), naam: z.string() })),
      }),
    )
    .optional(),
});
export type AanmeldingDetail = z.infer<typeof AanmeldingDetail>;

const Toelichting = (ontbreekt: string) =>
  z.string({ error: ontbreekt }).trim().min(1, ontbreekt).max(2000, "Gebruik hoogstens 2000 tekens.");

/**
 * One decision on a pupil (TRT-03 … TRT-10, TRT-13). `version` is the version the user saw: if
 * someone changed the pupil meanwhile, the answer is 409 "intussen gewijzigd" and nothing changes.
 */
export const BehandelOpdracht = z.discriminatedUnion(
  "actie",
  [
    z.object({ actie: z.literal("voorrang-toekennen") }),
    z.object({ actie: z.literal("voorrang-afkeuren") }),
    z.object({
      actie: z.literal("plaatsen"),
      afdelingId: z.string({ error: "Kies een afdeling." }).min(1, "Kies een afdeling.").max(64),
      toelichting: z.string().trim().max(2000, "Gebruik hoogstens 2000 tekens.").optional(),
    }),
    z.object({
      actie: z.literal("niet-plaatsen"),
      toelichting: Toelichting("Geef een toelichting waarom de leerling niet geplaatst wordt."),
    }),
    z.object({
      actie: z.literal("uitloten"),
      toelichting: Toelichting("Geef een toelichting bij het uitloten."),
    }),
    z.object({
      actie: z.literal("toewijzen-andere-school"),
      schoolId: z.string({ error: "Kies een school." }).min(1, "Kies een school.").max(64),
      afdelingId: z.string({ error: "Kies een afdeling." }).min(1, "Kies een afdeling.").max(64),
    }),
    z.object({
      actie: z.literal("terugtrekken"),
      /** TRT-09: the user's own password. Never stored or logged. */
      wachtwoord: z.string({ error: "Vul je wachtwoord in." }).min(1, "Vul je wachtwoord in.").max(256),
    }),
    z.object({
      actie: z.literal("aanvulling-vragen"),
      toelichting: Toelichting("Geef aan wat je aangevuld wilt zien."),
    }),
    z.object({
      actie: z.literal("tafelmiddag-aanvragen"),
      toelichting: Toelichting("Geef een korte toelichting bij de tafelmiddag."),
    }),
    z.object({ actie: z.literal("tafelmiddag-annuleren") }),
    z.object({ actie: z.literal("tafelmiddag-po-annuleren") }),
    z.object({ actie: z.literal("advies-setting-aanpassen") }),
    z.object({ actie: z.literal("doorbegeleiden") }),
    z.object({
      actie: z.literal("toewijzing-corrigeren"),
      schoolId: z.string({ error: "Kies een school." }).min(1, "Kies een school.").max(64),
      afdelingId: z.string({ error: "Kies een afdeling." }).min(1, "Kies een afdeling.").max(64),
    }),
  ],
  { error: "Kies een handeling." },
);

export const Behandelen = z.intersection(
  BehandelOpdracht,
  z.object({ version: z.number({ error: "Ververs het overzicht en probeer het opnieuw." }).int().min(1) }),
);
export type Behandelen = z.infer<typeof Behandelen>;

/** TRT-11: the registration history of the pupil, across schools, oldest first. */
export const Historie = z.object({
  leerlingNaam: z.string(),
  elkNummer: z.string(),
  items: z.array(
    z.object({
      op: z.string(),
      school: z.string(),
      omschrijving: z.string(),
      door: z.string(),
      toelichting: z.string().optional(),
    }),
  ),
});
export type Historie = z.infer<typeof Historie>;

/** TRT-12: a note on a pupil. */
export const Notitie = z.object({
  id: z.string(),
  op: z.string(),
  tekst: z.string(),
  door: z.string(),
  organisatie: z.string(),
  alleenEigenOrganisatie: z.boolean(),
  eigen: z.boolean(),
});
export const Notities = z.object({ items: z.array(Notitie) });
export type Notities = z.infer<typeof Notities>;

export const NotitieToevoegen = z.object({
  tekst: z
    .string({ error: "Vul een notitie in." })
    .trim()
    .min(1, "Vul een notitie in.")
    .max(4000, "Een notitie is hoogstens 4000 tekens."),
  alleenEigenOrganisatie: z.boolean().default(false),
});

/** PO-03: what the primary school sees of its pupil's registration. */
export const PoAanmelding = z.object({
  leerlingId: z.string(),
  aanmelding: z
    .object({
      id: z.string(),
      school: z.string(),
      status: AanmeldingStatus,
      statusLabel: z.string(),
      /** Only from the announcement on (TRT-05). */
      geplaatstOp: z.string().optional(),
      tafelmiddag: z.object({ vo: z.boolean(), po: z.boolean() }),
      opties: z.array(BehandelActie),
      version: z.number().int(),
    })
    .optional(),
});
export type PoAanmelding = z.infer<typeof PoAanmelding>;

export const PoBehandelen = z.intersection(
  z.discriminatedUnion(
    "actie",
    [
      z.object({
        actie: z.literal("po-tafelmiddag-aanvragen"),
        toelichting: Toelichting("Geef een korte toelichting bij de warme overdracht."),
      }),
      z.object({ actie: z.literal("po-tafelmiddag-annuleren") }),
    ],
    { error: "Kies een handeling." },
  ),
  z.object({ version: z.number({ error: "Ververs de pagina en probeer het opnieuw." }).int().min(1) }),
);

/** TRT-08 / TRT-14: the region administrator finds a registration by ELK-nummer to correct it. */
export const AanmeldingZoekenQuery = z.object({
  elkNummer: z.string({ error: "Vul het ELK-nummer in." }).trim().min(1, "Vul het ELK-nummer in.").max(12),
  schooljaar: z.string().max(9).optional(),
});
