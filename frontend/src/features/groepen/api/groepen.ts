import {
  type GroepenLijst,
  type GroepKandidaten,
  type GroepRegel,
  type GroepToevoegen,
  type GroepWijzigen,
  ROUTES,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** Instellingen > Groepen (GRP-01): the groups of the own school in the chosen school year. */
export function useGroepen(schooljaar: string): ApiResultaat<GroepenLijst> {
  return useApi(`groepen:${schooljaar}`, (signal) =>
    roepAan(ROUTES.groepen, { query: { schooljaar }, signal }),
  );
}

/** The school's registered and placed pupils and its users, to choose from. */
export function useGroepKandidaten(schooljaar: string): ApiResultaat<GroepKandidaten> {
  return useApi(`groepKandidaten:${schooljaar}`, (signal) =>
    roepAan(ROUTES.groepKandidaten, { query: { schooljaar }, signal }),
  );
}

export function groepToevoegen(gegevens: GroepToevoegen): Promise<GroepRegel> {
  return roepAan(ROUTES.groepToevoegen, { body: gegevens });
}

export function groepWijzigen(groepId: string, gegevens: GroepWijzigen): Promise<GroepRegel> {
  return roepAan(ROUTES.groepWijzigen, { params: { groepId }, body: gegevens });
}

export function groepVerwijderen(groepId: string): Promise<{ verwijderd: true }> {
  return roepAan(ROUTES.groepVerwijderen, { params: { groepId } });
}
