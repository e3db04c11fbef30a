import { randomBytes } from "node:crypto";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { DecentraleStand, DecentraleUitkomst, ROUTES } from "@elk/contracts";
import {
  type DecentraleLotingRecord,
  getAanmelding,
  getDecentraleLoting,
  getLeerlingenVanAanmeldingen,
  keys,
  legDecentraleSeedVast,
  type Opgeslagen,
  ontsleutelSeed,
  versleutelSeed,
  werkDecentraleLotingBij,
} from "@elk/data";
import {
  commitment,
  type DecentraleLotingUitslag,
  type DecentraleRegistratie,
  type DecentraleVoorbereiding,
  decentraleInvoerVoor,
  decentraleUitslagPerEenheid,
  GelijktijdigGewijzigdFout,
  NietGevondenFout,
  nederlandseDatum,
  nieuweSeed,
  StatusConflictFout,
  voerLotingUit,
} from "@elk/domain";
import { getDb, getS3 } from "../../config/clients";
import { requireEnv } from "../../config/env";
import { getSeedSleutel } from "../../config/loting";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { logger } from "../../middleware/logger";
import type { IngelogdVerzoek } from "../../middleware/router";
import { voScholen } from "../aanmelden/gedeeld";
import { kalenderVoor } from "../aanmelden/kalender";
import type { Scholen } from "../behandelen/gedeeld";
import { legLotingnummerVast, lootUitAlsSysteem } from "../behandelen/uitvoeren";
import { type Gegevens, leesGegevens, meerlingSleutel, vereisLoting } from "./cpl";

/**
 * LOT-02 in the app: the region administrator runs the decentral lottery of a school year — its
 * own seed, committed and revealed as the CP&L's; a preview; and a final run whose losers get
 * *Uitgeloot* from the system. Input and outcome: `decentraleInvoerVoor` (domain).
 */

/** Registrations written at once; each is its own transaction, so a batch is a pace, not a unit. */
const BATCH = 25;
const LINK_SECONDEN = 300;

const runSleutel = (schooljaar: string) => `loting/decentraal-${schooljaar}.json`;
const runBestandsnaam = (schooljaar: string) => `decentraal-${schooljaar}.json`;

async function voorbereiden(g: Gegevens): Promise<DecentraleVoorbereiding> {
  const leerlingen = await getLeerlingenVanAanmeldingen(
    getDb(),
    g.aanmeldingen.filter((a) => a.status === "aangemeld" && a.eersteKeuze.meerling),
  );
  const registraties: DecentraleRegistratie[] = g.aanmeldingen.map((a) => {
    const l = leerlingen.get(a.leerlingId);
    return {
      id: a.id,
      status: a.status,
      schoolId: a.schoolId,
      keuzes: a.keuzes,
      eersteKeuze: a.eersteKeuze,
      voorrangToegekend: a.voorrangBesluit?.besluit === "toegekend",
      meerlingSleutel: l ? meerlingSleutel(l) : undefined,
      plaatsing: a.plaatsing,
      toewijzing: a.toewijzing,
    };
  });
  const scholen = [...g.scholen.values()].sort((x, y) => x.naam.localeCompare(y.naam, "nl-NL"));
  return decentraleInvoerVoor(scholen, registraties);
}

function stand(
  schooljaar: string,
  r: Opgeslagen<DecentraleLotingRecord> | undefined,
  v: DecentraleVoorbereiding,
): DecentraleStand {
  const basis = {
    schooljaar,
    deelnemers: v.invoer.aanmeldingen.length,
    eenheden: v.eenheden.filter((e) => e.overingeschreven),
  };
  if (!r) return { ...basis, status: "geen-seed" };
  return {
    ...basis,
    status: r.status,
    commitment: r.commitment,
    vastgelegdOp: r.vastgelegdOp,
    vastgelegdDoor: r.vastgelegdDoor,
    voorSluiting: r.voorSluiting,
    // The seed only once the run is final (revealed with the outcome).
    ...(r.status !== "vastgelegd" && r.seed ? { seed: r.seed } : {}),
    definitiefOp: r.definitiefOp,
    definitiefDoor: r.definitiefDoor,
    samenvatting: r.samenvatting,
    verwerkt: r.verwerkt,
    mislukt: r.mislukt,
    ...(r.runSleutel
      ? { controleCommando: `npx tsx scripts/loting-controle.ts ${runBestandsnaam(schooljaar)}` }
      : {}),
  };
}

export async function decentraleStand(
  req: IngelogdVerzoek<typeof ROUTES.decentraleStand>,
): Promise<DecentraleStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const [r, g] = await Promise.all([getDecentraleLoting(getDb(), schooljaar), leesGegevens(schooljaar)]);
  return stand(schooljaar, r, await voorbereiden(g));
}

