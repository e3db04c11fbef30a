import type { ComponentType } from "react";
import { AanmeldenRoute } from "../features/aanmeldingen/routes/aanmelden-route";
import { BuitenleerlingRoute } from "../features/aanmeldingen/routes/buitenleerling-route";
import { OverzichtRoute } from "../features/aanmeldingen/routes/overzicht-route";
import { ActiverenRoute } from "../features/accounts/routes/activeren-route";
import { GebruikersRoute } from "../features/accounts/routes/gebruikers-route";
import { MijnGegevensRoute } from "../features/accounts/routes/mijn-gegevens-route";
import { WachtwoordHerstellenRoute } from "../features/accounts/routes/wachtwoord-herstellen-route";
import { WachtwoordVergetenRoute } from "../features/accounts/routes/wachtwoord-vergeten-route";
import { PoAanmeldingSectie } from "../features/behandelen/components/po-aanmelding-sectie";
import { BesturenRoute } from "../features/besturen/routes/besturen-route";
import { ContactpersonenRoute } from "../features/contactpersonen/routes/contactpersonen-route";
import { GroepenRoute } from "../features/groepen/routes/groepen-route";
import { KalenderRoute } from "../features/kalender/routes/kalender-route";
import { OuderinlogAanvragenRoute } from "../features/leerlingen/routes/ouderinlog-aanvragen-route";
import { PoLeerlingenRoute } from "../features/leerlingen/routes/po-leerlingen-route";
import { LotingRoute } from "../features/loting/routes/loting-route";
import { HomeRoute } from "../features/nieuws/routes/home-route";
import { NieuwsBeheerRoute } from "../features/nieuws-beheer/routes/nieuws-beheer-route";
import { NotificatiesRoute } from "../features/notificaties/routes/notificaties-route";
import { OkidocRoute } from "../features/okidoc/routes/okidoc-route";
import { ConfigurerenRoute } from "../features/oso/routes/configureren-route";
import { OverdrachtenRoute } from "../features/oso/routes/overdrachten-route";
import { KindRoute } from "../features/ouderportaal/routes/kind-route";
import { OuderportaalRoute } from "../features/ouderportaal/routes/ouderportaal-route";
import { DoorstroomtoetsSectie } from "../features/overzichten/components/doorstroomtoets-sectie";
import { DoorstroomtoetsRoute } from "../features/overzichten/routes/doorstroomtoets-route";
import { StatusRoute } from "../features/overzichten/routes/status-route";
import { ScholenRoute } from "../features/scholen/routes/scholen-route";
import { SwvRoute } from "../features/swv/routes/swv-route";
import { ToewijzingRoute } from "../features/toewijzing/routes/toewijzing-route";
import { NietGevonden } from "./niet-gevonden";
import { normaliseerPad, type Scherm, schermVoorPad, type ZichtbareGroep } from "./screens";

/** Every built screen has a component; the type makes adding one to SCREENS without it a compile error. */
const SCHERM_COMPONENTEN: Record<Scherm, ComponentType> = {
  "leerlingen.overzicht": OverzichtRoute,
  "leerlingen.aanmelden": AanmeldenRoute,
  "leerlingen.po": PoLeerlingenRoute,
  "leerlingen.toewijzing": ToewijzingRoute,
  "leerlingen.cpl": LotingRoute,
  "leerlingen.swv": SwvRoute,
  "oso.monitoren": OverdrachtenRoute,
  "oso.configureren": ConfigurerenRoute,
  "overzichten.status": StatusRoute,
  "overzichten.doorstroomtoets": DoorstroomtoetsRoute,
  "instellingen.groepen": GroepenRoute,
  "instellingen.scholen": ScholenRoute,
  "instellingen.gebruikers": GebruikersRoute,
  "instellingen.besturen": BesturenRoute,
  "instellingen.nieuws": NieuwsBeheerRoute,
  "instellingen.kalender": KalenderRoute,
  "help.contactpersonen": ContactpersonenRoute,
};

