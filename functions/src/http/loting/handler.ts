import { httpRouter } from "../../middleware/router";
import { cplDefinitief, cplRunDownload, cplSeedVastleggen, cplStand, cplVoorbeeld } from "./cpl";

/** LOT-03: the Centrale Plaatsing en Loting, run by the region administrator. */
export const handler = httpRouter({
  cplStand,
  cplSeedVastleggen,
  cplVoorbeeld,
  cplDefinitief,
  cplRunDownload,
});
