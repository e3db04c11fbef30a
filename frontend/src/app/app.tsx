import { Paragraph } from "@utrecht/component-library-react";
import { useEffect, useMemo } from "react";
import { ApiFout } from "../components/api-fout";
import { useMij } from "../features/auth/api/get-mij";
import { InloggenRoute } from "../features/auth/routes/inloggen-route";
import { I18nProvider, useI18n } from "../i18n/i18n";
import { INLOGPAD } from "../lib/api-client";
import { MijnGegevensContext, VerversMijContext } from "../lib/mijn-gegevens";
import { navigate, usePathname } from "../lib/router";
import { SchooljaarProvider } from "../lib/schooljaar";
import { huidigeMeekijkSessie, huidigeSessie } from "../lib/session";
import { AppLayout } from "./layout/app-layout";
import { OuderLayout } from "./layout/ouder-layout";
import { PubliekeLayout } from "./layout/publieke-layout";
import { OuderScherminhoud, publiekeRoute, Scherminhoud } from "./routes";
import { normaliseerPad, zichtbaarMenu } from "./screens";

export function App() {
  return (
    <I18nProvider>
      <Wissel />
    </I18nProvider>
  );
}

/**
 * Signed out: the sign-in page and the public pages behind the links in mails. Signed in: the
 * shell, which first loads who the user is. Public pages never ask the API who is signed in.
 */
function Wissel() {
  const pad = normaliseerPad(usePathname());
  const Publiek = publiekeRoute(pad);
  if (Publiek) {
    return (
      <PubliekeLayout>
        <Publiek />
      </PubliekeLayout>
    );
  }
  const sessie = huidigeSessie();
  if (pad === INLOGPAD) {
    if (sessie) return <Doorsturen naar="/" />;
    return (
      <PubliekeLayout>
        <InloggenRoute />
      </PubliekeLayout>
    );
  }
  if (!sessie) return <Doorsturen naar={INLOGPAD} />;
  // Starting or ending meekijken changes who "mij" is without a new sign-in (ACC-07).
  const sessieSleutel = `${sessie.accessToken}|${huidigeMeekijkSessie() ?? ""}`;
  return <IngelogdeApp pad={pad} sessieSleutel={sessieSleutel} />;
}

function Doorsturen({ naar }: { naar: string }) {
  useEffect(() => navigate(naar, { replace: true }), [naar]);
  return null;
}

function IngelogdeApp({ pad, sessieSleutel }: { pad: string; sessieSleutel: string }) {
  const { t } = useI18n();
  const mij = useMij(sessieSleutel);
  const gegevens = mij.status === "klaar" ? mij.data : undefined;
  const menu = useMemo(() => (gegevens ? zichtbaarMenu(gegevens.menu) : []), [gegevens]);

  if (mij.status === "laden") {
    return (
      <PubliekeLayout>
        <Paragraph role="status" className="elk-laden">
          {t("app.laden")}
        </Paragraph>
      </PubliekeLayout>
    );
  }
  if (mij.status === "fout") {
    return (
      <PubliekeLayout>
        <ApiFout fout={mij.fout} opnieuw={mij.opnieuw} />
      </PubliekeLayout>
    );
  }
  return (
    <MijnGegevensContext.Provider value={mij.data}>
      <VerversMijContext.Provider value={mij.ververs}>
        <SchooljaarProvider
          key={mij.data.gebruiker.id}
          schooljaren={mij.data.schooljaren}
          standaardSchooljaar={mij.data.standaardSchooljaar}
        >
          {/* ACC-09: a parent's login opens the ouderportaal, not the schools' menus. */}
          {mij.data.gebruiker.organisatieType === "ouder" ? (
            <OuderLayout mij={mij.data}>
              <OuderScherminhoud pad={pad} />
            </OuderLayout>
          ) : (
            <AppLayout mij={mij.data} menu={menu}>
              <Scherminhoud pad={pad} menu={menu} />
            </AppLayout>
          )}
        </SchooljaarProvider>
      </VerversMijContext.Provider>
    </MijnGegevensContext.Provider>
  );
}
