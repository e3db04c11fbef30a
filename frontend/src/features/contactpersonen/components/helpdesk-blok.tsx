import type { Contactpersonen } from "@elk/contracts";
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Link,
  Paragraph,
} from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";

/** REGION-03: whom to ask, in order — locatiebeheerder, contactpersoon ELK, then the region's helpdesk. */
export function HelpdeskBlok({ helpdesk }: { helpdesk: Contactpersonen["helpdesk"] }) {
  const { t } = useI18n();
  return (
    <section className="elk-helpdesk" aria-labelledby="helpdesk-titel">
      <Heading2 id="helpdesk-titel">{t("contact.vragen")}</Heading2>
      <Paragraph>{t("contact.vragenTekst")}</Paragraph>
      <DataList className="elk-gegevens">
        <DataListItem>
          <DataListKey>{t("contact.helpdeskEmail")}</DataListKey>
          <DataListValue>
            <Link href={`mailto:${helpdesk.email}`}>{helpdesk.email}</Link>{" "}
            <span className="elk-helpdesk__naam">({helpdesk.naam})</span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("contact.helpdeskTelefoon")}</DataListKey>
          <DataListValue>{helpdesk.telefoon}</DataListValue>
        </DataListItem>
        {helpdesk.url && (
          <DataListItem>
            <DataListKey>{t("contact.helpdeskWebsite")}</DataListKey>
            <DataListValue>
              <Link href={helpdesk.url} external rel="noopener noreferrer" target="_blank">
                {helpdesk.url.replace(/^https?:\/\//, "")}
              </Link>
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
    </section>
  );
}
