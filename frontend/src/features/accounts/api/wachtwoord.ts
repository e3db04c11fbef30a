import { ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";

/** ACC-05: resolves with the API's message, the same whether the username exists or not. */
export async function wachtwoordVergeten(gebruikersnaam: string): Promise<string> {
  const antwoord = await roepAan(ROUTES.wachtwoordVergeten, { body: { gebruikersnaam } });
  return antwoord.bericht;
}

export function wachtwoordHerstellenControleren(token: string, signal?: AbortSignal) {
  return roepAan(ROUTES.wachtwoordHerstellenControleren, { body: { token }, signal });
}

export async function wachtwoordHerstellen(invoer: {
  token: string;
  wachtwoord: string;
  wachtwoordHerhaald: string;
}) {
  return roepAan(ROUTES.wachtwoordHerstellen, { body: invoer });
}
