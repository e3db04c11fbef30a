import { HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import type { OkidocBijlagen, OkidocPdf, ROUTES } from "@elk/contracts";
import {
  type AanmeldingRecord,
  type Db,
  getAanmelding,
  getLeerling,
  getOkidoc,
  getSchool,
  keys,
  type LeerlingRecord,
  listOkidocBijlagen,
  listOkidocBijlagenVanUploader,
  type OkidocRecord,
  type Opgeslagen,
  registreerOkidocInzage,
} from "@elk/data";
import {
  type Actor,
  bestandToegang,
  datumTekst,
  leerlingNaam,
  NietGevondenFout,
  nederlandseDatum,
  okidocWeergave,
  StatusConflictFout,
  vereisBehandeling,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig, requireEnv } from "../../config/env";
import { getS3 } from "../../config/s3";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { logger } from "../../middleware/logger";
import type { IngelogdVerzoek } from "../../middleware/router";
import { downloadLink, okidocS3 } from "./gedeeld";
import { maakOkidocPdf } from "./pdf";

/**
 * TRT-02: the oki-doc of a registration the actor handles — only when the primary school released
 * it, never for a buitenleerling (vereisBehandeling says which of the two, in the manual's words).
 */
async function vrijgegevenOkidoc(
  db: Db,
  actor: Actor,
  aanmeldingId: string | undefined,
): Promise<{ aanmelding: Opgeslagen<AanmeldingRecord>; okidoc: Opgeslagen<OkidocRecord> }> {
  const aanmelding = await getAanmelding(db, aanmeldingId ?? "");
  if (!aanmelding) throw new NietGevondenFout("De aanmelding");
  const okidoc = await getOkidoc(db, aanmelding.leerlingId);
  // The registration keeps a copy of the state for the overview; the oki-doc itself has the last word.
  vereisBehandeling(
    actor,
    { ...aanmelding, okidoc: okidoc?.status ?? "concept" },
    "okidoc-inzien",
    getRegionConfig(),
  );
  if (!okidoc || (okidoc.status !== "vrijgegeven" && okidoc.status !== "aangevuld")) {
    throw new StatusConflictFout(
      "De basisschool heeft het oki-doc nog niet vrijgegeven. Neem contact op met de basisschool.",
    );
  }
  return { aanmelding, okidoc };
}

/** Every VO read is in the registration's history; the log names no pupil. */
async function registreerInzage(
  db: Db,
  actor: Actor,
  aanmelding: AanmeldingRecord,
  soort: "okidoc-gelezen" | "bijlage-gelezen",
  gegevens: Record<string, unknown>,
): Promise<void> {
  await registreerOkidocInzage(
    db,
    gebeurtenisDoor(actor, keys.aanmelding.item(aanmelding.id), soort, gegevens, new Date()),
  );
  logger.info(soort, { aanmelding: aanmelding.id, school: actor.schoolId });
}

async function bestaat(s3Key: string): Promise<boolean> {
  try {
    await getS3().send(new HeadObjectCommand({ Bucket: requireEnv("FILES_BUCKET"), Key: s3Key }));
    return true;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404 || (error instanceof Error && error.name === "NotFound")) return false;
    throw error;
  }
}

function momentTekst(iso: string | undefined): string {
  if (!iso) return "";
  const moment = new Date(iso);
  const tijd = new Intl.DateTimeFormat("nl-NL", {
    timeZone: "Europe/Amsterdam",
    hour: "2-digit",
    minute: "2-digit",
  }).format(moment);
  return `${datumTekst(nederlandseDatum(moment))}, ${tijd} uur`;
}

/**
 * The PDF of a released oki-doc in the files bucket, made once per version of the oki-doc and of
 * the pupil's data it shows; its key. The VO school's download and the OSO dossier (OSO-03) use it.
 */
