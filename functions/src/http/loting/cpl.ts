import { randomBytes } from "node:crypto";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { CplStand, CplUitkomst, ROUTES } from "@elk/contracts";
import {
  type AanmeldingRecord,
  type CplLotingRecord,
  getAanmelding,
  getLeerlingenVanAanmeldingen,
  getLoting,
  type LotingRecords,
  type LotingRunRecord,
  type LotingSoort,
  legLotingSeedVast,
  listAanmeldingenBySchool,
  lotingSleutel,
  type Opgeslagen,
  ontsleutelSeed,
  slaCplVoorbeeldOp,
  versleutelSeed,
  werkLotingBij,
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

/** Registrations written at once; each is its own transaction (TRT-15), so a batch is a pace, not a unit. */
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

/**
 * The life of a run, the same for the decentral lottery (LOT-02) and the CP&L (LOT-03): its own
 * seed committed and stored encrypted, then a final run computed once, stored and revealed, then
 * applied registration by registration. What differs (the input, the summary, what applying
 * means, the texts) comes from the caller.
 */
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
    ...(r.runSleutel
      ? { controleCommando: `npx tsx scripts/loting-controle.ts ${runBestandsnaam(soort, r.schooljaar)}` }
      : {}),
  };
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
    seedVersleuteld: versleutelSeed(seed, getSeedSleutel()),
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
  return r.seed ?? ontsleutelSeed(r.seedVersleuteld, getSeedSleutel());
}

interface Run<U> {
  uitkomst: { uitslagen: U[] };
}

/**
 * Making a run final: it is computed once (`trek`) and stored (the engine's LotingRun), the seed
 * revealed; a second call while it is being applied (after a crash) gets the stored run back,
 * never a new draw. Once done, a further call is a 409 (`teksten.alDefinitief`).
 */
export async function maakRunDefinitief<S extends LotingSoort, U>(p: {
  actor: Actor;
  soort: S;
  schooljaar: string;
  gebeurtenis: string;
  teksten: { geenSeed: string; alDefinitief: string; bezig: string };
  trek: (seed: string) => Promise<{ run: Run<U>; samenvatting: object; extra?: Partial<LotingRecords[S]> }>;
}): Promise<{ r: Opgeslagen<LotingRecords[S]>; uitslagen: U[] }> {
  const { actor, soort, schooljaar } = p;
  const db = getDb();
  let r: Opgeslagen<LotingRunRecord> | undefined = await getLoting(db, soort, schooljaar);
  const seed = seedVan(r, p.teksten.geenSeed);
  if (r?.status === "definitief") throw new StatusConflictFout(p.teksten.alDefinitief);
  const bucket = requireEnv("FILES_BUCKET");
  const nu = new Date();
  let uitslagen: U[];
  if (r?.status === "vastgelegd") {
    const { run, samenvatting, extra } = await p.trek(seed);
    uitslagen = run.uitkomst.uitslagen;
    await getS3().send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: runSleutel(soort, schooljaar),
        Body: JSON.stringify(run),
        ContentType: "application/json",
      }),
    );
    try {
      await werkLotingBij(
        db,
        soort,
        r as Opgeslagen<LotingRecords[S]>,
        {
          status: "toepassen",
          seed,
          definitiefOp: nu.toISOString(),
          definitiefDoor: actor.naam,
          runSleutel: runSleutel(soort, schooljaar),
          ...extra,
          samenvatting,
        } as Partial<LotingRecords[S]>,
        gebeurtenisDoor(
          actor,
          lotingSleutel(soort, schooljaar),
          p.gebeurtenis,
          { commitment: r.commitment, seed, ...samenvatting },
          nu,
        ),
      );
    } catch (error) {
      if (error instanceof GelijktijdigGewijzigdFout) throw new StatusConflictFout(p.teksten.bezig);
      throw error;
    }
    r = await getLoting(db, soort, schooljaar);
  } else {
    // Resume: the outcome as stored, never a new draw.
    const opgeslagen = await getS3().send(
      new GetObjectCommand({ Bucket: bucket, Key: r?.runSleutel ?? runSleutel(soort, schooljaar) }),
    );
    const run = JSON.parse(await (opgeslagen.Body?.transformToString() ?? "{}"));
    uitslagen = run.uitkomst.uitslagen as U[];
  }
  if (!r) throw new NietGevondenFout("De loting");
  return { r: r as Opgeslagen<LotingRecords[S]>, uitslagen };
}

/**
 * Applies the run: `pas` per registration, in batches; a registration changed meanwhile is left
 * as it is, a failure logged and counted. Then the record: definitief once nothing failed, its
 * counter (`teller`) raised by what was done.
 */
