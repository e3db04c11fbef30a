import { z } from "zod";

/**
 * OSO (issue 8): OSO > Configureren for the contactpersoon ELK (OSO-01, OSO-02), "Dossiers
 * klaarzetten" from the overview (OSO-03, OSO-04) and OSO > Overdrachten for the locatiebeheerder
 * (OSO-05). The aanleverpuntsleutel is a secret: it goes in, never back out (only its last four
 * characters, to recognise it).
 */

const Schooljaar = z
  .string()
  .regex(/^\d{4}-\d{4}$/, "Kies een schooljaar.")
  .optional();

export const AanleverpuntRegel = z.object({
  schoolId: z.string(),
  schoolNaam: z.string(),
  brin: z.string(),
  vestigingscode: z.string(),
  /** 0 until the number from Mijn OSO is filled in. */
  nummer: z.number().int(),
  /** "••••abcd" when a key is stored; absent when none is. */
  sleutel: z.string().optional(),
  /** The "OSO" column: registered with the Traffic Center. */
  geregistreerd: z.boolean(),
  /** "Mag overdr. aanvragen": set by registering, cleared by the Traffic Center (OSO-02). */
  magOverdrachtAanvragen: z.boolean(),
  geregistreerdOp: z.string().optional(),
  laatstePingOp: z.string().optional(),
  /** 0 while nothing is stored; send it back with a change. */
  version: z.number().int(),
});
export type AanleverpuntRegel = z.infer<typeof AanleverpuntRegel>;

export const AanleverpuntenLijst = z.object({ items: z.array(AanleverpuntRegel) });
export type AanleverpuntenLijst = z.infer<typeof AanleverpuntenLijst>;

export const AanleverpuntOpslaan = z.object({
  nummer: z
    .number({ error: "Vul het aanleverpuntnummer uit Mijn OSO in." })
    .int("Vul een geheel getal in.")
    .min(0, "Vul het aanleverpuntnummer uit Mijn OSO in.")
    .max(999_999_999, "Dit aanleverpuntnummer is te lang."),
  /** Empty or absent: keep the stored key. */
  sleutel: z
    .string()
    .trim()
    .max(200, "De aanleverpuntsleutel is te lang.")
    .regex(
      /^[\x21-\x7e]*$/,
      "De aanleverpuntsleutel bevat tekens die niet in een sleutel uit Mijn OSO voorkomen.",
    )
    .optional(),
  version: z.number().int().min(0),
});
export type AanleverpuntOpslaan = z.infer<typeof AanleverpuntOpslaan>;

/** Registreer and Ping: the location as it is now and what to tell the user. */
export const AanleverpuntUitkomst = z.object({ aanleverpunt: AanleverpuntRegel, melding: z.string() });
export type AanleverpuntUitkomst = z.infer<typeof AanleverpuntUitkomst>;

export const OsoKlaarzetten = z.object({
  schooljaar: Schooljaar,
  aanmeldingIds: z
    .array(z.string().min(1).max(64))
    .min(
      1,
      "Selecteer eerst de leerlingen van wie u het OSO-dossier wilt klaarzetten. Zonder selectie maakt ELK geen OSO-dossiers.",
    )
    .max(2000, "Zet hoogstens 2.000 dossiers tegelijk klaar."),
});
export type OsoKlaarzetten = z.infer<typeof OsoKlaarzetten>;

export const OsoKlaarzettenUitkomst = z.object({
  klaargezet: z.number().int(),
  /** OSO-04: pupils that get no dossier, each with the reason. */
  nietMogelijk: z.array(
    z.object({ aanmeldingId: z.string(), elkNummer: z.string(), naam: z.string(), reden: z.string() }),
  ),
  melding: z.string(),
});
export type OsoKlaarzettenUitkomst = z.infer<typeof OsoKlaarzettenUitkomst>;

export const OsoDossierStatus = z.enum(["in-wachtrij", "klaar", "opgehaald", "fout"]);
export type OsoDossierStatus = z.infer<typeof OsoDossierStatus>;

export const OsoDossierRegel = z.object({
  aanmeldingId: z.string(),
  elkNummer: z.string(),
  leerlingNaam: z.string(),
  status: OsoDossierStatus,
  versie: z.number().int(),
  aangevraagdOp: z.string(),
  aangevraagdDoor: z.string(),
  klaarOp: z.string().optional(),
  opgehaaldOp: z.string().optional(),
  opgehaaldVersie: z.number().int().optional(),
  fout: z.string().optional(),
});
export type OsoDossierRegel = z.infer<typeof OsoDossierRegel>;

export const OsoOverdrachtenQuery = z.object({ schooljaar: Schooljaar });

export const OsoOverdrachten = z.object({
  schooljaar: z.string(),
  schoolNaam: z.string(),
  aanleverpunt: z.object({ geregistreerd: z.boolean(), magOverdrachtAanvragen: z.boolean() }),
  items: z.array(OsoDossierRegel),
});
export type OsoOverdrachten = z.infer<typeof OsoOverdrachten>;
