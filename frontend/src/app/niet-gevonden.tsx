import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../i18n/i18n";
import { useDocumentTitle } from "../lib/document-title";
import { RouterLink } from "../lib/router";

export function NietGevonden() {
  const { t } = useI18n();
  useDocumentTitle(t("nietGevonden.titel"));
  return (
    <>
      <Heading1>{t("nietGevonden.titel")}</Heading1>
      <Paragraph>{t("nietGevonden.tekst")}</Paragraph>
      <Paragraph>
        <RouterLink href="/">{t("app.naarHome")}</RouterLink>
      </Paragraph>
    </>
  );
}
