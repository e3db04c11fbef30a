import { randomBytes } from "node:crypto";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { SendMessageCommand } from "@aws-sdk/client-sqs";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import {
  type AanmeldingRecord,
  getLoting,
  type LotingRecords,
  type LotingRunRecord,
  type LotingSoort,
  legLotingSeedVast,
  listAanmeldingenBySchool,
  lotingSleutel,
  type Opgeslagen,
  ontsleutel,
  versleutel,
  werkLotingBij,
} from "@elk/data";
import {
  type Actor,
  commitment,
  GelijktijdigGewijzigdFout,
  type Leerling,
  NietGevondenFout,
  nederlandseDatum,
  nieuweSeed,
  type RegionConfig,
  StatusConflictFout,
  vereis,
} from "@elk/domain";
import { z } from "zod";
import { getDb } from "../config/db";
import { getRegionConfig, requireEnv } from "../config/env";
import { getSeedSleutel } from "../config/loting";
import { getS3 } from "../config/s3";
import { getSqs } from "../config/sqs";
import { voScholen } from "../http/aanmelden/gedeeld";
import { kalenderVoor } from "../http/aanmelden/kalender";
import type { Scholen } from "../http/behandelen/gedeeld";
import { gebeurtenisDoor } from "../middleware/gebeurtenis";
import { logger } from "../middleware/logger";

/**
 * The life of a run, the same for the decentral lottery (LOT-02) and the CP&L (LOT-03): its own
 * seed committed and stored encrypted; then, asked over HTTP, made final by the lottery worker
 * (SQS → functions/src/queue/loting.ts): the run computed once, stored and its seed revealed,
 * then applied registration by registration in blocks, each block one queue message, so no
 * Lambda comes near its time limit and the screen shows the progress. What differs per kind
 * (the input, the summary, what applying means, the texts) is its `RunSoort`.
 */

/** Registrations written at once; each is its own transaction (TRT-15), so a batch is a pace, not a unit. */
const BATCH = 25;
/** Registrations one queue message applies; the next block is the next message. */
export const BLOK = 500;
const LINK_SECONDEN = 300;
/** A run that has not moved for this long may be started again by hand (its message was lost). */
export const STIL_MS = 5 * 60_000;

export interface ToepasContext {
  scholen: Scholen;
  config: RegionConfig;
  schooljaar: string;
  /** The published commitment, kept in each registration's history event. */
  commitment: string;
}

/** A drawn run as stored in the files bucket (a `LotingRun`): its input and its outcome. */
export interface GetrokkenRun {
  invoer?: unknown;
  uitkomst: { uitslagen: readonly object[] };
}

export interface RunSoort<S extends LotingSoort, U extends { leerlingId: string }> {
  soort: S;
  /** "De decentrale loting van 2026-2027", as the messages name the run. */
  naam: (schooljaar: string) => string;
  /** The history event of the final run. */
  gebeurtenis: string;
  /** The final draw with the revealed seed, from the data as they are now. */
  trek: (
    schooljaar: string,
    seed: string,
    r: Opgeslagen<LotingRecords[S]>,
  ) => Promise<{ run: GetrokkenRun; samenvatting: object }>;
  /** The outcomes to apply, from the run as drawn or as stored; without it, its uitslagen as they are. */
  uitslagenVan?: (run: GetrokkenRun) => U[];
  /** The outcomes that change a registration, in a fixed order (blocks are slices of it). */
  teDoen: (uitslagen: readonly U[]) => U[];
  /** One registration: "gedaan" when changed, "al" when done before or changed by hand since. */
  pas: (u: U, c: ToepasContext) => Promise<"gedaan" | "al">;
  /** The counter the record keeps of what was changed. */
  teller: "verwerkt" | "toegewezen";
}

export function vereisLoting(
  actor: Actor,
  schooljaar: string | undefined,
): { config: RegionConfig; schooljaar: string } {
  const config = getRegionConfig();
  vereis(actor, "loting.uitvoeren", config);
  if (!schooljaar || !config.kalender.schooljaren.includes(schooljaar)) {
    throw new NietGevondenFout("Het schooljaar");
  }
  return { config, schooljaar };
}

const runSleutel = (soort: LotingSoort, schooljaar: string) => `loting/${soort}-${schooljaar}.json`;
const runBestandsnaam = (soort: LotingSoort, schooljaar: string) => `${soort}-${schooljaar}.json`;

