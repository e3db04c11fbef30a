import type { AanmeldingDetail, OverzichtRegel } from "@elk/contracts";
import {
  type AanmeldingRecord,
  type Groep,
  getAanmelding,
  type Opgeslagen,
  type OsoDossierRecord,
} from "@elk/data";
import {
  type Actor,
  behandelendeSchool,
  behandelOpties,
  isBuitenleerlingNummer,
  type KeuzeSchool,
  magAanmeldingZien,
  NietGevondenFout,
  okidocBeschikbaar,
  okidocNietBeschikbaarReden,
  type RegionConfig,
  type School,
  statusLabel,
  voorrangMarkering,
} from "@elk/domain";
import { getDb } from "../../config/db";

export type Scholen = ReadonlyMap<string, School & KeuzeSchool>;

/** A registration the actor may see — or "not found", the same answer as for one that does not exist. */
export async function zichtbareAanmelding(
  actor: Actor,
  id: string,
  config: RegionConfig,
): Promise<Opgeslagen<AanmeldingRecord>> {
  const a = await getAanmelding(getDb(), id);
  // The primary school has its own view (PO-03), which holds back a placement until the announcement.
  if (!a || actor.organisatieType === "po" || !magAanmeldingZien(actor, a, config)) {
    throw new NietGevondenFout("De aanmelding");
  }
  return a;
}

/** The afdeling the overview names: the assigned one after TRT-08, else the 1st choice's. */
export function afdelingVan(a: AanmeldingRecord, scholen: Scholen): { id: string; naam: string } {
  if (a.toewijzing) return { id: a.toewijzing.afdelingId, naam: a.toewijzing.afdelingNaam };
  const eerste = a.keuzes[0];
  const naam = scholen
    .get(eerste?.schoolId ?? "")
    ?.afdelingen.find((af) => af.id === eerste?.afdelingId)?.naam;
  return { id: eerste?.afdelingId ?? "", naam: naam ?? "" };
}

/** OSO-03: the OSO column by registration — blue when ready, green when the LAS fetched this version. */
export type OsoStanden = ReadonlyMap<string, "klaargezet" | "opgehaald">;

export function osoStanden(
  dossiers: readonly Pick<OsoDossierRecord, "aanmeldingId" | "status">[],
): OsoStanden {
  const standen = new Map<string, "klaargezet" | "opgehaald">();
  for (const d of dossiers) {
    if (d.status === "klaar") standen.set(d.aanmeldingId, "klaargezet");
    if (d.status === "opgehaald") standen.set(d.aanmeldingId, "opgehaald");
  }
  return standen;
}

/** One row of the overview (TRT-01) with the menu this actor has for it now. */
export function regelVoor(
  actor: Actor,
  a: Opgeslagen<AanmeldingRecord>,
  scholen: Scholen,
  groepen: readonly Groep[],
  config: RegionConfig,
  oso: OsoStanden = new Map(),
): OverzichtRegel {
  const reden = okidocNietBeschikbaarReden(a);
  return {
    id: a.id,
    leerlingId: a.leerlingId,
    elkNummer: a.elkNummer,
    leerlingNaam: a.leerlingNaam,
    advies: a.advies,
    aangemeldOp: a.aangemeldOp ?? "",
    eersteKeuzeAfdeling: afdelingVan(a, scholen).naam,
    via: a.via,
    buitenleerling: isBuitenleerlingNummer(a.elkNummer),
    voorrang: a.toewijzing ? undefined : a.eersteKeuze.voorrang?.soort,
    status: a.status,
    statusLabel: statusLabel(a),
    voorrangMarkering: voorrangMarkering(a),
    okidoc: { beschikbaar: okidocBeschikbaar(a), ...(reden ? { reden } : {}) },
    tafelmiddag: { vo: Boolean(a.tafelmiddag?.vo), po: Boolean(a.tafelmiddag?.po) },
    oso: oso.get(a.id) ?? "geen",
    groepen: groepen.filter((g) => g.aanmeldingIds.includes(a.id)).map((g) => ({ id: g.id, naam: g.naam })),
    geplaatstOp: a.status === "geplaatst" ? a.plaatsing?.afdelingNaam : undefined,
    toegewezenDoor: a.toewijzing?.vanSchoolNaam,
    opties: behandelOpties(actor, a, config),
    version: a.version,
  };
}

/** The registration as the dialogs need it (Plaatsen, Toewijzen andere school, the regiobeheerder). */
export function detailVoor(
  actor: Actor,
  a: Opgeslagen<AanmeldingRecord>,
  scholen: Scholen,
  groepen: readonly Groep[],
  config: RegionConfig,
): AanmeldingDetail {
  const school = scholen.get(behandelendeSchool(a) ?? "");
  return {
    ...regelVoor(actor, a, scholen, groepen, config),
    schooljaar: a.schooljaar,
    schoolNaam: school?.naam ?? "",
    keuzes: a.keuzes.map((k) => {
      const s = scholen.get(k.schoolId);
      return {
        schoolId: k.schoolId,
        schoolNaam: s?.naam ?? "",
        afdelingId: k.afdelingId,
        afdelingNaam: s?.afdelingen.find((af) => af.id === k.afdelingId)?.naam ?? "",
      };
    }),
    plaatsbareAfdelingen: (school?.afdelingen ?? [])
      .filter((af) => af.adviezen.includes(a.advies))
      .map((af) => ({ id: af.id, naam: af.naam })),
    besluit: a.besluit
      ? { toelichting: a.besluit.toelichting, op: a.besluit.op, door: a.besluit.door.naam }
      : undefined,
    plaatsingToelichting: a.plaatsing?.toelichting,
    tafelmiddagToelichting: { vo: a.tafelmiddag?.vo?.toelichting, po: a.tafelmiddag?.po?.toelichting },
    aanvullingVraag: undefined,
  };
}
