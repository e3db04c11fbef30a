import { type NieuwsBeheerItem, type NieuwsBeheerLijst, type NieuwsToevoegen, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** HOME-01: every news item, concepts and withdrawn ones too, newest first (beheerorganisatie). */
export function getNieuwsBeheer(signal?: AbortSignal): Promise<NieuwsBeheerLijst> {
  return roepAan(ROUTES.nieuwsBeheer, signal ? { signal } : {});
}

export function useNieuwsBeheer(): ApiResultaat<NieuwsBeheerLijst> {
  return useApi("nieuws-beheer", getNieuwsBeheer);
}

/** A new item stays a concept, off the home page, until it is published. */
export function nieuwsToevoegen(gegevens: NieuwsToevoegen): Promise<NieuwsBeheerItem> {
  return roepAan(ROUTES.nieuwsToevoegen, { body: gegevens });
}

/** On everyone's home page from now on; a withdrawn item can be published again. */
export function nieuwsPubliceren(nieuwsId: string): Promise<NieuwsBeheerItem> {
  return roepAan(ROUTES.nieuwsPubliceren, { params: { nieuwsId } });
}

/** Off the home page; it stays in this list. */
export function nieuwsIntrekken(nieuwsId: string): Promise<NieuwsBeheerItem> {
  return roepAan(ROUTES.nieuwsIntrekken, { params: { nieuwsId } });
}