export async function zorgVoorOkidocPdf(
  db: Db,
  leerling: Opgeslagen<LeerlingRecord>,
  okidoc: Opgeslagen<OkidocRecord>,
): Promise<string> {
  const naam = leerlingNaam(leerling);
  const s3Key = okidocS3.pdf(okidoc.schooljaar, leerling.id, okidoc.version, leerling.version);
  if (await bestaat(s3Key)) return s3Key;
  const [school, bijlagen] = await Promise.all([
    getSchool(db, okidoc.poSchoolId),
    listOkidocBijlagen(db, leerling.id),
  ]);
  const pdf = await maakOkidocPdf({
    titel: "Onderwijskundig document (oki-doc)",
    kop: [
      { label: "Leerling", waarde: naam },
      { label: "ELK-nummer", waarde: leerling.elkNummer },
      { label: "Geboortedatum", waarde: datumTekst(leerling.geboortedatum) },
      { label: "Basisschool", waarde: school?.naam ?? "" },
      { label: "Schooljaar", waarde: okidoc.schooljaar },
      {
        label: okidoc.status === "aangevuld" ? "Aangevuld en opnieuw vrijgegeven op" : "Vrijgegeven op",
        waarde: momentTekst(okidoc.vrijgegevenOp),
      },
      ...(okidoc.aanvulling && okidoc.status === "aangevuld"
        ? [{ label: `Gevraagde aanvulling (${okidoc.aanvulling.school})`, waarde: okidoc.aanvulling.vraag }]
        : []),
    ],
    secties: okidocWeergave(okidoc.velden, leerling.advies),
    bijlagen: bijlagen.map((b) => b.bestandsnaam),
    voettekst: `Oki-doc van ${naam} (${leerling.elkNummer}) - vertrouwelijk`,
    gemaaktOp: new Date(),
  });
  await getS3().send(
    new PutObjectCommand({
      Bucket: requireEnv("FILES_BUCKET"),
      Key: s3Key,
      Body: pdf,
      ContentType: "application/pdf",
      Metadata: { leerling: leerling.id },
    }),
  );
  return s3Key;
}

/**
 * TRT-02: the PDF of the released oki-doc, as a link valid for five minutes. It is made once per
 * version of the oki-doc and of the pupil's data, and kept in the files bucket.
 */
export async function okidocPdf(req: IngelogdVerzoek<typeof ROUTES.okidocPdf>): Promise<OkidocPdf> {
  const db = getDb();
  const { aanmelding, okidoc } = await vrijgegevenOkidoc(db, req.actor, req.params.aanmeldingId);
  const leerling = await getLeerling(db, aanmelding.leerlingId);
  if (!leerling) throw new NietGevondenFout("De leerling");
  const naam = leerlingNaam(leerling);
  const s3Key = await zorgVoorOkidocPdf(db, leerling, okidoc);
  const bestandsnaam = `Oki-doc ${naam} (${leerling.elkNummer}).pdf`;
  await registreerInzage(db, req.actor, aanmelding, "okidoc-gelezen", { versie: okidoc.version });
  return { url: await downloadLink(s3Key, bestandsnaam, "application/pdf"), bestandsnaam };
}

/**
 * TRT-02: the bijlagen of the released oki-doc, each as a link valid for five minutes — only
 * those the malware scan found clean (issue #10): one still being scanned is listed without a
 * link, one found unsafe is not listed at all (bestandToegang).
 */
export async function okidocBijlagen(
  req: IngelogdVerzoek<typeof ROUTES.okidocBijlagen>,
): Promise<OkidocBijlagen> {
  const db = getDb();
  const { aanmelding } = await vrijgegevenOkidoc(db, req.actor, req.params.aanmeldingId);
  const bijlagen = (await listOkidocBijlagenVanUploader(db, aanmelding.leerlingId))
    .map((b) => ({ ...b, toegang: bestandToegang(b.scan, "ander") }))
    .filter((b) => b.toegang.vermelden);
  const leesbaar = bijlagen.filter((b) => b.toegang.downloaden);
  if (leesbaar.length > 0) {
    await registreerInzage(db, req.actor, aanmelding, "bijlage-gelezen", {
      bijlagen: leesbaar.map((b) => b.bestandsnaam),
    });
  }
  return {
    items: await Promise.all(
      bijlagen.map(async (b) => ({
        id: b.id,
        bestandsnaam: b.bestandsnaam,
        contentType: b.contentType,
        grootte: b.grootte,
        scan: b.scan ?? "bezig",
        ...(b.toegang.downloaden ? { url: await downloadLink(b.s3Key, b.bestandsnaam, b.contentType) } : {}),
        ...(b.toegang.melding ? { melding: b.toegang.melding } : {}),
      })),
    ),
  };
}
