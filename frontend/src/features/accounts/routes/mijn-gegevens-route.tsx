import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import "../accounts.css";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useMijnGegevens, useVerversMij } from "../../../lib/mijn-gegevens";
import { MijnGegevensForm } from "../components/mijn-gegevens-form";
import { Tweestapsverificatie } from "../components/tweestapsverificatie";
import { WachtwoordWijzigenForm } from "../components/wachtwoord-wijzigen-form";

/**
 * ACC-08: the user menu's "Mijn gegevens": own name, e-mail and password; for staff also the own
 * second factor (issue #10).
 */
export function MijnGegevensRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("accounts.mij.titel"));
  const { gebruiker, regio } = useMijnGegevens();
  const verversMij = useVerversMij();
  return (
    <>
      <Heading1>{t("accounts.mij.titel")}</Heading1>
      {gebruiker.meekijkendDoor ? (
        // ACC-07: the one looking along may not change the other's account (the API refuses it too).
        <Alert type="info">
          <Paragraph>{t("accounts.mij.meekijken", { naam: gebruiker.naam })}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>
            {t("accounts.mij.intro", {
              gebruikersnaam: gebruiker.gebruikersnaam,
              locatieNaam: gebruiker.locatieNaam,
            })}
          </Paragraph>
          <div className="elk-mijn-gegevens">
            <MijnGegevensForm gebruiker={gebruiker} naOpgeslagen={verversMij} />
            <WachtwoordWijzigenForm gebruikersnaam={gebruiker.gebruikersnaam} />
          </div>
          {gebruiker.organisatieType !== "ouder" && <Tweestapsverificatie product={regio.productNaam} />}
        </>
      )}
    </>
  );
}
