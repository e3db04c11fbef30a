import { randomBytes } from "node:crypto";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { CplStand, CplUitkomst, ROUTES } from "@elk/contracts";
import {
  type AanmeldingRecord,
  type CplLotingRecord,
  getAanmelding,
  getCplLoting,
  getLeerlingenVanAanmeldingen,
  keys,
  legSeedVast,
  listAanmeldingenBySchool,
  type Opgeslagen,
  ontsleutelSeed,
  slaCplVoorbeeldOp,
  versleutelSeed,
  werkCplLotingBij,
} from "@elk/data";
import {
  type Actor,
  type CentralePlaatsingUitslag,
  type CplRegistratie,
  commitment,
  cplInvoerVoor,
  cplSamenvatting,
  type ExtraCapaciteit,
  GelijktijdigGewijzigdFout,
  type Leerling,
  NietGevondenFout,
  nederlandseDatum,
  nieuweSeed,
  type RegionConfig,
  StatusConflictFout,
  vanCplAfdelingId,
  vereis,
  voerLotingUit,
} from "@elk/domain";
import { getDb, getS3 } from "../../config/clients";
import { getRegionConfig, requireEnv } from "../../config/env";
import { getSeedSleutel } from "../../config/loting";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { logger } from "../../middleware/logger";
import type { IngelogdVerzoek } from "../../middleware/router";
import { voScholen } from "../aanmelden/gedeeld";
import { kalenderVoor } from "../aanmelden/kalender";
import type { Scholen } from "../behandelen/gedeeld";
import { legLotingnummerVast, wijsToeAlsSysteem } from "../behandelen/uitvoeren";

/** Assignments written at once; each is its own transaction (TRT-15), so a batch is a pace, not a unit. */
const BATCH = 25;
const LINK_SECONDEN = 300;

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

const runSleutel = (schooljaar: string) => `loting/cpl-${schooljaar}.json`;
const runBestandsnaam = (schooljaar: string) => `cpl-${schooljaar}.json`;

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

/** The engine's input: registrations, seats and meerlingen (see cplInvoerVoor). */
async function voorbereiden(g: Gegevens, extra: readonly ExtraCapaciteit[]) {
  const uitgeloot = g.aanmeldingen.filter((a) => a.status === "uitgeloot");
  const leerlingen = await getLeerlingenVanAanmeldingen(
    getDb(),
    uitgeloot.filter((a) => a.eersteKeuze.meerling),
  );
  const registraties: CplRegistratie[] = g.aanmeldingen.map((a) => {
    const l = leerlingen.get(a.leerlingId);
    return {
      id: a.id,
      status: a.status,
      schoolId: a.schoolId,
      keuzes: a.keuzes,
      meerling: a.eersteKeuze.meerling,
      meerlingSleutel: l ? meerlingSleutel(l) : undefined,
      plaatsing: a.plaatsing,
      toewijzing: a.toewijzing,
    };
  });
  const scholen = [...g.scholen.values()].sort((x, y) => x.naam.localeCompare(y.naam, "nl-NL"));
  return cplInvoerVoor(scholen, registraties, extra);
}

function stand(
  schooljaar: string,
  r: Opgeslagen<CplLotingRecord> | undefined,
  v: Awaited<ReturnType<typeof voorbereiden>>,
): CplStand {
  const basis = { schooljaar, deelnemers: v.invoer.deelnemers.length, capaciteit: v.capaciteit };
  if (!r) return { ...basis, status: "geen-seed" };
  return {
    ...basis,
    status: r.status,
    commitment: r.commitment,
    vastgelegdOp: r.vastgelegdOp,
    vastgelegdDoor: r.vastgelegdDoor,
    voorSluiting: r.voorSluiting,
    // The seed only once the run is final (LOT-03: revealed with the outcome).
    ...(r.status !== "vastgelegd" && r.seed ? { seed: r.seed } : {}),
    definitiefOp: r.definitiefOp,
    definitiefDoor: r.definitiefDoor,
    samenvatting: r.samenvatting,
    toegewezen: r.toegewezen,
    mislukt: r.mislukt,
    ...(r.runSleutel
      ? { controleCommando: `npx tsx scripts/loting-controle.ts ${runBestandsnaam(schooljaar)}` }
      : {}),
  };
}

