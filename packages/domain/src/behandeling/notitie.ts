import type { Door } from "../aanmelding/leerling";
import { OngeldigeInvoerFout } from "../fouten/domein-fout";

/**
 * TRT-12: a note on a pupil. Visible to the writer's organisation and — unless "Alleen voor eigen
 * organisatie" is ticked — to the other side: a VO school's note to the pupil's primary school,
 * a primary school's note to the VO school handling the registration (PO-03).
 */
export interface Notitie {
  id: string;
  leerlingId: string;
  op: string;
  tekst: string;
  door: Door;
  organisatieId: string;
  organisatieNaam: string;
  alleenEigenOrganisatie: boolean;
  gedeeldMet: string[];
}

export function nieuweNotitie(p: {
  id: string;
  leerlingId: string;
  nu: Date;
  tekst: string;
  door: Door;
  organisatie: { id: string; naam: string };
  alleenEigenOrganisatie: boolean;
  /** The organisation on the other side: the primary school, or the handling VO school. */
  andereKant?: string;
}): Notitie {
  const tekst = p.tekst.trim();
  if (!tekst) throw new OngeldigeInvoerFout("Vul een notitie in.", { tekst: "Vul een notitie in." });
  if (tekst.length > 4000) {
    throw new OngeldigeInvoerFout("Een notitie is hoogstens 4000 tekens.", {
      tekst: "Hoogstens 4000 tekens.",
    });
  }
  return {
    id: p.id,
    leerlingId: p.leerlingId,
    op: p.nu.toISOString(),
    tekst,
    door: p.door,
    organisatieId: p.organisatie.id,
    organisatieNaam: p.organisatie.naam,
    alleenEigenOrganisatie: p.alleenEigenOrganisatie,
    gedeeldMet: !p.alleenEigenOrganisatie && p.andereKant ? [p.andereKant] : [],
  };
}

export function magNotitieZien(
  notitie: Pick<Notitie, "organisatieId" | "gedeeldMet">,
  organisatieId: string,
): boolean {
  return notitie.organisatieId === organisatieId || notitie.gedeeldMet.includes(organisatieId);
}
