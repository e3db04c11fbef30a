import { GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { PoOkidoc } from "@elk/contracts";
import {
  type AanmeldingRecord,
  type Db,
  getAanmelding,
  getLeerling,
  getOkidoc,
  type LeerlingRecord,
  listAanmeldingenByLeerling,
  listOkidocBijlagenVanUploader,
  type Opgeslagen,
} from "@elk/data";
import {
  type Actor,
  bestandToegang,
  controleerEigenLeerling,
  controleerPoLeerlingenBeheer,
  isLopend,
  leerlingNaam,
  magOkidocBewerken,
  OKIDOC_BIJLAGE_MAX_BYTES,
  OKIDOC_BIJLAGE_TYPEN,
  OKIDOC_INVOERFORMULIER,
  OKIDOC_MAX_BIJLAGEN,
  okidocOntbrekend,
} from "@elk/domain";
import { getRegionConfig, requireEnv } from "../../config/env";
import { getS3 } from "../../config/s3";

/** PO-01: a pupil of the actor's own primary school; any other pupil "does not exist" (404). */
export async function eigenLeerling(
  db: Db,
  actor: Actor,
  leerlingId: string | undefined,
): Promise<Opgeslagen<LeerlingRecord>> {
  const schoolId = controleerPoLeerlingenBeheer(actor, getRegionConfig());
  return controleerEigenLeerling(await getLeerling(db, leerlingId ?? ""), schoolId);
}

/**
 * The registration that holds the pupil now, if any, read consistently with its version: the
 * index that finds it may lag a moment behind.
 */
export async function lopendeAanmelding(
  db: Db,
  leerlingId: string,
): Promise<Opgeslagen<AanmeldingRecord> | undefined> {
  const lopend = (await listAanmeldingenByLeerling(db, leerlingId)).find((a) => isLopend(a.status));
  if (!lopend) return undefined;
  const vers = await getAanmelding(db, lopend.id);
  return vers && isLopend(vers.status) ? vers : undefined;
}

/** PO-01: the oki-doc as the primary school's screen shows it, with what may be done now. */
export async function poWeergave(db: Db, leerling: LeerlingRecord): Promise<PoOkidoc> {
  const [okidoc, bijlagen, lopend] = await Promise.all([
    getOkidoc(db, leerling.id),
    listOkidocBijlagenVanUploader(db, leerling.id),
    lopendeAanmelding(db, leerling.id),
  ]);
  const status = okidoc?.status ?? "concept";
  const velden = okidoc?.velden ?? {};
  const magBewerken = magOkidocBewerken(status);
  return {
    leerling: {
      id: leerling.id,
      naam: leerlingNaam(leerling),
      elkNummer: leerling.elkNummer,
      geboortedatum: leerling.geboortedatum,
      advies: leerling.advies,
    },
    formulier: OKIDOC_INVOERFORMULIER.map((sectie) => ({
      ...sectie,
      velden: sectie.velden.map(({ keuzes, ...veld }) => ({
        ...veld,
        ...(keuzes ? { keuzes: keuzes.map((k) => ({ ...k })) } : {}),
      })),
    })),
    velden: { ...velden },
    status,
    ...(okidoc?.aanvulling
      ? {
          aanvulling: {
            vraag: okidoc.aanvulling.vraag,
            school: okidoc.aanvulling.school,
            op: okidoc.aanvulling.op,
          },
        }
      : {}),
    vrijgegevenOp: okidoc?.vrijgegevenOp,
    // Issue #10: the primary school sees each of its bijlagen with the malware scan's state.
    bijlagen: bijlagen.map(({ id, bestandsnaam, contentType, grootte, toegevoegdOp, scan }) => {
      const { melding } = bestandToegang(scan, "uploader");
      return {
        id,
        bestandsnaam,
        contentType,
        grootte,
        toegevoegdOp,
        scan: scan ?? "bezig",
        ...(melding ? { melding } : {}),
      };
    }),
    version: okidoc?.version ?? 0,
    magBewerken,
    magVrijgeven: magBewerken,
    adviesWijzigbaar: magBewerken && lopend === undefined,
    ontbreekt: magBewerken ? okidocOntbrekend(velden, leerling.advies) : {},
    bijlageEisen: {
      typen: Object.fromEntries(
        Object.entries(OKIDOC_BIJLAGE_TYPEN).map(([type, t]) => [
          type,
          { label: t.label, extensies: [...t.extensies] },
        ]),
      ),
      maxBytes: OKIDOC_BIJLAGE_MAX_BYTES,
      maxAantal: OKIDOC_MAX_BIJLAGEN,
    },
  };
}

/** Where the files of a pupil's oki-doc live in the files bucket. */
export const okidocS3 = {
  bijlage: (schooljaar: string, leerlingId: string, id: string) =>
    `okidoc/${schooljaar}/${leerlingId}/bijlagen/${id}`,
  /** The PDF of one version of the oki-doc and of the pupil's data it shows. */
  pdf: (schooljaar: string, leerlingId: string, okidocVersie: number, leerlingVersie: number) =>
    `okidoc/${schooljaar}/${leerlingId}/pdf/${okidocVersie}-${leerlingVersie}.pdf`,
};

export const LINK_GELDIG_SECONDEN = 5 * 60;

/** "attachment" with the name as typed, and a plain ASCII fallback for older browsers. */
function alsBijlage(bestandsnaam: string): string {
  const ascii = bestandsnaam
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(bestandsnaam)}`;
}

/** TRT-02: a download link that works for five minutes, saving the file under its own name. */
export function downloadLink(s3Key: string, bestandsnaam: string, contentType: string): Promise<string> {
  return getSignedUrl(
    getS3(),
    new GetObjectCommand({
      Bucket: requireEnv("FILES_BUCKET"),
      Key: s3Key,
      ResponseContentDisposition: alsBijlage(bestandsnaam),
      ResponseContentType: contentType,
    }),
    { expiresIn: LINK_GELDIG_SECONDEN },
  );
}
