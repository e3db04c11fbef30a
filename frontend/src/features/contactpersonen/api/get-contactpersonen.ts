import { type Contactpersonen, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

export function getContactpersonen(signal?: AbortSignal): Promise<Contactpersonen> {
  return roepAan(ROUTES.contactpersonen, signal ? { signal } : {});
}

export function useContactpersonen(): ApiResultaat<Contactpersonen> {
  return useApi("contactpersonen", getContactpersonen);
}
