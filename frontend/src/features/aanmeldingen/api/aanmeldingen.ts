import { type AanmeldingWeergave, ROUTES, type SchoolKeuzemogelijkheden } from "@elk/contracts";
import type { VoorkeurslijstVerzoek } from "../../../components/voorkeurslijst/voorkeurslijst-invoer";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** The pupil "Controleren" found (REG-09). */
export type GevondenLeerling = Awaited<ReturnType<typeof elkNummerControleren>>;

/** REG-09 "Controleren": the ELK-nummer, leading zeros optional, names the pupil. */
export function elkNummerControleren(elkNummer: string, schooljaar: string, signal?: AbortSignal) {
  return roepAan(ROUTES.elkNummerControleren, { body: { elkNummer, schooljaar }, signal });
}

/** REG-09 / REG-02: what the voorkeurslijst may hold for this pupil's advice, and the own school. */
export function useSchoolKeuzemogelijkheden(leerlingId: string): ApiResultaat<SchoolKeuzemogelijkheden> {
  return useApi(`aanmelden:keuzemogelijkheden:${leerlingId}`, (signal) =>
    roepAan(ROUTES.schoolKeuzemogelijkheden, { params: { leerlingId }, signal }),
  );
}

/** REG-09: the registration made final by the school, with itself as voorkeur 1. */
export function schoolAanmelding(
  leerlingId: string,
  schooljaar: string,
  voorkeurslijst: VoorkeurslijstVerzoek,
): Promise<AanmeldingWeergave> {
  return roepAan(ROUTES.schoolAanmelding, { body: { leerlingId, schooljaar, ...voorkeurslijst } });
}
