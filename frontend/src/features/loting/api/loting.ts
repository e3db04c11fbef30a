import {
  type CplStand,
  type CplUitkomst,
  type DecentraleStand,
  type DecentraleUitkomst,
  type ExtraCapaciteit,
  ROUTES,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** LOT-03: the state of the Centrale Plaatsing en Loting of a school year. */
export function useCplStand(schooljaar: string): ApiResultaat<CplStand> {
  return useApi(`cpl:${schooljaar}`, (signal) =>
    roepAan(ROUTES.cplStand, { params: { schooljaar }, signal }),
  );
}

export function legSeedVast(schooljaar: string): Promise<CplStand> {
  return roepAan(ROUTES.cplSeedVastleggen, { params: { schooljaar } });
}

export function maakVoorbeeld(schooljaar: string, extraCapaciteit: ExtraCapaciteit[]): Promise<CplUitkomst> {
  return roepAan(ROUTES.cplVoorbeeld, { params: { schooljaar }, body: { extraCapaciteit } });
}

export function maakDefinitief(schooljaar: string, extraCapaciteit: ExtraCapaciteit[]): Promise<CplStand> {
  return roepAan(ROUTES.cplDefinitief, { params: { schooljaar }, body: { extraCapaciteit } });
}

/** A central draw's second round (Amsterdam): queued; the state follows it. */
export function verwerkReservelijsten(schooljaar: string): Promise<CplStand> {
  return roepAan(ROUTES.cplReservelijsten, { params: { schooljaar } });
}

/** A stored run (CP&L or decentral) as a file, by a short-lived link. */
async function downloadVan(
  route: typeof ROUTES.cplRunDownload | typeof ROUTES.decentraleRunDownload,
  schooljaar: string,
): Promise<{ ok: true }> {
  const link = await roepAan(route, { params: { schooljaar } });
  const a = document.createElement("a");
  a.href = link.url;
  a.download = link.bestandsnaam;
  document.body.append(a);
  a.click();
  a.remove();
  return { ok: true };
}

/** LOT-02: the state of the decentral lottery of a school year. */
export function useDecentraleStand(schooljaar: string): ApiResultaat<DecentraleStand> {
  return useApi(`decentraal:${schooljaar}`, (signal) =>
    roepAan(ROUTES.decentraleStand, { params: { schooljaar }, signal }),
  );
}

export function legDecentraleSeedVast(schooljaar: string): Promise<DecentraleStand> {
  return roepAan(ROUTES.decentraleSeedVastleggen, { params: { schooljaar } });
}

export function maakDecentraalVoorbeeld(schooljaar: string): Promise<DecentraleUitkomst> {
  return roepAan(ROUTES.decentraleVoorbeeld, { params: { schooljaar } });
}

export function maakDecentraalDefinitief(schooljaar: string): Promise<DecentraleStand> {
  return roepAan(ROUTES.decentraleDefinitief, { params: { schooljaar } });
}

/** The stored run as a file, by a short-lived link. */
export function downloadRun(schooljaar: string): Promise<{ ok: true }> {
  return downloadVan(ROUTES.cplRunDownload, schooljaar);
}

/** The stored decentral run as a file, by a short-lived link. */
export function downloadDecentraleRun(schooljaar: string): Promise<{ ok: true }> {
  return downloadVan(ROUTES.decentraleRunDownload, schooljaar);
}

/** The calls of each run, as the page's shared parts use them (useRunActies). */
export const cplRun = {
  seed: legSeedVast,
  voorbeeld: maakVoorbeeld,
  definitief: maakDefinitief,
  download: downloadRun,
};
export const decentraleRun = {
  seed: legDecentraleSeedVast,
  voorbeeld: maakDecentraalVoorbeeld,
  definitief: maakDecentraalDefinitief,
  download: downloadDecentraleRun,
};