export async function pasRunToe<S extends LotingSoort, U extends { leerlingId: string }>(p: {
  soort: S;
  r: Opgeslagen<LotingRecords[S]>;
  teDoen: readonly U[];
  pas: (u: U) => Promise<"gedaan" | "al">;
  teller: "verwerkt" | "toegewezen";
  foutBericht: string;
  log: (gedaan: number, mislukt: number) => void;
}): Promise<void> {
  const een = async (u: U): Promise<"gedaan" | "al" | "mislukt"> => {
    try {
      return await p.pas(u);
    } catch (error) {
      if (error instanceof GelijktijdigGewijzigdFout) return "al";
      logger.error(p.foutBericht, {
        aanmeldingId: u.leerlingId,
        error: error instanceof Error ? error.message : String(error),
      });
      return "mislukt";
    }
  };
  let gedaan = 0;
  let mislukt = 0;
  for (let i = 0; i < p.teDoen.length; i += BATCH) {
    const resultaten = await Promise.all(p.teDoen.slice(i, i + BATCH).map(een));
    for (const res of resultaten) {
      if (res === "gedaan") gedaan += 1;
      if (res === "mislukt") mislukt += 1;
    }
  }
  p.log(gedaan, mislukt);
  const eerder = (p.r as Partial<Record<typeof p.teller, number>>)[p.teller] ?? 0;
  await werkLotingBij(getDb(), p.soort, p.r, {
    status: mislukt === 0 ? "definitief" : "toepassen",
    [p.teller]: eerder + gedaan,
    mislukt,
  } as Partial<LotingRecords[S]>);
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
  return { ...basis, ...runStand("cpl", r, { samenvatting: r.samenvatting, toegewezen: r.toegewezen }) };
}

export async function cplStand(req: IngelogdVerzoek<typeof ROUTES.cplStand>): Promise<CplStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const [r, g] = await Promise.all([getLoting(getDb(), "cpl", schooljaar), leesGegevens(schooljaar)]);
  return stand(schooljaar, r, await voorbereiden(g, r?.extraCapaciteit ?? []));
}

/** LOT-03 commit (see legRunSeedVast). */
export async function cplSeedVastleggen(
  req: IngelogdVerzoek<typeof ROUTES.cplSeedVastleggen>,
): Promise<CplStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const r = await legRunSeedVast(req.actor, "cpl", schooljaar, {
    al: `Voor schooljaar ${schooljaar} is de seed al vastgelegd.`,
    log: "cpl seed committed",
  });
  return stand(schooljaar, r, await voorbereiden(await leesGegevens(schooljaar), []));
}

const geenSeed = (schooljaar: string) =>
  `Leg eerst de seed van schooljaar ${schooljaar} vast; zonder commitment kan er niet geloot worden.`;

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
  const r = await getLoting(db, "cpl", schooljaar);
  const seed = seedVan(r, geenSeed(schooljaar));
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
 * Definitief maken (see maakRunDefinitief), then every pupil assigned by the system in batches: the
 * placed are assigned, the others keep their lottery number (PAR-01); a pupil already toegewezen
 * is left as it is. Once every assignment is made, a further call is a 409.
 */
export async function cplDefinitief(req: IngelogdVerzoek<typeof ROUTES.cplDefinitief>): Promise<CplStand> {
  const { schooljaar, config } = vereisLoting(req.actor, req.params.schooljaar);
  const cpl = `De Centrale Plaatsing en Loting van ${schooljaar}`;
  const { r, uitslagen } = await maakRunDefinitief({
    actor: req.actor,
    soort: "cpl",
    schooljaar,
    gebeurtenis: "cpl-definitief",
    teksten: {
      geenSeed: geenSeed(schooljaar),
      alDefinitief: `${cpl} is al definitief gemaakt. Een run kan niet opnieuw worden uitgevoerd.`,
      bezig: `${cpl} wordt al definitief gemaakt. Vernieuw de pagina.`,
    },
    trek: async (seed) => {
      const v = await voorbereiden(await leesGegevens(schooljaar), req.body.extraCapaciteit);
      const run = voerLotingUit("centrale-plaatsing", seed, v.invoer);
      const samenvatting = cplSamenvatting(run.uitkomst.uitslagen);
      return { run, samenvatting, extra: { extraCapaciteit: req.body.extraCapaciteit } };
    },
  });
  const scholen = await voScholen();
  await pasRunToe({
    soort: "cpl",
    r,
    teDoen: uitslagen,
    pas: (u) => wijsUitslagToe(u, scholen, config, schooljaar, r.commitment),
    teller: "toegewezen",
    foutBericht: "cpl assignment failed",
    log: (toegewezen, mislukt) =>
      logger.info("cpl applied", {
        schooljaar,
        toegewezen,
        al: uitslagen.length - toegewezen - mislukt,
        mislukt,
      }),
  });
  const g = await leesGegevens(schooljaar);
  return stand(
    schooljaar,
    await getLoting(getDb(), "cpl", schooljaar),
    await voorbereiden(g, r.extraCapaciteit ?? []),
  );
}

async function wijsUitslagToe(
  u: CentralePlaatsingUitslag,
  scholen: Scholen,
  config: RegionConfig,
  schooljaar: string,
  gepubliceerd: string,
): Promise<"gedaan" | "al"> {
  const doel = u.geplaatstOp;
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
  return "gedaan";
}

export async function cplRunDownload(req: IngelogdVerzoek<typeof ROUTES.cplRunDownload>) {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  return runDownload("cpl", schooljaar, "Er is nog geen definitieve run om te downloaden.");
}
