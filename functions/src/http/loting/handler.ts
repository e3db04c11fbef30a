import { httpRouter } from "../../middleware/router";
import {
  cplDefinitief,
  cplReservelijsten,
  cplRunDownload,
  cplSeedVastleggen,
  cplStand,
  cplVoorbeeld,
} from "./cpl";
import {
  decentraleDefinitief,
  decentraleRunDownload,
  decentraleSeedVastleggen,
  decentraleStand,
  decentraleVoorbeeld,
} from "./decentraal";

/** LOT-02 / LOT-03: the decentral lottery and the Centrale Plaatsing en Loting, run by the region administrator. */
export const handler = httpRouter({
  cplStand,
  cplSeedVastleggen,
  cplVoorbeeld,
  cplDefinitief,
  cplRunDownload,
  cplReservelijsten,
  decentraleStand,
  decentraleSeedVastleggen,
  decentraleVoorbeeld,
  decentraleDefinitief,
  decentraleRunDownload,
});
