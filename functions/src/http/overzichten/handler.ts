import { httpRouter } from "../../middleware/router";
import { metOsoWijziging } from "../../oso/wachtrij";
import { doorstroomtoetsOverzicht } from "./doorstroomtoets";
import { exportDownload, exportStand, exportStarten } from "./exports";
import { poDoorstroomtoets, poDoorstroomtoetsOpslaan } from "./po-doorstroomtoets";
import { statusOverzicht } from "./status";

export const handler = httpRouter({
  exportStarten,
  exportStand,
  exportDownload,
  doorstroomtoetsOverzicht,
  statusOverzicht,
  poDoorstroomtoets,
  poDoorstroomtoetsOpslaan: metOsoWijziging(poDoorstroomtoetsOpslaan),
});
