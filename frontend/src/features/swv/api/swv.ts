import {
  ROUTES,
  type SwvAanvraagDetail,
  type SwvAanvraagToevoegen,
  type SwvAanvraagWijzigen,
  type SwvAanvragenLijst,
  type SwvBijlageLink,
  type SwvBijlageToevoegen,
  type SwvKandidaten,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** Leerlingen > Aanvragen SWV: the school's requests in the chosen school year. */
export function useSwvAanvragen(schooljaar: string): ApiResultaat<SwvAanvragenLijst> {
  return useApi(`swvAanvragen:${schooljaar}`, (signal) =>
    roepAan(ROUTES.swvAanvragen, { query: { schooljaar }, signal }),
  );
}

/** The school's registered and placed pupils, to draft a request for. */
export function useSwvKandidaten(schooljaar: string): ApiResultaat<SwvKandidaten> {
  return useApi(`swvKandidaten:${schooljaar}`, (signal) =>
    roepAan(ROUTES.swvKandidaten, { query: { schooljaar }, signal }),
  );
}

/** One request with its bijlagen, history and the actions the user may take now. */
export function useSwvAanvraag(aanvraagId: string): ApiResultaat<SwvAanvraagDetail> {
  return useApi(`swvAanvraag:${aanvraagId}`, (signal) =>
    roepAan(ROUTES.swvAanvraag, { params: { aanvraagId }, signal }),
  );
}

export function swvAanvraagToevoegen(body: SwvAanvraagToevoegen): Promise<SwvAanvraagDetail> {
  return roepAan(ROUTES.swvAanvraagToevoegen, { body });
}

export function swvAanvraagWijzigen(
  aanvraagId: string,
  body: SwvAanvraagWijzigen,
): Promise<SwvAanvraagDetail> {
  return roepAan(ROUTES.swvAanvraagWijzigen, { params: { aanvraagId }, body });
}

export function swvBijlageToevoegen(
  aanvraagId: string,
  body: SwvBijlageToevoegen,
): Promise<SwvAanvraagDetail> {
  return roepAan(ROUTES.swvBijlageToevoegen, { params: { aanvraagId }, body });
}

export function swvBijlageVerwijderen(aanvraagId: string, bijlageId: string): Promise<SwvAanvraagDetail> {
  return roepAan(ROUTES.swvBijlageVerwijderen, { params: { aanvraagId, bijlageId } });
}

/** A link that works for five minutes; the browser then saves the file under its own name. */
export function swvBijlageLink(aanvraagId: string, bijlageId: string): Promise<SwvBijlageLink> {
  return roepAan(ROUTES.swvBijlage, { params: { aanvraagId, bijlageId } });
}

export function swvIndienen(aanvraagId: string, version: number): Promise<SwvAanvraagDetail> {
  return roepAan(ROUTES.swvIndienen, { params: { aanvraagId }, body: { version } });
}

export function swvTerugsturen(
  aanvraagId: string,
  version: number,
  opmerking: string,
): Promise<SwvAanvraagDetail> {
  return roepAan(ROUTES.swvTerugsturen, { params: { aanvraagId }, body: { version, opmerking } });
}

export function swvAccorderen(aanvraagId: string, version: number): Promise<SwvAanvraagDetail> {
  return roepAan(ROUTES.swvAccorderen, { params: { aanvraagId }, body: { version } });
}
