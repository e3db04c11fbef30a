import { ROUTES, type SchoolDetail, type SchoolWijzigen } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";
import type { AfdelingenVerzoek } from "../utils/afdelingen-invoer";
import type { SchoolToevoegenVerzoek } from "../utils/school-invoer";

/** One school with its afdelingen, its version and what this user may change (ORG-02, ORG-03). */
export function getSchool(schoolId: string, signal?: AbortSignal): Promise<SchoolDetail> {
  return roepAan(ROUTES.school, { params: { schoolId }, signal });
}

export function useSchool(schoolId: string): ApiResultaat<SchoolDetail> {
  return useApi(`school:${schoolId}`, (signal) => getSchool(schoolId, signal));
}

/** ORG-01: only the beheerorganisatie adds schools; BRIN + vestigingscode is unique (409). */
export function schoolToevoegen(gegevens: SchoolToevoegenVerzoek): Promise<SchoolDetail> {
  return roepAan(ROUTES.schoolToevoegen, { body: gegevens });
}

/** ORG-02: saved explicitly, on the version that was read; an older version is refused (409). */
export function schoolWijzigen(schoolId: string, gegevens: SchoolWijzigen): Promise<SchoolDetail> {
  return roepAan(ROUTES.schoolWijzigen, { params: { schoolId }, body: gegevens });
}

/** ORG-03: the whole list of afdelingen and capaciteitsgroepen; what is left out is removed. */
export function afdelingenWijzigen(schoolId: string, gegevens: AfdelingenVerzoek): Promise<SchoolDetail> {
  return roepAan(ROUTES.afdelingenWijzigen, { params: { schoolId }, body: gegevens });
}
