import { SendMessageBatchCommand } from "@aws-sdk/client-sqs";
import { getOsoDossier, listAanmeldingenByLeerling } from "@elk/data";
import { z } from "zod";
import { getDb } from "../config/db";
import { requireEnv } from "../config/env";
import { getSqs } from "../config/sqs";
import { logger } from "../middleware/logger";

/** A message for the OSO worker: build (or rebuild) the dossier of this registration. */
export const OsoBericht = z.object({ aanmeldingId: z.string().min(1) });
export type OsoBericht = z.infer<typeof OsoBericht>;

/** SQS's limit of entries in one SendMessageBatch. */
export const OSO_BLOK = 10;

/**
 * One SendMessageBatch of at most ten dossiers; returns the ids SQS did not accept (its `Failed`
 * entries). A call that fails as a whole throws: then none of the block counts as queued.
 */
async function stuurBlok(blok: readonly string[]): Promise<string[]> {
  const res = await getSqs().send(
    new SendMessageBatchCommand({
      QueueUrl: requireEnv("OSO_QUEUE_URL"),
      Entries: blok.map((aanmeldingId, j) => ({
        Id: String(j),
        MessageBody: JSON.stringify({ aanmeldingId } satisfies OsoBericht),
      })),
    }),
  );
  return (res.Failed ?? []).map((f) => blok[Number(f.Id)] ?? "").filter((id) => id !== "");
}

/** Queues the dossiers, ten to a batch (SQS's limit); a message that SQS refused is an error. */
export async function stuurOsoBerichten(aanmeldingIds: readonly string[]): Promise<void> {
  for (let i = 0; i < aanmeldingIds.length; i += OSO_BLOK) {
    const geweigerd = await stuurBlok(aanmeldingIds.slice(i, i + OSO_BLOK));
    if (geweigerd.length > 0) throw new Error(`OSO queue refused ${geweigerd.length} messages`);
  }
}

/**
 * Queues dossiers while they are still being set ready (issue #11): every ten ids added go out
 * at once as one SendMessageBatch, the rest on `sluit()`. Each id is sent exactly once (a
 * duplicate `voegToe` is ignored); `sluit()` waits for every batch and names the ids that did not
 * get on the queue — refused by SQS, or in a batch whose call failed — so the caller can mark
 * exactly those, never one whose message is on the queue.
 */
export function osoVerzender(): {
  voegToe(aanmeldingId: string): void;
  sluit(): Promise<{ mislukt: string[] }>;
} {
  const gezien = new Set<string>();
  let blok: string[] = [];
  const onderweg: Array<Promise<string[]>> = [];
  const verstuur = () => {
    const ids = blok;
    blok = [];
    onderweg.push(
      stuurBlok(ids).catch((error: unknown) => {
        logger.error("oso batch not queued", {
          aantal: ids.length,
          error: error instanceof Error ? error.name : "unknown",
        });
        return ids;
      }),
    );
  };
  return {
    voegToe(aanmeldingId) {
      if (gezien.has(aanmeldingId)) return;
      gezien.add(aanmeldingId);
      blok.push(aanmeldingId);
      if (blok.length === OSO_BLOK) verstuur();
    },
    async sluit() {
      if (blok.length > 0) verstuur();
      return { mislukt: (await Promise.all(onderweg)).flat() };
    },
  };
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
