import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import "../accounts.css";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { RouterLink } from "../../../lib/router";
import { wachtwoordHerstellenControleren } from "../api/wachtwoord";
import { LinkControle } from "../components/link-controle";
import { WachtwoordHerstellenForm } from "../components/wachtwoord-herstellen-form";
import { tokenUitHash } from "../utils/link-token";

/** /wachtwoord-herstellen#<token>: the link from the "Wachtwoord vergeten" mail (ACC-05). */
export function WachtwoordHerstellenRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("accounts.herstellen.titel"));
  const [token] = useState(() => tokenUitHash(window.location.hash));
  const [opgeslagen, setOpgeslagen] = useState(false);
  return (
    <div className="elk-accountpagina">
      <Heading1>{t("accounts.herstellen.titel")}</Heading1>
      {opgeslagen ? (
        <>
          <Alert type="ok" role="status">
            <Paragraph>{t("accounts.herstellen.gelukt")}</Paragraph>
          </Alert>
          <Paragraph>
            <RouterLink href="/inloggen">{t("accounts.naarInloggen")}</RouterLink>
          </Paragraph>
        </>
      ) : (
        <LinkControle
          token={token}
          controleer={wachtwoordHerstellenControleren}
          verder={<RouterLink href="/wachtwoord-vergeten">{t("accounts.herstellen.nieuweLink")}</RouterLink>}
        >
          {(gegevens) => (
            <WachtwoordHerstellenForm
              token={token}
              gegevens={gegevens}
              naOpgeslagen={() => setOpgeslagen(true)}
            />
          )}
        </LinkControle>
      )}
    </div>
  );
}
