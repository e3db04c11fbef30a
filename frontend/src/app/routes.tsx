import type { ComponentType } from "react";
import { ContactpersonenRoute } from "../features/contactpersonen/routes/contactpersonen-route";
import { HomeRoute } from "../features/nieuws/routes/home-route";
import { ScholenRoute } from "../features/scholen/routes/scholen-route";
import { NietGevonden } from "./niet-gevonden";
import { normaliseerPad, type Scherm, schermVoorPad, type ZichtbareGroep } from "./screens";

/** Every built screen has a component; the type makes adding one to SCREENS without it a compile error. */
const SCHERM_COMPONENTEN: Record<Scherm, ComponentType> = {
  "instellingen.scholen": ScholenRoute,
  "help.contactpersonen": ContactpersonenRoute,
};

/** The screen for a path; a screen the user's menu does not grant is "not found", as the API would refuse it. */
export function Scherminhoud({ pad, menu }: { pad: string; menu: readonly ZichtbareGroep[] }) {
  const genormaliseerd = normaliseerPad(pad);
  if (genormaliseerd === "/") return <HomeRoute />;
  const scherm = schermVoorPad(genormaliseerd);
  const toegestaan =
    scherm !== undefined && menu.some((groep) => groep.items.some((item) => item.scherm === scherm));
  if (!scherm || !toegestaan) return <NietGevonden />;
  const Component = SCHERM_COMPONENTEN[scherm];
  return <Component />;
}