/** A run's state as both answers show it, from its record; `eigen`: its summary and counter. */
export function runStand<E extends object>(soort: LotingSoort, r: Opgeslagen<LotingRunRecord>, eigen: E) {
  return {
    status: r.status,
    commitment: r.commitment,
    vastgelegdOp: r.vastgelegdOp,
    vastgelegdDoor: r.vastgelegdDoor,
    voorSluiting: r.voorSluiting,
    // The seed only once the run is final (LOT-03: revealed with the outcome).
    ...(r.status !== "vastgelegd" && r.seed ? { seed: r.seed } : {}),
    definitiefOp: r.definitiefOp,
    definitiefDoor: r.definitiefDoor,
    ...eigen,
    mislukt: r.mislukt,
    ...(r.status === "toepassen"
      ? { voortgang: { gedaan: r.voortgang ?? 0, totaal: r.teVerwerken, stil: isStil(r) } }
      : {}),
    ...(r.runSleutel
      ? { controleCommando: `npx tsx scripts/loting-controle.ts ${runBestandsnaam(soort, r.schooljaar)}` }
      : {}),
  };
}

/** Nothing moved for a while and the run is not done: its message was lost or ended in the DLQ. */
function isStil(r: LotingRunRecord, nu = Date.now()): boolean {
  const laatst = Date.parse(r.bijgewerktOp ?? r.definitiefOp ?? "");
  return Number.isFinite(laatst) && nu - laatst > STIL_MS;
}

/**
 * The commit: a seed from 32 random bytes, stored encrypted; its SHA-256 is published in the app
 * and in the history. Once per school year and kind — nobody can swap it afterwards.
 */
export async function legRunSeedVast<S extends LotingSoort>(
  actor: Actor,
  soort: S,
  schooljaar: string,
  teksten: { al: string; log: string },
): Promise<Opgeslagen<LotingRecords[S]> | undefined> {
  const db = getDb();
  if (await getLoting(db, soort, schooljaar)) throw new StatusConflictFout(teksten.al);
  const nu = new Date();
  const seed = nieuweSeed(new Uint8Array(randomBytes(32)));
  const kalender = await kalenderVoor(schooljaar);
  const record: LotingRunRecord = {
    schooljaar,
    commitment: commitment(seed),
    seedVersleuteld: versleutel(seed, getSeedSleutel()),
    vastgelegdOp: nu.toISOString(),
    vastgelegdDoor: actor.naam,
    voorSluiting: nederlandseDatum(nu) <= kalender.aanmeldperiode.tot,
    status: "vastgelegd",
  };
  try {
    await legLotingSeedVast(
      db,
      soort,
      record,
      gebeurtenisDoor(
        actor,
        lotingSleutel(soort, schooljaar),
        "seed-vastgelegd",
        { commitment: record.commitment },
        nu,
      ),
    );
  } catch (error) {
    if (error instanceof GelijktijdigGewijzigdFout) throw new StatusConflictFout(teksten.al);
    throw error;
  }
  logger.info(teksten.log, { schooljaar, commitment: record.commitment });
  return getLoting(db, soort, schooljaar);
}

/** The committed seed (decrypted until revealed); without a commit, `geenSeed` as a 409. */
export function seedVan(r: LotingRunRecord | undefined, geenSeed: string): string {
  if (!r) throw new StatusConflictFout(geenSeed);
  return r.seed ?? ontsleutel(r.seedVersleuteld, getSeedSleutel());
}

export const LotingBericht = z.object({
  /** reservelijsten: a central draw's second round (loting/centraal.ts), one message. */
  soort: z.enum(["decentraal", "cpl", "reservelijsten"]),
  schooljaar: z.string().min(1),
  vanaf: z.number().int().min(0),
});
export type LotingBericht = z.infer<typeof LotingBericht>;

export async function stuur(bericht: LotingBericht): Promise<void> {
  await getSqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv("LOTING_QUEUE_URL"),
      MessageBody: JSON.stringify(bericht),
    }),
  );
}

/**
 * Definitief maken, as asked over HTTP: the request is recorded (who, when, `extra` such as the
 * CP&L's extra seats) and the lottery worker does the rest. A run that was applied with failures,
 * or stood still, is started again from its first block: registrations done already are left as
 * they are. While it is moving, or once done, a further call is a 409.
 */
