import { ADVIEZEN } from "@elk/domain";
import { z } from "zod";
import { LeerlingVelden } from "./leerlingen.schema";

export const Advies = z.enum(ADVIEZEN, { error: "Kies een advies." });

/** Loose on purpose: voorrang or a wish sent with a 2nd–5th choice must be refused (REG-03), not dropped. */
export const KeuzeInvoer = z.looseObject({
  schoolId: z.string({ error: "Kies een school." }).min(1, "Kies een school."),
  afdelingId: z.string({ error: "Kies een afdeling." }).min(1, "Kies een afdeling."),
});

export const VoorrangInvoer = z.discriminatedUnion(
  "soort",
  [
    z.object({
      soort: z.literal("broer-zus"),
      naamBroerZus: z.string().trim().max(100),
      klas: z.string().trim().max(20),
    }),
    z.object({ soort: z.literal("kind-medewerker") }),
  ],
  { error: "Kies broer/zus of kind van een medewerker." },
);

export const EersteKeuzeInvoer = z.object({
  voorrang: VoorrangInvoer.optional(),
  gelijkwaardigeAfdelingWens: z.boolean().default(false),
  meerling: z.boolean().default(false),
});

/** The voorkeurslijst as the ouderportaal (or a VO school, REG-09) sends it. */
export const Voorkeurslijst = z.object({
  // The region's own length per advice is the domain's check (RegionConfig.voorkeurslijst); this
  // only bounds the request.
  keuzes: z.array(KeuzeInvoer).max(20, "Een voorkeurslijst heeft hoogstens 20 scholen."),
  eersteKeuze: EersteKeuzeInvoer,
});

export const AanmeldingStatus = z.enum([
  "concept",
  "aangemeld",
  "ingetrokken",
  "geplaatst",
  "niet-geplaatst",
  "uitgeloot",
  "toegewezen",
  "teruggetrokken",
]);

export const AanmeldingWeergave = z.object({
  id: z.string(),
  status: AanmeldingStatus,
  keuzes: z.array(KeuzeInvoer.extend({ schoolNaam: z.string(), afdelingNaam: z.string() })),
  eersteKeuze: EersteKeuzeInvoer,
  aangemeldOp: z.string().optional(),
  ingetrokkenOp: z.string().optional(),
  via: z.enum(["ouderportaal", "school"]),
  version: z.number().int(),
  /** PAR-01 / LOT-04: from the announcement on, where the child is placed or assigned. */
  plaatsing: z.object({ school: z.string(), afdeling: z.string() }).optional(),
  /** PAR-01 / LOT-02 / LOT-03: from the announcement on, the lottery numbers the child drew with. */
  lotingnummers: z.object({ decentraal: z.number().optional(), cpl: z.number().optional() }).optional(),
  /** PAR-01 / LOT-02: from the announcement on, the place on the 1st-choice school's reserve list. */
  reservepositie: z.object({ school: z.string(), positie: z.number().int() }).optional(),
  /**
   * PAR-01 after a central draw (Amsterdam): from the announcement on, the reserve lists the child
   * stands on — of the schools it ranked above its placement — with its place at the draw.
   */
  reserveplaatsen: z
    .array(
      z.object({
        school: z.string(),
        afdeling: z.string(),
        voorkeur: z.number().int(),
        positie: z.number().int(),
      }),
    )
    .optional(),
});
export type AanmeldingWeergave = z.infer<typeof AanmeldingWeergave>;

/** PAR-01: what parents see of their child. The BSN only masked. */
export const Kind = z.object({
  leerlingId: z.string(),
  elkNummer: z.string(),
  naam: z.string(),
  geboortedatum: z.string(),
  advies: Advies.optional(),
  bsnGemaskeerd: z.string(),
  schooljaar: z.string(),
  aantalKeuzes: z.number().int(),
  /** REG-01: a PrO pupil is registered by the school, not through the ouderportaal. */
  magViaOuderportaal: z.boolean(),
  aanmelding: AanmeldingWeergave.optional(),
});
export type Kind = z.infer<typeof Kind>;

export const Kinderen = z.object({
  items: z.array(Kind),
  aanmeldperiode: z.object({ van: z.string(), tot: z.string() }),
  /** REG-10: registering and undoing only inside the period. */
  binnenAanmeldperiode: z.boolean(),
  bekendmaking: z.string(),
});
export type Kinderen = z.infer<typeof Kinderen>;

/** The VO schools and afdelingen a pupil with this advice can choose (REG-02), with their voorrang (REG-03). */
export const Keuzemogelijkheden = z.object({
  scholen: z.array(
    z.object({
      id: z.string(),
      naam: z.string(),
      plaats: z.string(),
      voorrangsregels: z.array(z.enum(["broer-zus", "kind-medewerker"])),
      afdelingen: z.array(z.object({ id: z.string(), naam: z.string() })),
    }),
  ),
});
export type Keuzemogelijkheden = z.infer<typeof Keuzemogelijkheden>;

/** REG-09: the same choices for a VO school registering by hand, which is always voorkeur 1. */
export const SchoolKeuzemogelijkheden = Keuzemogelijkheden.extend({ eigenSchoolId: z.string() });
export type SchoolKeuzemogelijkheden = z.infer<typeof SchoolKeuzemogelijkheden>;

