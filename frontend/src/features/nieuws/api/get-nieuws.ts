import { type NieuwsLijst, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

export function getNieuws(signal?: AbortSignal): Promise<NieuwsLijst> {
  return roepAan(ROUTES.nieuws, signal ? { signal } : {});
}

export function useNieuws(): ApiResultaat<NieuwsLijst> {
  return useApi("nieuws", getNieuws);
}