/** LOT-02 commit: the decentral lottery's own seed, stored encrypted; only its SHA-256 is published. */
export async function decentraleSeedVastleggen(
  req: IngelogdVerzoek<typeof ROUTES.decentraleSeedVastleggen>,
): Promise<DecentraleStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const db = getDb();
  const al = `Voor de decentrale loting van schooljaar ${schooljaar} is de seed al vastgelegd.`;
  if (await getDecentraleLoting(db, schooljaar)) throw new StatusConflictFout(al);
  const nu = new Date();
  const seed = nieuweSeed(new Uint8Array(randomBytes(32)));
  const kalender = await kalenderVoor(schooljaar);
  const record: DecentraleLotingRecord = {
    schooljaar,
    commitment: commitment(seed),
    seedVersleuteld: versleutelSeed(seed, getSeedSleutel()),
    vastgelegdOp: nu.toISOString(),
    vastgelegdDoor: req.actor.naam,
    voorSluiting: nederlandseDatum(nu) <= kalender.aanmeldperiode.tot,
    status: "vastgelegd",
  };
  try {
    await legDecentraleSeedVast(
      db,
      record,
      gebeurtenisDoor(
        req.actor,
        keys.decentraleLoting(schooljaar),
        "seed-vastgelegd",
        { commitment: record.commitment },
        nu,
      ),
    );
  } catch (error) {
    if (error instanceof GelijktijdigGewijzigdFout) throw new StatusConflictFout(al);
    throw error;
  }
  logger.info("decentral lottery seed committed", { schooljaar, commitment: record.commitment });
  return stand(
    schooljaar,
    await getDecentraleLoting(db, schooljaar),
    await voorbereiden(await leesGegevens(schooljaar)),
  );
}

function seedVan(r: Opgeslagen<DecentraleLotingRecord> | undefined, schooljaar: string): string {
  if (!r) {
    throw new StatusConflictFout(
      `Leg eerst de seed van de decentrale loting van schooljaar ${schooljaar} vast; zonder commitment kan er niet geloot worden.`,
    );
  }
  return r.seed ?? ontsleutelSeed(r.seedVersleuteld, getSeedSleutel());
}

const alDefinitief = (schooljaar: string) =>
  `De decentrale loting van ${schooljaar} is al definitief gemaakt. Een loting kan niet opnieuw worden uitgevoerd.`;

/** Voorbeeld: the outcome with the committed seed, per over-subscribed unit; nothing is written. */
export async function decentraleVoorbeeld(
  req: IngelogdVerzoek<typeof ROUTES.decentraleVoorbeeld>,
): Promise<DecentraleUitkomst> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const r = await getDecentraleLoting(getDb(), schooljaar);
  const seed = seedVan(r, schooljaar);
  if (r?.status !== "vastgelegd") throw new StatusConflictFout(alDefinitief(schooljaar));
  const v = await voorbereiden(await leesGegevens(schooljaar));
  const run = voerLotingUit("decentrale-loting", seed, v.invoer);
  return { schooljaar, ...decentraleUitslagPerEenheid(v, run.uitkomst.uitslagen) };
}

/**
 * Definitief maken: the draw is computed once and stored (the engine's LotingRun), the seed
 * revealed, then applied: every pupil the draw puts out is *Uitgeloot* by the system, every pupil
 * a draw decided keeps its lottery number; winners stay *aangemeld* (the school places them). A
 * second call while this is under way (after a crash) resumes from the stored run — a registration
 * that has its number already is left as it is; once done, a further call is a 409.
 */
