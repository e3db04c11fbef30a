import {
  type AanmeldingDetail,
  type BehandelActie,
  type BehandelOpdracht,
  type Historie,
  ROUTES,
} from "@elk/contracts";
import { isLopend } from "@elk/domain";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** The registration with its choices and the afdelingen it may be placed at (Plaatsen, Toewijzen). */
export function useAanmeldingDetail(aanmeldingId: string): ApiResultaat<AanmeldingDetail> {
  return useApi(`aanmelding:${aanmeldingId}`, (signal) =>
    roepAan(ROUTES.aanmelding, { params: { aanmeldingId }, signal }),
  );
}

/**
 * A decision on the pupil (TRT-03 … TRT-10, TRT-13). Doorbegeleiden is Amsterdam's and has no
 * body of its own in the contract: the server's answer, whatever it is, is shown.
 */
export type Opdracht = ReturnType<(typeof BehandelOpdracht)["parse"]> | { actie: "doorbegeleiden" };

/** `version` is the version the user saw: a change by someone else meanwhile is a 409. */
export type BehandelVerzoek = Opdracht & { version: number };

export function behandelen(aanmeldingId: string, verzoek: BehandelVerzoek): Promise<AanmeldingDetail> {
  return roepAan(ROUTES.behandelen, { params: { aanmeldingId }, body: verzoek });
}

/** TRT-11: Toon historie. */
export function useHistorie(aanmeldingId: string): ApiResultaat<Historie> {
  return useApi(`historie:${aanmeldingId}`, (signal) =>
    roepAan(ROUTES.historie, { params: { aanmeldingId }, signal }),
  );
}

/**
 * After the decision the pupil is no longer in this school's overview: it no longer holds the
 * pupil (TRT-06, TRT-09 — the domain's isLopend), or it moved to another school (TRT-08).
 */
export function verlaatOverzicht(actie: BehandelActie, na: Pick<AanmeldingDetail, "status">): boolean {
  return actie === "toewijzen-andere-school" || !isLopend(na.status);
}
