import { type AanmeldingWeergave, type Keuzemogelijkheden, type Kinderen, ROUTES } from "@elk/contracts";
import type { VoorkeurslijstVerzoek } from "../../../components/voorkeurslijst/voorkeurslijst-invoer";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** PAR-01: the parent's children with their registration, the period and the announcement. */
export function getKinderen(signal?: AbortSignal): Promise<Kinderen> {
  return roepAan(ROUTES.mijnKinderen, signal ? { signal } : {});
}

export function useKinderen(): ApiResultaat<Kinderen> {
  return useApi("ouder:kinderen", getKinderen);
}

/** REG-02 / REG-03: the schools and afdelingen that admit the child's advice, with their voorrang. */
export function useKeuzemogelijkheden(leerlingId: string): ApiResultaat<Keuzemogelijkheden> {
  return useApi(`ouder:keuzemogelijkheden:${leerlingId}`, (signal) =>
    roepAan(ROUTES.keuzemogelijkheden, { params: { leerlingId }, signal }),
  );
}

/** The list as a concept: it may be incomplete; a final registration is not changed here. */
export function voorkeurslijstOpslaan(
  leerlingId: string,
  voorkeurslijst: VoorkeurslijstVerzoek,
): Promise<AanmeldingWeergave> {
  return roepAan(ROUTES.voorkeurslijstOpslaan, { params: { leerlingId }, body: voorkeurslijst });
}

/** REG-02 / REG-04: the saved, complete list made final; the parents receive it by e-mail. */
export function definitiefAanmelden(leerlingId: string): Promise<AanmeldingWeergave> {
  return roepAan(ROUTES.definitiefAanmelden, { params: { leerlingId } });
}

/** REG-06: undo the registration during the registration period. */
export function aanmeldingIntrekken(leerlingId: string): Promise<AanmeldingWeergave> {
  return roepAan(ROUTES.aanmeldingIntrekken, { params: { leerlingId } });
}
