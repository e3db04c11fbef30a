import type { ComponentType } from "react";
import { ActiverenRoute } from "../features/accounts/routes/activeren-route";
import { GebruikersRoute } from "../features/accounts/routes/gebruikers-route";
import { MijnGegevensRoute } from "../features/accounts/routes/mijn-gegevens-route";
import { WachtwoordHerstellenRoute } from "../features/accounts/routes/wachtwoord-herstellen-route";
import { WachtwoordVergetenRoute } from "../features/accounts/routes/wachtwoord-vergeten-route";
import { BesturenRoute } from "../features/besturen/routes/besturen-route";
import { ContactpersonenRoute } from "../features/contactpersonen/routes/contactpersonen-route";
import { HomeRoute } from "../features/nieuws/routes/home-route";
import { NieuwsBeheerRoute } from "../features/nieuws-beheer/routes/nieuws-beheer-route";
import { ScholenRoute } from "../features/scholen/routes/scholen-route";
import { NietGevonden } from "./niet-gevonden";
import { normaliseerPad, type Scherm, schermVoorPad, type ZichtbareGroep } from "./screens";

/** Every built screen has a component; the type makes adding one to SCREENS without it a compile error. */
const SCHERM_COMPONENTEN: Record<Scherm, ComponentType> = {
  "instellingen.scholen": ScholenRoute,
  "instellingen.gebruikers": GebruikersRoute,
  "instellingen.besturen": BesturenRoute,
  "instellingen.nieuws": NieuwsBeheerRoute,
  "help.contactpersonen": ContactpersonenRoute,
};

/** Pages for every signed-in user, outside the API's menu (ACC-08: the user menu). */
const EIGEN_PAGINAS: Readonly<Record<string, ComponentType>> = {
  "/mijn-gegevens": MijnGegevensRoute,
};

/** Pages behind the links in mails: open without signing in (ACC-03, ACC-05). */
const PUBLIEKE_PAGINAS: Readonly<Record<string, ComponentType>> = {
  "/activeren": ActiverenRoute,
  "/wachtwoord-vergeten": WachtwoordVergetenRoute,
  "/wachtwoord-herstellen": WachtwoordHerstellenRoute,
};

export function publiekeRoute(pad: string): ComponentType | undefined {
  const genormaliseerd = normaliseerPad(pad);
  return Object.hasOwn(PUBLIEKE_PAGINAS, genormaliseerd) ? PUBLIEKE_PAGINAS[genormaliseerd] : undefined;
}

/** The screen for a path; a screen the user's menu does not grant is "not found", as the API would refuse it. */
export function Scherminhoud({ pad, menu }: { pad: string; menu: readonly ZichtbareGroep[] }) {
  const genormaliseerd = normaliseerPad(pad);
  if (genormaliseerd === "/") return <HomeRoute />;
  const EigenPagina = Object.hasOwn(EIGEN_PAGINAS, genormaliseerd)
    ? EIGEN_PAGINAS[genormaliseerd]
    : undefined;
  if (EigenPagina) return <EigenPagina />;
  const scherm = schermVoorPad(genormaliseerd);
  const toegestaan =
    scherm !== undefined && menu.some((groep) => groep.items.some((item) => item.scherm === scherm));
  if (!scherm || !toegestaan) return <NietGevonden />;
  const Component = SCHERM_COMPONENTEN[scherm];
  return <Component />;
}
