import { type MijnGegevens, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

export function getMij(signal?: AbortSignal): Promise<MijnGegevens> {
  return roepAan(ROUTES.mij, signal ? { signal } : {});
}

/** `sessieSleutel` changes when another account signs in, so the shell reloads who "mij" is. */
export function useMij(sessieSleutel: string): ApiResultaat<MijnGegevens> {
  return useApi(`mij:${sessieSleutel}`, getMij);
}
