import {
  type GebruikerRegel,
  type GebruikersLijst,
  type GebruikerToevoegen,
  type GebruikerWijzigen,
  ROUTES,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** Instellingen > Gebruikers: the accounts within reach and what may be handed out (ACC-01, ACC-06). */
export function getGebruikers(signal?: AbortSignal): Promise<GebruikersLijst> {
  return roepAan(ROUTES.gebruikers, signal ? { signal } : {});
}

export function useGebruikers(): ApiResultaat<GebruikersLijst> {
  return useApi("gebruikers", getGebruikers);
}

/** ACC-01 ACC-02: the new user receives "Inloggegevens instellen". */
export function gebruikerToevoegen(gegevens: GebruikerToevoegen): Promise<GebruikerRegel> {
  return roepAan(ROUTES.gebruikerToevoegen, { body: gegevens });
}

export function gebruikerWijzigen(gebruikerId: string, gegevens: GebruikerWijzigen): Promise<GebruikerRegel> {
  return roepAan(ROUTES.gebruikerWijzigen, { params: { gebruikerId }, body: gegevens });
}

/** ACC-05: a new "Inloggegevens instellen"; resolves with the API's message for the user. */
export async function gebruikerResetten(gebruikerId: string): Promise<string> {
  const antwoord = await roepAan(ROUTES.gebruikerResetten, { params: { gebruikerId } });
  return antwoord.bericht;
}

/** Issue #10: blocking ends every session of the account at once; resolves with the account as it is now. */
export function gebruikerBlokkeren(gebruikerId: string): Promise<GebruikerRegel> {
  return roepAan(ROUTES.gebruikerBlokkeren, { params: { gebruikerId } });
}

/** Issue #10: the account may sign in again (an account never set up gets a new invitation). */
export function gebruikerDeblokkeren(gebruikerId: string): Promise<GebruikerRegel> {
  return roepAan(ROUTES.gebruikerDeblokkeren, { params: { gebruikerId } });
}