export async function cplStand(req: IngelogdVerzoek<typeof ROUTES.cplStand>): Promise<CplStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const [r, g] = await Promise.all([getCplLoting(getDb(), schooljaar), leesGegevens(schooljaar)]);
  return stand(schooljaar, r, await voorbereiden(g, r?.extraCapaciteit ?? []));
}

/**
 * LOT-03 commit: a seed from 32 random bytes, stored encrypted; its SHA-256 is published in the
 * app and in the history. Once per school year — nobody can swap it afterwards.
 */
export async function cplSeedVastleggen(
  req: IngelogdVerzoek<typeof ROUTES.cplSeedVastleggen>,
): Promise<CplStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const db = getDb();
  if (await getCplLoting(db, schooljaar)) {
    throw new StatusConflictFout(`Voor schooljaar ${schooljaar} is de seed al vastgelegd.`);
  }
  const nu = new Date();
  const seed = nieuweSeed(new Uint8Array(randomBytes(32)));
  const kalender = await kalenderVoor(schooljaar);
  const record: CplLotingRecord = {
    schooljaar,
    commitment: commitment(seed),
    seedVersleuteld: versleutelSeed(seed, getSeedSleutel()),
    vastgelegdOp: nu.toISOString(),
    vastgelegdDoor: req.actor.naam,
    voorSluiting: nederlandseDatum(nu) <= kalender.aanmeldperiode.tot,
    status: "vastgelegd",
  };
  try {
    await legSeedVast(
      db,
      record,
      gebeurtenisDoor(
        req.actor,
        keys.cpl(schooljaar),
        "seed-vastgelegd",
        { commitment: record.commitment },
        nu,
      ),
    );
  } catch (error) {
    if (error instanceof GelijktijdigGewijzigdFout) {
      throw new StatusConflictFout(`Voor schooljaar ${schooljaar} is de seed al vastgelegd.`);
    }
    throw error;
  }
  logger.info("cpl seed committed", { schooljaar, commitment: record.commitment });
  return stand(
    schooljaar,
    await getCplLoting(db, schooljaar),
    await voorbereiden(await leesGegevens(schooljaar), []),
  );
}

function seedVan(r: Opgeslagen<CplLotingRecord> | undefined, schooljaar: string): string {
  if (!r) {
    throw new StatusConflictFout(
      `Leg eerst de seed van schooljaar ${schooljaar} vast; zonder commitment kan er niet geloot worden.`,
    );
  }
  return r.seed ?? ontsleutelSeed(r.seedVersleuteld, getSeedSleutel());
}

function uitkomstVoor(
  schooljaar: string,
  g: Gegevens,
  v: Awaited<ReturnType<typeof voorbereiden>>,
  uitslagen: readonly CentralePlaatsingUitslag[],
): CplUitkomst {
  const perId = new Map(g.aanmeldingen.map((a) => [a.id, a]));
  return {
    schooljaar,
    samenvatting: cplSamenvatting(uitslagen),
    capaciteit: v.capaciteit,
    leerlingen: uitslagen.map((u) => {
      const a = perId.get(u.leerlingId);
      const eerste = a?.keuzes[0];
      const school = u.geplaatstOp ? g.scholen.get(u.geplaatstOp.schoolId) : undefined;
      const afdelingId = u.geplaatstOp
        ? vanCplAfdelingId(u.geplaatstOp.schoolId, u.geplaatstOp.afdelingId)
        : "";
      return {
        aanmeldingId: u.leerlingId,
        elkNummer: a?.elkNummer ?? "",
        leerlingNaam: a?.leerlingNaam ?? "",
        eersteKeuze: g.scholen.get(eerste?.schoolId ?? "")?.naam ?? "",
        ...(u.geplaatstOp
          ? {
              geplaatstOp: {
                schoolNaam: school?.naam ?? u.geplaatstOp.schoolId,
                afdelingNaam: school?.afdelingen.find((af) => af.id === afdelingId)?.naam ?? afdelingId,
              },
            }
          : {}),
        ...(u.voorkeur !== null ? { voorkeur: u.voorkeur } : {}),
        lotingnummer: u.lotingnummer,
      };
    }),
  };
}

