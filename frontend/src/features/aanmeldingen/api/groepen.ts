import { ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";

/** Bulkacties > Toevoegen aan groep: the selected pupils join the group (GRP-01; idempotent). */
export function groepLeerlingenToevoegen(groepId: string, aanmeldingIds: readonly string[]) {
  return roepAan(ROUTES.groepLeerlingenToevoegen, { params: { groepId }, body: { aanmeldingIds } });
}
