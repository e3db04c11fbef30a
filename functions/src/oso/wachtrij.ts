import { SendMessageBatchCommand } from "@aws-sdk/client-sqs";
import { getOsoDossier, listAanmeldingenByLeerling } from "@elk/data";
import { z } from "zod";
import { getDb, getSqs } from "../config/clients";
import { requireEnv } from "../config/env";
import { logger } from "../middleware/logger";

/** A message for the OSO worker: build (or rebuild) the dossier of this registration. */
export const OsoBericht = z.object({ aanmeldingId: z.string().min(1) });
export type OsoBericht = z.infer<typeof OsoBericht>;

/** Queues the dossiers, ten to a batch (SQS's limit); a message that SQS refused is an error. */
export async function stuurOsoBerichten(aanmeldingIds: readonly string[]): Promise<void> {
  for (let i = 0; i < aanmeldingIds.length; i += 10) {
    const blok = aanmeldingIds.slice(i, i + 10);
    const res = await getSqs().send(
      new SendMessageBatchCommand({
        QueueUrl: requireEnv("OSO_QUEUE_URL"),
        Entries: blok.map((aanmeldingId, j) => ({
          Id: String(j),
          MessageBody: JSON.stringify({ aanmeldingId } satisfies OsoBericht),
        })),
      }),
    );
    if ((res.Failed ?? []).length > 0) throw new Error(`OSO queue refused ${res.Failed?.length} messages`);
  }
}

/**
 * OSO-03: something the dossier holds changed (the oki-doc, its bijlagen, the doorstroomtoets, the
 * pupil's data). Every dossier of the pupil that was set ready is built again; the worker offers
 * a new version only if the content really changed, and the OSO dot turns blue again.
 */
export async function meldOsoWijziging(leerlingId: string): Promise<void> {
  const db = getDb();
  const aanmeldingen = await listAanmeldingenByLeerling(db, leerlingId);
  const dossiers = await Promise.all(aanmeldingen.map((a) => getOsoDossier(db, a.id)));
  const teDoen = dossiers
    .filter((d) => d !== undefined && d.status !== "in-wachtrij")
    .map((d) => d?.aanmeldingId ?? "");
  if (teDoen.length > 0) await stuurOsoBerichten(teDoen);
}

/**
 * A route that changes what a pupil's OSO dossier holds (the oki-doc, its bijlagen, the
 * doorstroomtoets, the pupil's data): after it succeeded, the pupil's dossiers are queued again
 * (meldOsoWijziging). The change itself stands if queueing fails; that is logged, and setting the
 * dossier ready again rebuilds it.
 */
export function metOsoWijziging<Req extends { params: Record<string, string | undefined> }, Res>(
  impl: (req: Req) => Promise<Res>,
): (req: Req) => Promise<Res> {
  return async (req) => {
    const res = await impl(req);
    const leerlingId = req.params.leerlingId;
    if (leerlingId) {
      await meldOsoWijziging(leerlingId).catch((error: unknown) =>
        logger.error("oso change not queued", {
          leerlingId,
          error: error instanceof Error ? error.name : "unknown",
        }),
      );
    }
    return res;
  };
}
