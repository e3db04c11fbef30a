import { Alert, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../../i18n/i18n";

/** ACC-07: while a contactpersoon ELK looks along as another user, that is never out of sight. */
export function MeekijkBanner({ naam, door }: { naam: string; door: string }) {
  const { t } = useI18n();
  return (
    <Alert type="warning" role="status" className="elk-meekijken">
      <Paragraph>{t("kop.meekijken", { naam, door })}</Paragraph>
    </Alert>
  );
}