/** PO-01 / PO-02 / PO-03: the pupil's oki-doc, under it the doorstroomtoets results and the registration. */
function OkidocPagina() {
  return (
    <OkidocRoute
      onder={(leerlingId, naWijziging) => (
        <>
          <DoorstroomtoetsSectie leerlingId={leerlingId} naOpslaan={naWijziging} />
          <PoAanmeldingSectie leerlingId={leerlingId} />
        </>
      )}
    />
  );
}

/** Pages reached from a screen, not from the menu: granted with that screen. */
const SCHERM_PAGINAS: Readonly<Record<string, { scherm: Scherm; component: ComponentType }>> = {
  // REG-08 / REG-09: "Buitenleerling aanmelden" belongs to the screen Aanmelden.
  "/leerlingen/buitenleerling": { scherm: "leerlingen.aanmelden", component: BuitenleerlingRoute },
  // PO-01: a pupil's oki-doc belongs to the screen Leerlingen groep 8.
  "/leerlingen/po/okidoc": { scherm: "leerlingen.po", component: OkidocPagina },
};

/** Pages for every signed-in user, outside the API's menu (ACC-08: the user menu). */
const EIGEN_PAGINAS: Readonly<Record<string, ComponentType>> = {
  "/mijn-gegevens": MijnGegevensRoute,
  // GRP-04 / PO-03: every notification, reached from Notificaties top right.
  "/notificaties": NotificatiesRoute,
};

/** Pages behind the links in mails, and the ouderinlog request: open without signing in (ACC-03, ACC-05, REG-07). */
const PUBLIEKE_PAGINAS: Readonly<Record<string, ComponentType>> = {
  "/activeren": ActiverenRoute,
  "/wachtwoord-vergeten": WachtwoordVergetenRoute,
  "/wachtwoord-herstellen": WachtwoordHerstellenRoute,
  "/ouderinlog-aanvragen": OuderinlogAanvragenRoute,
};

export function publiekeRoute(pad: string): ComponentType | undefined {
  const genormaliseerd = normaliseerPad(pad);
  return Object.hasOwn(PUBLIEKE_PAGINAS, genormaliseerd) ? PUBLIEKE_PAGINAS[genormaliseerd] : undefined;
}

/**
 * ACC-09 / PAR-01: a parent's pages — the ouderportaal as its home page, a page per child and the
 * user menu's Mijn gegevens. Anything else is "not found".
 */
export function OuderScherminhoud({ pad }: { pad: string }) {
  const genormaliseerd = normaliseerPad(pad);
  if (genormaliseerd === "/" || genormaliseerd === "/ouderportaal") return <OuderportaalRoute />;
  if (genormaliseerd.startsWith("/ouderportaal/kind/")) return <KindRoute />;
  if (genormaliseerd === "/mijn-gegevens") return <MijnGegevensRoute />;
  return <NietGevonden />;
}

/** The screen for a path; a screen the user's menu does not grant is "not found", as the API would refuse it. */
export function Scherminhoud({ pad, menu }: { pad: string; menu: readonly ZichtbareGroep[] }) {
  const genormaliseerd = normaliseerPad(pad);
  if (genormaliseerd === "/") return <HomeRoute />;
  const EigenPagina = Object.hasOwn(EIGEN_PAGINAS, genormaliseerd)
    ? EIGEN_PAGINAS[genormaliseerd]
    : undefined;
  if (EigenPagina) return <EigenPagina />;
  const pagina = Object.hasOwn(SCHERM_PAGINAS, genormaliseerd) ? SCHERM_PAGINAS[genormaliseerd] : undefined;
  const scherm = pagina?.scherm ?? schermVoorPad(genormaliseerd);
  const toegestaan =
    scherm !== undefined && menu.some((groep) => groep.items.some((item) => item.scherm === scherm));
  if (!scherm || !toegestaan) return <NietGevonden />;
  const Component = pagina?.component ?? SCHERM_COMPONENTEN[scherm];
  return <Component />;
}
