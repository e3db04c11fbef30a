import {
  type ImportResultaat,
  type LeerlingenLijst,
  type LeerlingRegel,
  type LeerlingToevoegen,
  type LeerlingWijzigen,
  type OuderinlogVerstuurd,
  ROUTES,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** PO-01: the pupils of the own primary school in a school year (HOME-04); the BSN only masked. */
export function usePoLeerlingen(schooljaar: string): ApiResultaat<LeerlingenLijst> {
  return useApi(`po-leerlingen:${schooljaar}`, (signal) =>
    roepAan(ROUTES.poLeerlingen, { query: { schooljaar }, signal }),
  );
}

/** A new pupil gets its ELK-nummer; a BSN already known this school year is refused (409). */
export function leerlingToevoegen(gegevens: LeerlingToevoegen): Promise<LeerlingRegel> {
  return roepAan(ROUTES.poLeerlingToevoegen, { body: gegevens });
}

/** On the version that was read; an older version is refused (409). */
export function leerlingWijzigen(leerlingId: string, gegevens: LeerlingWijzigen): Promise<LeerlingRegel> {
  return roepAan(ROUTES.poLeerlingWijzigen, { params: { leerlingId }, body: gegevens });
}

/** All or nothing: one wrong row and nothing is stored; the messages are keyed "rij N.veld". */
export function leerlingenImporteren(schooljaar: string, csv: string): Promise<ImportResultaat> {
  return roepAan(ROUTES.poLeerlingenImporteren, { body: { schooljaar, csv } });
}

/** ACC-09: the parents' login to the ouderportaal, by e-mail; never for a PrO pupil (REG-01). */
export function ouderinlogVersturen(leerlingId: string): Promise<OuderinlogVerstuurd> {
  return roepAan(ROUTES.ouderinlogVersturen, { params: { leerlingId } });
}
