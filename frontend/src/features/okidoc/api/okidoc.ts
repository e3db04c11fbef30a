import {
  type OkidocBijlageRegel,
  type OkidocBijlageToevoegen,
  type OkidocOpslaan,
  type PoOkidoc,
  ROUTES,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** PO-01: the oki-doc of one of the school's own pupils, with its form and what may be done now. */
export function usePoOkidoc(leerlingId: string): ApiResultaat<PoOkidoc> {
  return useApi(`po-okidoc:${leerlingId}`, (signal) =>
    roepAan(ROUTES.poOkidoc, { params: { leerlingId }, signal }),
  );
}

/** On the version that was read (0 before the first save); an older one is refused (409). */
export function okidocOpslaan(leerlingId: string, body: OkidocOpslaan): Promise<PoOkidoc> {
  return roepAan(ROUTES.poOkidocOpslaan, { params: { leerlingId }, body });
}

/** Only a complete oki-doc is released (400 with a message per missing field); then read-only. */
export function okidocVrijgeven(leerlingId: string, version: number): Promise<PoOkidoc> {
  return roepAan(ROUTES.poOkidocVrijgeven, { params: { leerlingId }, body: { version } });
}

export function bijlageToevoegen(
  leerlingId: string,
  body: OkidocBijlageToevoegen,
): Promise<OkidocBijlageRegel> {
  return roepAan(ROUTES.poOkidocBijlageToevoegen, { params: { leerlingId }, body });
}

export function bijlageVerwijderen(leerlingId: string, bijlageId: string): Promise<{ verwijderd: true }> {
  return roepAan(ROUTES.poOkidocBijlageVerwijderen, { params: { leerlingId, bijlageId } });
}
