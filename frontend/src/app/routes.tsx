import { Paragraph } from "@utrecht/component-library-react";
import { type ComponentType, lazy, Suspense } from "react";
import { useI18n } from "../i18n/i18n";
import { NietGevonden } from "./niet-gevonden";
import { normaliseerPad, type Scherm, schermVoorPad, type ZichtbareGroep } from "./screens";

/**
 * Issue #11: every screen is its own chunk, loaded when it is first shown (React.lazy), so the
 * sign-in page and the shell come first and a parent or a PO user never downloads the VO
 * school's screens. While a screen's code loads, a polite status says so ("Bezig met laden…",
 * as the shell's own loading state), in place of the screen.
 */
function SchermLaden() {
  const { t } = useI18n();
  return (
    <Paragraph role="status" className="elk-laden">
      {t("app.laden")}
    </Paragraph>
  );
}

/** A screen loaded on first use, with its own Suspense boundary: it renders wherever a component did. */
function scherm<P extends object, M>(
  laad: () => Promise<M>,
  kies: (m: M) => ComponentType<P>,
): ComponentType<P> {
  const Lui = lazy(async () => ({ default: kies(await laad()) }));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, never during a render
  return function LuiScherm(props: P) {
    return (
      <Suspense fallback={<SchermLaden />}>
        <Lui {...props} />
      </Suspense>
    );
  };
}

const AanmeldenRoute = scherm(
  () => import("../features/aanmeldingen/routes/aanmelden-route"),
  (m) => m.AanmeldenRoute,
);
const BuitenleerlingRoute = scherm(
  () => import("../features/aanmeldingen/routes/buitenleerling-route"),
  (m) => m.BuitenleerlingRoute,
);
const OverzichtRoute = scherm(
  () => import("../features/aanmeldingen/routes/overzicht-route"),
  (m) => m.OverzichtRoute,
);
const ActiverenRoute = scherm(
  () => import("../features/accounts/routes/activeren-route"),
  (m) => m.ActiverenRoute,
);
const GebruikersRoute = scherm(
  () => import("../features/accounts/routes/gebruikers-route"),
  (m) => m.GebruikersRoute,
);
const MijnGegevensRoute = scherm(
  () => import("../features/accounts/routes/mijn-gegevens-route"),
  (m) => m.MijnGegevensRoute,
);
const WachtwoordHerstellenRoute = scherm(
  () => import("../features/accounts/routes/wachtwoord-herstellen-route"),
  (m) => m.WachtwoordHerstellenRoute,
);
const WachtwoordVergetenRoute = scherm(
  () => import("../features/accounts/routes/wachtwoord-vergeten-route"),
  (m) => m.WachtwoordVergetenRoute,
);
const AuditRoute = scherm(
  () => import("../features/audit/routes/audit-route"),
  (m) => m.AuditRoute,
);
const BesturenRoute = scherm(
  () => import("../features/besturen/routes/besturen-route"),
  (m) => m.BesturenRoute,
);
const ContactpersonenRoute = scherm(
  () => import("../features/contactpersonen/routes/contactpersonen-route"),
  (m) => m.ContactpersonenRoute,
);
const GegevensRoute = scherm(
  () => import("../features/ouderportaal/routes/gegevens-route"),
  (m) => m.GegevensRoute,
);
const GroepenRoute = scherm(
  () => import("../features/groepen/routes/groepen-route"),
  (m) => m.GroepenRoute,
);
const KalenderRoute = scherm(
  () => import("../features/kalender/routes/kalender-route"),
  (m) => m.KalenderRoute,
);
const OuderinlogAanvragenRoute = scherm(
  () => import("../features/leerlingen/routes/ouderinlog-aanvragen-route"),
  (m) => m.OuderinlogAanvragenRoute,
);
const PoLeerlingenRoute = scherm(
  () => import("../features/leerlingen/routes/po-leerlingen-route"),
  (m) => m.PoLeerlingenRoute,
);
const LotingRoute = scherm(
  () => import("../features/loting/routes/loting-route"),
  (m) => m.LotingRoute,
);
const HomeRoute = scherm(
  () => import("../features/nieuws/routes/home-route"),
  (m) => m.HomeRoute,
);
const NieuwsBeheerRoute = scherm(
  () => import("../features/nieuws-beheer/routes/nieuws-beheer-route"),
  (m) => m.NieuwsBeheerRoute,
);
const NotificatiesRoute = scherm(
  () => import("../features/notificaties/routes/notificaties-route"),
  (m) => m.NotificatiesRoute,
);
const ConfigurerenRoute = scherm(
  () => import("../features/oso/routes/configureren-route"),
  (m) => m.ConfigurerenRoute,
);
const OverdrachtenRoute = scherm(
  () => import("../features/oso/routes/overdrachten-route"),
  (m) => m.OverdrachtenRoute,
);
const KindRoute = scherm(
  () => import("../features/ouderportaal/routes/kind-route"),
  (m) => m.KindRoute,
);
const OuderportaalRoute = scherm(
  () => import("../features/ouderportaal/routes/ouderportaal-route"),
  (m) => m.OuderportaalRoute,
);
const DoorstroomtoetsRoute = scherm(
  () => import("../features/overzichten/routes/doorstroomtoets-route"),
  (m) => m.DoorstroomtoetsRoute,
);
const StatusRoute = scherm(
  () => import("../features/overzichten/routes/status-route"),
  (m) => m.StatusRoute,
);
const ScholenRoute = scherm(
  () => import("../features/scholen/routes/scholen-route"),
  (m) => m.ScholenRoute,
);
const SwvRoute = scherm(
  () => import("../features/swv/routes/swv-route"),
  (m) => m.SwvRoute,
);
const ToewijzingRoute = scherm(
  () => import("../features/toewijzing/routes/toewijzing-route"),
  (m) => m.ToewijzingRoute,
);

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
  "instellingen.audit": AuditRoute,
  "help.contactpersonen": ContactpersonenRoute,
};

const OkidocRoute = scherm(
  () => import("../features/okidoc/routes/okidoc-route"),
  (m) => m.OkidocRoute,
);
const DoorstroomtoetsSectie = scherm(
  () => import("../features/overzichten/components/doorstroomtoets-sectie"),
  (m) => m.DoorstroomtoetsSectie,
);
const PoAanmeldingSectie = scherm(
  () => import("../features/behandelen/components/po-aanmelding-sectie"),
  (m) => m.PoAanmeldingSectie,
);

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
  if (genormaliseerd.startsWith("/ouderportaal/gegevens/")) return <GegevensRoute />;
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