export async function vraagDefinitiefAan<S extends LotingSoort, U extends { leerlingId: string }>(p: {
  def: RunSoort<S, U>;
  actor: Actor;
  schooljaar: string;
  geenSeed: string;
  extra?: Partial<LotingRecords[S]>;
}): Promise<void> {
  const { actor, schooljaar } = p;
  const soort = p.def.soort;
  const db = getDb();
  const r = await getLoting(db, soort, schooljaar);
  seedVan(r, p.geenSeed);
  if (!r) throw new NietGevondenFout("De loting");
  const naam = p.def.naam(schooljaar);
  if (r.status === "definitief") {
    throw new StatusConflictFout(
      `${naam} is al definitief gemaakt. Een loting kan niet opnieuw worden uitgevoerd.`,
    );
  }
  const nu = new Date();
  const klaar = r.teVerwerken !== undefined && (r.voortgang ?? 0) >= r.teVerwerken;
  if (r.status === "toepassen" && !klaar && !isStil(r, nu.getTime())) {
    throw new StatusConflictFout(`${naam} wordt al definitief gemaakt. Wacht tot de voortgang 100% is.`);
  }
  const nieuw =
    r.status === "vastgelegd"
      ? { status: "toepassen", definitiefOp: nu.toISOString(), definitiefDoor: actor.naam, ...p.extra }
      : {};
  try {
    await werkLotingBij(
      db,
      soort,
      r,
      { ...nieuw, voortgang: 0, mislukt: 0, bijgewerktOp: nu.toISOString() } as Partial<LotingRecords[S]>,
      gebeurtenisDoor(
        actor,
        lotingSleutel(soort, schooljaar),
        r.status === "vastgelegd" ? "definitief-aangevraagd" : "toepassen-hervat",
        { commitment: r.commitment },
        nu,
      ),
    );
  } catch (error) {
    if (error instanceof GelijktijdigGewijzigdFout) {
      throw new StatusConflictFout(`${naam} wordt al definitief gemaakt. Vernieuw de pagina.`);
    }
    throw error;
  }
  await stuur({ soort, schooljaar, vanaf: 0 });
  logger.info("lottery run requested", { soort, schooljaar });
}

/**
 * One queue message of the lottery worker: the first makes the run (drawn once with the revealed
 * seed, stored in the files bucket, the record saying so in one versioned write — a second
 * worker loses that write and draws nothing); every message then applies its block and queues
 * the next. The last block makes the run definitief when nothing failed. A message for a run
 * that is done, or not asked for, changes nothing.
 */