export async function decentraleDefinitief(
  req: IngelogdVerzoek<typeof ROUTES.decentraleDefinitief>,
): Promise<DecentraleStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const db = getDb();
  let r = await getDecentraleLoting(db, schooljaar);
  const seed = seedVan(r, schooljaar);
  if (r?.status === "definitief") throw new StatusConflictFout(alDefinitief(schooljaar));
  const bucket = requireEnv("FILES_BUCKET");
  const nu = new Date();
  let uitslagen: DecentraleLotingUitslag[];
  if (r?.status === "vastgelegd") {
    const v = await voorbereiden(await leesGegevens(schooljaar));
    const run = voerLotingUit("decentrale-loting", seed, v.invoer);
    uitslagen = run.uitkomst.uitslagen;
    await getS3().send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: runSleutel(schooljaar),
        Body: JSON.stringify(run),
        ContentType: "application/json",
      }),
    );
    const { samenvatting } = decentraleUitslagPerEenheid(v, uitslagen);
    try {
      await werkDecentraleLotingBij(
        db,
        r,
        {
          status: "toepassen",
          seed,
          definitiefOp: nu.toISOString(),
          definitiefDoor: req.actor.naam,
          runSleutel: runSleutel(schooljaar),
          samenvatting,
        },
        gebeurtenisDoor(
          req.actor,
          keys.decentraleLoting(schooljaar),
          "decentrale-loting-definitief",
          { commitment: r.commitment, seed, ...samenvatting },
          nu,
        ),
      );
    } catch (error) {
      if (error instanceof GelijktijdigGewijzigdFout) {
        throw new StatusConflictFout(
          `De decentrale loting van ${schooljaar} wordt al definitief gemaakt. Vernieuw de pagina.`,
        );
      }
      throw error;
    }
    r = await getDecentraleLoting(db, schooljaar);
  } else {
    // Resume: the outcome as stored, never a new draw.
    const opgeslagen = await getS3().send(
      new GetObjectCommand({ Bucket: bucket, Key: r?.runSleutel ?? runSleutel(schooljaar) }),
    );
    const run = JSON.parse(await (opgeslagen.Body?.transformToString() ?? "{}"));
    uitslagen = run.uitkomst.uitslagen as DecentraleLotingUitslag[];
  }
  if (!r) throw new NietGevondenFout("De loting");

  const scholen = await voScholen();
  // Only where a draw decided: a pupil on a unit with room for all has no number to keep.
  const teDoen = uitslagen.filter((u) => u.geloot || u.uitkomst === "uitgeloot");
  let verwerkt = 0;
  let mislukt = 0;
  for (let i = 0; i < teDoen.length; i += BATCH) {
    const resultaten = await Promise.all(
      teDoen.slice(i, i + BATCH).map((u) => pasToe(u, scholen, schooljaar, r?.commitment ?? "")),
    );
    for (const res of resultaten) {
      if (res === "verwerkt") verwerkt += 1;
      if (res === "mislukt") mislukt += 1;
    }
  }
  logger.info("decentral lottery applied", { schooljaar, verwerkt, mislukt });
  await werkDecentraleLotingBij(db, r, {
    status: mislukt === 0 ? "definitief" : "toepassen",
    verwerkt: (r.verwerkt ?? 0) + verwerkt,
    mislukt,
  });
  return stand(
    schooljaar,
    await getDecentraleLoting(db, schooljaar),
    await voorbereiden(await leesGegevens(schooljaar)),
  );
}

async function pasToe(
  u: DecentraleLotingUitslag,
  scholen: Scholen,
  schooljaar: string,
  gepubliceerd: string,
): Promise<"verwerkt" | "al" | "mislukt"> {
  try {
    const a = await getAanmelding(getDb(), u.leerlingId);
    // Done already (a resumed run), or changed by hand since: leave it.
    if (a?.status !== "aangemeld" || a.schooljaar !== schooljaar) return "al";
    if (a.lotingnummers?.decentraal !== undefined) return "al";
    if (u.uitkomst === "uitgeloot") {
      await lootUitAlsSysteem({
        aanmelding: a,
        lotingnummer: u.lotingnummer,
        gegevens: { commitment: gepubliceerd, reservepositie: u.reservepositie },
        scholen,
      });
      return "verwerkt";
    }
    const schoolId = a.keuzes[0]?.schoolId ?? "";
    const afdelingId = (u.geplaatstOp ?? "").slice(schoolId.length + 1);
    await legLotingnummerVast({
      aanmelding: a,
      soort: "decentraal",
      lotingnummer: u.lotingnummer,
      gebeurtenis: u.viaGelijkwaardigeAfdeling
        ? {
            soort: "gelijkwaardige-afdeling",
            gegevens: {
              afdelingId,
              afdeling:
                scholen.get(schoolId)?.afdelingen.find((af) => af.id === afdelingId)?.naam ?? afdelingId,
              commitment: gepubliceerd,
            },
          }
        : { soort: "ingeloot", gegevens: { commitment: gepubliceerd } },
    });
    return "verwerkt";
  } catch (error) {
    if (error instanceof GelijktijdigGewijzigdFout) return "al";
    logger.error("decentral lottery apply failed", {
      aanmeldingId: u.leerlingId,
      error: error instanceof Error ? error.message : String(error),
    });
    return "mislukt";
  }
}

/** The stored run, by a five-minute link: anyone may re-run it with scripts/loting-controle.ts. */
export async function decentraleRunDownload(req: IngelogdVerzoek<typeof ROUTES.decentraleRunDownload>) {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const r = await getDecentraleLoting(getDb(), schooljaar);
  if (!r?.runSleutel || r.status === "vastgelegd") {
    throw new StatusConflictFout("Er is nog geen definitieve decentrale loting om te downloaden.");
  }
  const bestandsnaam = runBestandsnaam(schooljaar);
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
