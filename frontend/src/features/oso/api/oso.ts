import {
  type AanleverpuntenLijst,
  type AanleverpuntOpslaan,
  type AanleverpuntRegel,
  type AanleverpuntUitkomst,
  type OsoDossierRegel,
  type OsoOverdrachten,
  ROUTES,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** OSO > Configureren (OSO-01): the locations of the contactpersoon's bestuur with their aanleverpunt. */
export function useAanleverpunten(): ApiResultaat<AanleverpuntenLijst> {
  return useApi("osoAanleverpunten", (signal) => roepAan(ROUTES.osoAanleverpunten, { signal }));
}

/** One location as the server has it now: after a refused action the row shows what is stored. */
export async function haalAanleverpunt(schoolId: string): Promise<AanleverpuntRegel | undefined> {
  const lijst = await roepAan(ROUTES.osoAanleverpunten);
  return lijst.items.find((regel) => regel.schoolId === schoolId);
}

/** "OSO opslaan": number and, when typed, a new key; an absent key keeps the stored one. */
export function aanleverpuntOpslaan(schoolId: string, body: AanleverpuntOpslaan): Promise<AanleverpuntRegel> {
  return roepAan(ROUTES.osoAanleverpuntOpslaan, { params: { schoolId }, body });
}

/** "Registreer aanleverpunt" with the OSO Traffic Center; sets OSO and Mag overdr. aanvragen. */
export function aanleverpuntRegistreren(schoolId: string): Promise<AanleverpuntUitkomst> {
  return roepAan(ROUTES.osoAanleverpuntRegistreren, { params: { schoolId } });
}

/** "Ping": does the Traffic Center know the registered aanleverpunt? */
export function aanleverpuntPingen(schoolId: string): Promise<AanleverpuntUitkomst> {
  return roepAan(ROUTES.osoAanleverpuntPing, { params: { schoolId } });
}

/** OSO > Overdrachten (OSO-05): the school's dossiers in the chosen school year. */
export function useOverdrachten(schooljaar: string): ApiResultaat<OsoOverdrachten> {
  return useApi(`osoOverdrachten:${schooljaar}`, (signal) =>
    roepAan(ROUTES.osoOverdrachten, { query: { schooljaar }, signal }),
  );
}

/** "Opnieuw proberen": a failed dossier is built again. */
export function dossierOpnieuw(aanmeldingId: string): Promise<OsoDossierRegel> {
  return roepAan(ROUTES.osoOpnieuw, { params: { aanmeldingId } });
}
