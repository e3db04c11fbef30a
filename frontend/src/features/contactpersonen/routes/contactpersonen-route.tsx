import { Heading1 } from "@utrecht/component-library-react";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useContactpersonen } from "../api/get-contactpersonen";
import { ContactpersonenTabel } from "../components/contactpersonen-tabel";
import { HelpdeskBlok } from "../components/helpdesk-blok";

export function ContactpersonenRoute() {
  const { t } = useI18n();
  const contactpersonen = useContactpersonen();
  useDocumentTitle(t("contact.titel"));
  return (
    <>
      <Heading1>{t("contact.titel")}</Heading1>
      <ApiWeergave resultaat={contactpersonen}>
        {(data) => (
          <>
            <HelpdeskBlok helpdesk={data.helpdesk} />
            <ContactpersonenTabel perBestuur={data.perBestuur} />
          </>
        )}
      </ApiWeergave>
    </>
  );
}
