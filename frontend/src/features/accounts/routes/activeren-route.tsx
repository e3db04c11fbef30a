import { Heading1 } from "@utrecht/component-library-react";
import { useState } from "react";
import "../accounts.css";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { navigate } from "../../../lib/router";
import { activerenControleren } from "../api/activeren";
import { ActiverenForm } from "../components/activeren-form";
import { LinkControle } from "../components/link-controle";
import { tokenUitHash } from "../utils/link-token";

/** /activeren#<token>: the link from the mail "Inloggegevens instellen" (ACC-02, ACC-03). */
export function ActiverenRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("accounts.activeren.titel"));
  const [token] = useState(() => tokenUitHash(window.location.hash));
  return (
    <div className="elk-accountpagina">
      <Heading1>{t("accounts.activeren.titel")}</Heading1>
      <LinkControle token={token} controleer={activerenControleren}>
        {(gegevens) => (
          <ActiverenForm
            token={token}
            gegevens={gegevens}
            naIngesteld={() => navigate("/", { replace: true })}
          />
        )}
      </LinkControle>
    </div>
  );
}