/** Voorbeeld: the outcome with the committed seed and the extra seats asked; only the preview's record is written. */
export async function cplVoorbeeld(req: IngelogdVerzoek<typeof ROUTES.cplVoorbeeld>): Promise<CplUitkomst> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const db = getDb();
  const r = await getCplLoting(db, schooljaar);
  const seed = seedVan(r, schooljaar);
  if (r?.status !== "vastgelegd") {
    throw new StatusConflictFout(
      `De Centrale Plaatsing en Loting van ${schooljaar} is al definitief gemaakt.`,
    );
  }
  const g = await leesGegevens(schooljaar);
  const v = await voorbereiden(g, req.body.extraCapaciteit);
  const run = voerLotingUit("centrale-plaatsing", seed, v.invoer);
  const uitkomst = uitkomstVoor(schooljaar, g, v, run.uitkomst.uitslagen);
  await slaCplVoorbeeldOp(db, {
    schooljaar,
    op: new Date().toISOString(),
    door: req.actor.naam,
    extraCapaciteit: req.body.extraCapaciteit,
    samenvatting: uitkomst.samenvatting,
  });
  return uitkomst;
}

/**
 * Definitief maken: the run is computed once and stored (input, seed, outcome — the engine's
 * LotingRun), the seed revealed, then every placed pupil assigned by the system in batches. A
 * second call while assignments are under way (after a crash) resumes from the stored run; a
 * pupil already toegewezen is left as it is. Once every assignment is made, a further call is a 409.
 */