/** REG-08 / REG-09: the choices for a new buitenleerling, who has no leerlingId yet: by its advice. */
export const KeuzemogelijkhedenQuery = z.object({ advies: Advies });

/** REG-09: "Controleren" of an ELK-nummer; leading zeros optional. */
export const ElkNummerControleren = z.object({
  elkNummer: z.string({ error: "Vul het ELK-nummer in." }).trim().min(1, "Vul het ELK-nummer in.").max(12),
  schooljaar: z.string(),
});
export const ElkNummerGevonden = z.object({
  leerlingId: z.string(),
  elkNummer: z.string(),
  naam: z.string(),
  geboortedatum: z.string(),
  advies: Advies.optional(),
  aantalKeuzes: z.number().int(),
});

export const SchoolAanmelding = Voorkeurslijst.extend({
  leerlingId: z.string().min(1),
  schooljaar: z.string(),
});

/** REG-09: "Controleren" of a buitenleerling's BSN (or onderwijsnummer) before registering it. */
export const BuitenleerlingControleren = z.object({
  bsn: z
    .string({ error: "Vul het burgerservicenummer of onderwijsnummer in." })
    .trim()
    .min(1, "Vul het burgerservicenummer of onderwijsnummer in.")
    .max(20),
  schooljaar: z.string(),
});
export const BuitenleerlingControle = z.object({
  /** Not known and not registered anywhere: the school may go on ("Verder gaan"). */
  vrij: z.literal(true),
  bericht: z.string(),
});

/** REG-08 / REG-09: a buitenleerling's data, its primary school (outside both Kernprocedures) and its list. */
export const BuitenleerlingAanmelden = Voorkeurslijst.extend({
  schooljaar: z.string(),
  ...LeerlingVelden,
  basisschool: z
    .object({
      naam: z.string().trim().max(200),
      plaats: z.string().trim().max(100),
      brin: z.string().trim().max(10).optional(),
      telefoon: z.string().trim().max(30).optional(),
    })
    .optional(),
});
export const BuitenleerlingAangemeld = AanmeldingWeergave.extend({
  elkNummer: z.string(),
  leerlingId: z.string(),
});

/** REG-11: a document parents of a buitenleerling send; the content as base64 (at most 4 MB). */
export const DocumentUploaden = z.object({
  bestandsnaam: z.string({ error: "Kies een bestand." }).trim().min(1, "Kies een bestand.").max(200),
  contentType: z.string().max(100),
  inhoud: z.string({ error: "Kies een bestand." }).max(6_000_000, "Een bestand is hoogstens 4 MB."),
});
export const DocumentRegel = z.object({
  id: z.string(),
  bestandsnaam: z.string(),
  contentType: z.string(),
  grootte: z.number().int(),
  geuploadOp: z.string(),
  /** Issue #10: the malware scan's state, and a Dutch line while scanning or once removed. */
  scan: z.enum(["bezig", "schoon", "besmet"]).optional(),
  melding: z.string().optional(),
});
export const DocumentenLijst = z.object({ items: z.array(DocumentRegel), magUploaden: z.boolean() });

/**
 * AVG inzage (issue #10, PRIV): everything ELK holds about the child, for its parent — as a page
 * and as a JSON download. The BSN only masked, as everywhere; decisions only from the announcement.
 */
export const OuderGegevens = z.object({
  opgesteldOp: z.string(),
  kind: z.object({
    leerlingId: z.string(),
    elkNummer: z.string(),
    roepnaam: z.string(),
    tussenvoegsel: z.string().optional(),
    achternaam: z.string(),
    geboortedatum: z.string(),
    geslacht: z.string(),
    adres: z.record(z.string(), z.string()),
    emailOuders: z.string(),
    bsnGemaskeerd: z.string(),
    identificatie: z.string(),
    advies: z.string().optional(),
    schooljaar: z.string(),
    basisschool: z.string().optional(),
  }),
  aanmeldingen: z.array(
    AanmeldingWeergave.extend({
      schooljaar: z.string(),
      historie: z.array(z.object({ tijdstip: z.string(), soort: z.string(), omschrijving: z.string() })),
      /** OSO-03: the state of the transfer of the pupil's file to the VO school, from the announcement on. */
      osoStatus: z.string().optional(),
    }),
  ),
  /** The oki-doc as the primary school released it to the VO school, if it did. */
  okidoc: z
    .object({
      status: z.string(),
      vrijgegevenOp: z.string().optional(),
      secties: z.array(
        z.object({ titel: z.string(), regels: z.array(z.object({ label: z.string(), waarde: z.string() })) }),
      ),
      bijlagen: z.array(z.string()),
    })
    .optional(),
  /** REG-11: the documents the parents uploaded for a buitenleerling's registration. */
  documenten: z.array(z.object({ bestandsnaam: z.string(), geuploadOp: z.string() })),
  /** TRT-15: the schools' notes about the child, from the announcement on. */
  notities: z.array(z.object({ op: z.string(), organisatie: z.string(), tekst: z.string() })),
});
export type OuderGegevens = z.infer<typeof OuderGegevens>;
