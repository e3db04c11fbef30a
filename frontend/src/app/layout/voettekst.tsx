import type { MijnGegevens } from "@elk/contracts";
import { Link, PageFooter, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../../i18n/i18n";

export function Voettekst({ regio }: { regio: MijnGegevens["regio"] }) {
  const { t } = useI18n();
  const { helpdesk } = regio;
  return (
    <PageFooter className="elk-voet">
      <div className="elk-voet__inhoud">
        <Paragraph>
          {t("voet.beheer", { productNaam: regio.productNaam, beheerorganisatie: regio.beheerorganisatie })}
        </Paragraph>
        <Paragraph>
          {t("voet.helpdesk", { naam: helpdesk.naam })} ·{" "}
          <Link href={`mailto:${helpdesk.email}`} className="elk-voet__link">
            {helpdesk.email}
          </Link>{" "}
          · {helpdesk.telefoon}
        </Paragraph>
      </div>
    </PageFooter>
  );
}
