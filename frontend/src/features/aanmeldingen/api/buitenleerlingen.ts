import { ROUTES, type SchoolKeuzemogelijkheden } from "@elk/contracts";
import type { VoorkeurslijstVerzoek } from "../../../components/voorkeurslijst/voorkeurslijst-invoer";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";
import type { BuitenleerlingGegevens } from "../utils/buitenleerling-invoer";

/** REG-09 "Controleren": ELK checks in the background that the pupil is not known or registered anywhere (REG-04). */
export function buitenleerlingControleren(bsn: string, schooljaar: string) {
  return roepAan(ROUTES.buitenleerlingControleren, { body: { bsn, schooljaar } });
}

/**
 * REG-02 for a new buitenleerling: it has no leerlingId yet, so the choices follow the advice just
 * typed in. Without an advice there is nothing to load.
 */
export function useAdviesKeuzemogelijkheden(advies: string): ApiResultaat<SchoolKeuzemogelijkheden | null> {
  return useApi(`aanmelden:advies-keuzemogelijkheden:${advies}`, (signal) =>
    advies === ""
      ? Promise.resolve(null)
      : roepAan(ROUTES.adviesKeuzemogelijkheden, { query: { advies }, signal }),
  );
}

/** REG-08 / REG-09: the buitenleerling's data and list, made final at once; the answer carries its ELK-nummer (B…). */
export function buitenleerlingAanmelden(
  schooljaar: string,
  gegevens: BuitenleerlingGegevens,
  voorkeurslijst: VoorkeurslijstVerzoek,
) {
  return roepAan(ROUTES.buitenleerlingAanmelden, { body: { schooljaar, ...gegevens, ...voorkeurslijst } });
}

export type BuitenleerlingAangemeld = Awaited<ReturnType<typeof buitenleerlingAanmelden>>;
