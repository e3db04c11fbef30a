import { type OsoKlaarzettenUitkomst, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";

/** Bulkacties > OSO-dossiers klaarzetten (OSO-03, OSO-04): for the selected placed pupils. */
export function osoKlaarzetten(
  aanmeldingIds: readonly string[],
  schooljaar: string,
): Promise<OsoKlaarzettenUitkomst> {
  return roepAan(ROUTES.osoKlaarzetten, { body: { aanmeldingIds, schooljaar } });
}
