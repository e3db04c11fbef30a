import type { PoOkidoc } from "@elk/contracts";
import { api, inloggen } from "./api";

/**
 * Every required field of the oki-doc's form, filled in (PO-01). The doorstroomtoets levels are not
 * the form's: they are entered through /doorstroomtoets (PO-02).
 */
export const OKIDOC_COMPLEET = {
  onderbouwing: "Noor werkt zelfstandig en haalt goede resultaten; het havo-advies past bij haar.",
  contactGewenst: "nee",
  doublureOfVersnelling: "nee",
  werkhouding: "Geconcentreerd, plant haar werk goed.",
  sociaalEmotioneel: "Stevig in haar schoenen, helpt klasgenoten.",
  extraOndersteuning: "nee",
  oudersIngezien: "ja",
};

/** The oki-doc of a pupil of the primary school, as its pages call it. */
export const okidocPad = (leerlingId: string) => `/api/po/leerlingen/${leerlingId}/okidoc`;

/**
 * The PO user of OBS De Populier fills in the pupil's oki-doc completely and releases it (PO-01):
 * the released oki-doc.
 */
export async function okidocVrijgegeven(
  leerlingId: string,
  velden: Record<string, string> = OKIDOC_COMPLEET,
): Promise<PoOkidoc> {
  const token = await inloggen("po-gebruiker");
  const huidig = await api<PoOkidoc>("GET", okidocPad(leerlingId), { token });
  if (huidig.status !== 200) throw new Error(`oki-doc: ${huidig.status} ${JSON.stringify(huidig.body)}`);
  const opgeslagen = await api<PoOkidoc>("PUT", okidocPad(leerlingId), {
    token,
    body: { velden, version: huidig.body.version },
  });
  if (opgeslagen.status !== 200)
    throw new Error(`oki-doc not saved: ${opgeslagen.status} ${JSON.stringify(opgeslagen.body)}`);
  const vrij = await api<PoOkidoc>("POST", `${okidocPad(leerlingId)}/vrijgeven`, {
    token,
    body: { version: opgeslagen.body.version },
  });
  if (vrij.status !== 200)
    throw new Error(`oki-doc not released: ${vrij.status} ${JSON.stringify(vrij.body)}`);
  return vrij.body;
}
