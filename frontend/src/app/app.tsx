import { Paragraph } from "@utrecht/component-library-react";
import { useEffect, useMemo } from "react";
import { ApiFout } from "../components/api-fout";
import { useMij } from "../features/auth/api/get-mij";
import { InloggenRoute } from "../features/auth/routes/inloggen-route";
import { I18nProvider, useI18n } from "../i18n/i18n";
import { INLOGPAD } from "../lib/api-client";
import { MijnGegevensContext } from "../lib/mijn-gegevens";
import { navigate, usePathname } from "../lib/router";
import { SchooljaarProvider } from "../lib/schooljaar";
import { huidigeSessie } from "../lib/session";
import { AppLayout } from "./layout/app-layout";
import { PubliekeLayout } from "./layout/publieke-layout";
import { Scherminhoud } from "./routes";
import { normaliseerPad, zichtbaarMenu } from "./screens";

export function App() {
  return (
    <I18nProvider>
      <Wissel />
    </I18nProvider>
  );
}

/** Signed out: only the sign-in page. Signed in: the shell, which first loads who the user is. */
function Wissel() {
  const pad = normaliseerPad(usePathname());
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
  return <IngelogdeApp pad={pad} sessieSleutel={sessie.accessToken} />;
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
      <SchooljaarProvider
        key={mij.data.gebruiker.id}
        schooljaren={mij.data.schooljaren}
        standaardSchooljaar={mij.data.standaardSchooljaar}
      >
        <AppLayout mij={mij.data} menu={menu}>
          <Scherminhoud pad={pad} menu={menu} />
        </AppLayout>
      </SchooljaarProvider>
    </MijnGegevensContext.Provider>
  );
}