export async function cplDefinitief(req: IngelogdVerzoek<typeof ROUTES.cplDefinitief>): Promise<CplStand> {
  const { schooljaar, config } = vereisLoting(req.actor, req.params.schooljaar);
  const db = getDb();
  let r = await getCplLoting(db, schooljaar);
  const seed = seedVan(r, schooljaar);
  if (r?.status === "definitief") {
    throw new StatusConflictFout(
      `De Centrale Plaatsing en Loting van ${schooljaar} is al definitief gemaakt. Een run kan niet opnieuw worden uitgevoerd.`,
    );
  }
  const bucket = requireEnv("FILES_BUCKET");
  const nu = new Date();
  let uitslagen: CentralePlaatsingUitslag[];
  if (r?.status === "vastgelegd") {
    const g = await leesGegevens(schooljaar);
    const v = await voorbereiden(g, req.body.extraCapaciteit);
    const run = voerLotingUit("centrale-plaatsing", seed, v.invoer);
    uitslagen = run.uitkomst.uitslagen;
    await getS3().send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: runSleutel(schooljaar),
        Body: JSON.stringify(run),
        ContentType: "application/json",
      }),
    );
    const samenvatting = cplSamenvatting(uitslagen);
    try {
      await werkCplLotingBij(
        db,
        r,
        {
          status: "toepassen",
          seed,
          definitiefOp: nu.toISOString(),
          definitiefDoor: req.actor.naam,
          runSleutel: runSleutel(schooljaar),
          extraCapaciteit: req.body.extraCapaciteit,
          samenvatting,
        },
        gebeurtenisDoor(
          req.actor,
          keys.cpl(schooljaar),
          "cpl-definitief",
          { commitment: r.commitment, seed, ...samenvatting },
          nu,
        ),
      );
    } catch (error) {
      if (error instanceof GelijktijdigGewijzigdFout) {
        throw new StatusConflictFout(
          `De Centrale Plaatsing en Loting van ${schooljaar} wordt al definitief gemaakt. Vernieuw de pagina.`,
        );
      }
      throw error;
    }
    r = await getCplLoting(db, schooljaar);
  } else {
    // Resume: the outcome as stored, never a new draw.
    const opgeslagen = await getS3().send(
      new GetObjectCommand({ Bucket: bucket, Key: r?.runSleutel ?? runSleutel(schooljaar) }),
    );
    const run = JSON.parse(await (opgeslagen.Body?.transformToString() ?? "{}"));
    uitslagen = run.uitkomst.uitslagen as CentralePlaatsingUitslag[];
  }
  if (!r) throw new NietGevondenFout("De loting");

  const scholen = await voScholen();
  // Every pupil: the placed are assigned, the others keep their lottery number (PAR-01).
  const teDoen = uitslagen;
  let toegewezen = 0;
  let mislukt = 0;
  for (let i = 0; i < teDoen.length; i += BATCH) {
    const resultaten = await Promise.all(
      teDoen
        .slice(i, i + BATCH)
        .map((u) => wijsUitslagToe(u, scholen, config, schooljaar, r?.commitment ?? "")),
    );
    for (const res of resultaten) {
      if (res === "toegewezen") toegewezen += 1;
      if (res === "mislukt") mislukt += 1;
    }
  }
  const al = teDoen.length - toegewezen - mislukt;
  logger.info("cpl applied", { schooljaar, toegewezen, al, mislukt });
  await werkCplLotingBij(db, r, {
    status: mislukt === 0 ? "definitief" : "toepassen",
    toegewezen: (r.toegewezen ?? 0) + toegewezen,
    mislukt,
  });
  const g = await leesGegevens(schooljaar);
  return stand(
    schooljaar,
    await getCplLoting(db, schooljaar),
    await voorbereiden(g, r.extraCapaciteit ?? []),
  );
}

async function wijsUitslagToe(
  u: CentralePlaatsingUitslag,
  scholen: Scholen,
  config: RegionConfig,
  schooljaar: string,
  gepubliceerd: string,
): Promise<"toegewezen" | "al" | "mislukt"> {
  const doel = u.geplaatstOp;
  try {
    const a = await getAanmelding(getDb(), u.leerlingId);
    // Assigned already (a resumed run), or changed by hand since: leave it.
    if (a?.status !== "uitgeloot" || a.schooljaar !== schooljaar) return "al";
    if (!doel) {
      if (a.lotingnummers?.cpl !== undefined) return "al";
      await legLotingnummerVast({
        aanmelding: a,
        soort: "cpl",
        lotingnummer: u.lotingnummer,
        gebeurtenis: { soort: "cpl-niet-geplaatst", gegevens: { commitment: gepubliceerd } },
      });
      return "al";
    }
    await wijsToeAlsSysteem({
      lotingnummer: u.lotingnummer,
      aanmelding: a,
      schoolId: doel.schoolId,
      afdelingId: vanCplAfdelingId(doel.schoolId, doel.afdelingId),
      gegevens: { voorkeur: u.voorkeur, lotingnummer: u.lotingnummer, commitment: gepubliceerd },
      scholen,
      config,
    });
    return "toegewezen";
  } catch (error) {
    if (error instanceof GelijktijdigGewijzigdFout) return "al";
    logger.error("cpl assignment failed", {
      aanmeldingId: u.leerlingId,
      error: error instanceof Error ? error.message : String(error),
    });
    return "mislukt";
  }
}

/** The stored run, by a five-minute link: anyone may re-run it with scripts/loting-controle.ts. */
export async function cplRunDownload(req: IngelogdVerzoek<typeof ROUTES.cplRunDownload>) {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const r = await getCplLoting(getDb(), schooljaar);
  if (!r?.runSleutel || r.status === "vastgelegd") {
    throw new StatusConflictFout("Er is nog geen definitieve run om te downloaden.");
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
