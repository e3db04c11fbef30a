import type { Aanmelding } from "../../api/overzicht";
import type { MenuKeuze } from "../leerling-menu";
import {
  BevestigActieDialoog,
  PlaatsenDialoog,
  TerugtrekkenDialoog,
  ToelichtingDialoog,
  ToewijzenDialoog,
} from "./beslis-dialogen";
import { BijlagenDialoog, HistorieDialoog, NotitiesDialoog } from "./toon-dialogen";
import type { DialoogAfloop } from "./use-beslissing";

/** The dialog behind a choice of the pupil's menu ("Er opent een dialoog…"). */
export function BehandelDialoog(props: { keuze: MenuKeuze; regel: Aanmelding } & DialoogAfloop) {
  const { keuze, ...rest } = props;
  switch (keuze) {
    case "aanvulling-vragen":
    case "niet-plaatsen":
    case "uitloten":
    case "tafelmiddag-aanvragen":
      return <ToelichtingDialoog actie={keuze} {...rest} />;
    case "plaatsen":
      return <PlaatsenDialoog {...rest} />;
    case "toewijzen-andere-school":
      return <ToewijzenDialoog {...rest} />;
    case "terugtrekken":
      return <TerugtrekkenDialoog {...rest} />;
    case "voorrang-toekennen":
    case "voorrang-afkeuren":
    case "tafelmiddag-annuleren":
    case "tafelmiddag-po-annuleren":
    case "advies-setting-aanpassen":
    case "doorbegeleiden":
      return <BevestigActieDialoog actie={keuze} {...rest} />;
    case "historie-tonen":
      return <HistorieDialoog {...rest} />;
    case "notities":
      return <NotitiesDialoog {...rest} />;
    case "bijlagen":
      return <BijlagenDialoog {...rest} />;
    // The oki-doc opens at once; the PO's and the region's actions are not in this menu.
    default:
      return null;
  }
}
