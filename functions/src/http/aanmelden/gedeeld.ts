import type { AanmeldingWeergave, Keuzemogelijkheden } from "@elk/contracts";
import {
  type AanmeldingRecord,
  getAanmelding,
  getLeerling,
  type LeerlingRecord,
  listAanmeldingenByLeerling,
  listAlleScholen,
  type Opgeslagen,
} from "@elk/data";
import {
  type Actor,
  type Advies,
  isBinnenAanmeldperiode,
  isLopend,
  type Kalender,
  type KeuzeSchool,
  mag,
  NietGevondenFout,
  OngeldigeInvoerFout,
  type School,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { kalenderVoor } from "./kalender";

/** PAR-01 / ACC-09: a parent reaches only its own child; any other child "does not exist". */
export async function kindVanOuder(
  actor: Actor,
  leerlingId: string | undefined,
): Promise<Opgeslagen<LeerlingRecord>> {
  const id = leerlingId ?? "";
  if (!mag(actor, "ouderportaal.gebruiken", getRegionConfig(), { leerlingId: id }))
    throw new NietGevondenFout("Het kind");
  const leerling = await getLeerling(getDb(), id);
  if (!leerling) throw new NietGevondenFout("Het kind");
  return leerling;
}

/** The pupil's registration of this school year that is still in play (a concept or a final one). */
export async function lopendeAanmelding(
  leerlingId: string,
  schooljaar: string,
): Promise<Opgeslagen<AanmeldingRecord> | undefined> {
  const lijst = await listAanmeldingenByLeerling(getDb(), leerlingId);
  const lopend = lijst.find(
    (a) => a.schooljaar === schooljaar && (a.status === "concept" || isLopend(a.status)),
  );
  return lopend ? getAanmelding(getDb(), lopend.id) : undefined;
}

/** PAR-01: what the parents see — the registration in play, or else the last one they undid. */
export async function zichtbareAanmelding(
  leerlingId: string,
  schooljaar: string,
): Promise<AanmeldingRecord | undefined> {
  const lijst = (await listAanmeldingenByLeerling(getDb(), leerlingId)).filter(
    (a) => a.schooljaar === schooljaar,
  );
  const lopend = lijst.find((a) => a.status === "concept" || isLopend(a.status));
  if (lopend) return lopend;
  return lijst
    .filter((a) => a.ingetrokkenOp ?? a.besluit?.op)
    .sort((a, b) =>
      (b.ingetrokkenOp ?? b.besluit?.op ?? "").localeCompare(a.ingetrokkenOp ?? a.besluit?.op ?? ""),
    )[0];
}

export type VoScholen = Map<string, School & KeuzeSchool>;

/** The region's VO schools, read now (a Query of every school with its afdelingen). */
export async function voScholen(): Promise<VoScholen> {
  const scholen = await listAlleScholen(getDb());
  return new Map(scholen.filter((s) => s.schooltype === "VO").map((s) => [s.id, s as School & KeuzeSchool]));
}

/** How long the registration path may reuse the VO schools it read (issue #11). */
export const VO_SCHOLEN_TTL_MS = 60_000;

/**
 * A value read at most once per `ttlMs` per key (and per container), shared by the calls that
 * overlap; a failed read is not kept. `vergeet()` drops everything, so the next call reads again.
 */
export function kortBewaard<T>(
  lees: (sleutel: string) => Promise<T>,
  ttlMs: number,
  klok: () => number = Date.now,
): { haal(sleutel: string): Promise<T>; vergeet(): void } {
  const bewaard = new Map<string, { tot: number; waarde: Promise<T> }>();
  return {
    haal(sleutel) {
      const nu = klok();
      const hit = bewaard.get(sleutel);
      if (hit && nu < hit.tot) return hit.waarde;
      const waarde = lees(sleutel);
      const item = { tot: nu + ttlMs, waarde };
      bewaard.set(sleutel, item);
      waarde.catch(() => {
        if (bewaard.get(sleutel) === item) bewaard.delete(sleutel);
      });
      return waarde;
    },
    vergeet() {
      bewaard.clear();
    },
  };
}

const voScholenBewaard = kortBewaard(() => voScholen(), VO_SCHOLEN_TTL_MS);

/**
 * The region's VO schools for the registration path (the ouderportaal's voorkeurslijst, keuze-
 * mogelijkheden and making a registration final): read at most once a minute per Lambda container
 * instead of twice per registration (issue #11). Names, afdelingen and the advice they admit
 * change seldom and are checked again when the school handles the registration; placing and the
 * lottery read the schools fresh with `voScholen()` (capacity). A school changed in this process
 * (functions/src/http/organisatie) drops the copy at once (`vergeetVoScholen`); another Lambda
 * container sees the change within VO_SCHOLEN_TTL_MS. Kept per table, so one process serving
 * several regions never mixes them.
 */
export function voScholenVoorAanmelden(): Promise<VoScholen> {
  return voScholenBewaard.haal(getDb().tableName);
}

/** A school was added or changed in this process: the registration path reads the schools again. */
export function vergeetVoScholen(): void {
  voScholenBewaard.vergeet();
}

/** REG-10: registering, changing and undoing only inside the region's registration period. */
export async function vereisAanmeldperiode(schooljaar: string, nu: Date): Promise<Kalender> {
  const kalender = await kalenderVoor(schooljaar);
  if (!isBinnenAanmeldperiode(kalender, nu)) {
    const datum = (d: string) =>
      new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${d}T12:00:00Z`),
      );
    throw new OngeldigeInvoerFout(
      `Aanmelden kan alleen in de aanmeldperiode: van ${datum(kalender.aanmeldperiode.van)} tot en met ${datum(kalender.aanmeldperiode.tot)}.`,
    );
  }
  return kalender;
}

export function vereisAdvies(leerling: LeerlingRecord): Advies {
  if (!leerling.advies) {
    throw new OngeldigeInvoerFout(
      "Er is nog geen basisschooladvies voor deze leerling. Neem contact op met de basisschool.",
    );
  }
  return leerling.advies;
}

/** REG-02 / REG-03: the VO schools with only the afdelingen that admit the advice, and their voorrang. */
export async function keuzemogelijkhedenVoor(advies: Advies): Promise<Keuzemogelijkheden> {
  const scholen = [...(await voScholenVoorAanmelden()).values()];
  return {
    scholen: scholen
      .map((s) => ({
        id: s.id,
        naam: s.naam,
        plaats: s.adres.plaats,
        // REG-03: only where the region has voorrang at all (Amsterdam abolished it).
        voorrangsregels: getRegionConfig().voorkeurslijst.voorrang ? [...(s.voorrangsregels ?? [])] : [],
        afdelingen: s.afdelingen
          .filter((a) => a.adviezen.includes(advies))
          .map((a) => ({ id: a.id, naam: a.naam })),
      }))
      .filter((s) => s.afdelingen.length > 0),
  };
}

/** The registration as screens show it: with the names of the chosen schools and afdelingen. */
export function weergave(
  a: AanmeldingRecord & { version?: number },
  scholen: ReadonlyMap<string, School>,
): AanmeldingWeergave {
  return {
    id: a.id,
    status: a.status,
    keuzes: a.keuzes.map((k) => {
      const school = scholen.get(k.schoolId);
      return {
        ...k,
        schoolNaam: school?.naam ?? "",
        afdelingNaam: school?.afdelingen.find((af) => af.id === k.afdelingId)?.naam ?? "",
      };
    }),
    eersteKeuze: a.eersteKeuze,
    aangemeldOp: a.aangemeldOp,
    ingetrokkenOp: a.ingetrokkenOp,
    via: a.via,
    version: a.version ?? 1,
  };
}