export async function werkRunBij<S extends LotingSoort, U extends { leerlingId: string }>(
  def: RunSoort<S, U>,
  bericht: LotingBericht,
): Promise<void> {
  const { schooljaar, vanaf } = bericht;
  const db = getDb();
  let r = await getLoting(db, def.soort, schooljaar);
  if (r?.status !== "toepassen") {
    logger.warn("lottery message without a run to apply", {
      soort: def.soort,
      schooljaar,
      status: r?.status,
    });
    return;
  }
  const bucket = requireEnv("FILES_BUCKET");
  let uitslagen: U[];
  if (!r.runSleutel) {
    const seed = seedVan(r, "");
    const { run, samenvatting } = await def.trek(schooljaar, seed, r);
    uitslagen = uitslagenVan(def, run);
    const sleutel = runSleutel(def.soort, schooljaar);
    await getS3().send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: sleutel,
        Body: JSON.stringify(run),
        ContentType: "application/json",
      }),
    );
    const nu = new Date();
    await werkLotingBij(
      db,
      def.soort,
      r,
      {
        seed,
        runSleutel: sleutel,
        samenvatting,
        teVerwerken: def.teDoen(uitslagen).length,
        bijgewerktOp: nu.toISOString(),
      } as Partial<LotingRecords[S]>,
      gebeurtenisDoor("systeem", lotingSleutel(def.soort, schooljaar), def.gebeurtenis, {
        commitment: r.commitment,
        seed,
        ...samenvatting,
      }),
    );
    logger.info("lottery run drawn", { soort: def.soort, schooljaar, uitslagen: uitslagen.length });
    r = await getLoting(db, def.soort, schooljaar);
    if (!r) return;
  } else {
    // The outcome as stored, never a new draw.
    const opgeslagen = await getS3().send(new GetObjectCommand({ Bucket: bucket, Key: r.runSleutel }));
    uitslagen = uitslagenVan(
      def,
      JSON.parse(await (opgeslagen.Body?.transformToString() ?? "{}")) as GetrokkenRun,
    );
  }

  const teDoen = def.teDoen(uitslagen);
  const blok = teDoen.slice(vanaf, vanaf + BLOK);
  const context: ToepasContext = {
    scholen: await voScholen(),
    config: getRegionConfig(),
    schooljaar,
    commitment: r.commitment,
  };
  const een = async (u: U): Promise<"gedaan" | "al" | "mislukt"> => {
    try {
      return await def.pas(u, context);
    } catch (error) {
      if (error instanceof GelijktijdigGewijzigdFout) return "al";
      logger.error("lottery apply failed", {
        soort: def.soort,
        aanmeldingId: u.leerlingId,
        error: error instanceof Error ? error.message : String(error),
      });
      return "mislukt";
    }
  };
  let gedaan = 0;
  let mislukt = 0;
  for (let i = 0; i < blok.length; i += BATCH) {
    for (const res of await Promise.all(blok.slice(i, i + BATCH).map(een))) {
      if (res === "gedaan") gedaan += 1;
      if (res === "mislukt") mislukt += 1;
    }
  }
  const voortgang = Math.min(vanaf + BLOK, teDoen.length);
  const laatste = voortgang >= teDoen.length;
  const allesMislukt = (r.mislukt ?? 0) + mislukt;
  const eerder = (r as Partial<Record<typeof def.teller, number>>)[def.teller] ?? 0;
  await werkLotingBij(db, def.soort, r, {
    [def.teller]: eerder + gedaan,
    mislukt: allesMislukt,
    voortgang,
    bijgewerktOp: new Date().toISOString(),
    ...(laatste && allesMislukt === 0 ? { status: "definitief" } : {}),
  } as Partial<LotingRecords[S]>);
  logger.info("lottery block applied", { soort: def.soort, schooljaar, vanaf, gedaan, mislukt, laatste });
  if (!laatste) await stuur({ soort: def.soort, schooljaar, vanaf: voortgang });
}

function uitslagenVan<U extends { leerlingId: string }>(
  def: Pick<RunSoort<LotingSoort, U>, "uitslagenVan">,
  run: GetrokkenRun,
): U[] {
  return def.uitslagenVan ? def.uitslagenVan(run) : (run.uitkomst.uitslagen as U[]);
}

/** The stored run, by a five-minute link: anyone may re-run it with scripts/loting-controle.ts. */
export async function runDownload(soort: LotingSoort, schooljaar: string, geenRun: string) {
  const r = await getLoting(getDb(), soort, schooljaar);
  if (!r?.runSleutel || r.status === "vastgelegd") throw new StatusConflictFout(geenRun);
  const bestandsnaam = runBestandsnaam(soort, schooljaar);
  const url = await getSignedUrl(
    getS3(),
    new GetObjectCommand({
      Bucket: requireEnv("FILES_BUCKET"),
      Key: r.runSleutel,
      ResponseContentDisposition: `attachment; filename="${bestandsnaam}"`,
      ResponseContentType: "application/json",
    }),
    { expiresIn: LINK_SECONDEN },
  );
  return { url, bestandsnaam, geldigSeconden: LINK_SECONDEN };
}

export interface Gegevens {
  scholen: Scholen;
  aanmeldingen: AanmeldingRecord[];
}

/** Every running registration of the school year: the overviews of all VO schools (one Query each). */
export async function leesGegevens(schooljaar: string): Promise<Gegevens> {
  const scholen = await voScholen();
  const perSchool = await Promise.all(
    [...scholen.keys()].map((id) => listAanmeldingenBySchool(getDb(), id, schooljaar)),
  );
  return { scholen, aanmeldingen: perSchool.flat() };
}

/** Pupils that may be a meerling: the same surname, birth date, postcode and house number. */
export function meerlingSleutel(l: Pick<Leerling, "achternaam" | "geboortedatum" | "adres">): string {
  return [l.achternaam, l.geboortedatum, l.adres.postcode, l.adres.huisnummer]
    .map((d) =>
      String(d ?? "")
        .toLocaleLowerCase("nl-NL")
        .replace(/\s+/g, ""),
    )
    .join("|");
}
