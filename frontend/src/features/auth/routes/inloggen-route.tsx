import { Heading1, HeadingGroup, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useRegio } from "../../../lib/regio";
import { navigate, RouterLink } from "../../../lib/router";
import { InloggenForm } from "../components/inloggen-form";

export function InloggenRoute() {
  const { t } = useI18n();
  const { productNaam, naam: regioNaam } = useRegio();
  useDocumentTitle(t("inloggen.titel"));
  return (
    <div className="elk-inlogpagina">
      <HeadingGroup className="elk-inlogpagina__kop">
        <Heading1>{productNaam}</Heading1>
        <Paragraph appearance="lead">{t("app.ondertitel", { regio: regioNaam })}</Paragraph>
      </HeadingGroup>
      <InloggenForm naIngelogd={() => navigate("/", { replace: true })} />
      {/* REG-07: parents of a pupil of the other Kernprocedure request their ouderinlog here. */}
      <Paragraph className="elk-inlogpagina__ouderinlog">
        {t("inloggen.ouderinlog.vraag")}{" "}
        <RouterLink href="/ouderinlog-aanvragen">{t("inloggen.ouderinlog.link")}</RouterLink>
      </Paragraph>
    </div>
  );
}
