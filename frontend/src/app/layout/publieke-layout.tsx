import { PageFooter, PageHeader, Paragraph, SkipLink } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { TaalWissel } from "../../components/taal-wissel";
import { useI18n } from "../../i18n/i18n";
import { useRegio } from "../../lib/regio";
import { Logo } from "./logo";

/** Chrome for pages shown before sign-in (and while the signed-in shell loads). */
export function PubliekeLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { productNaam, naam: regioNaam } = useRegio();
  return (
    <div className="elk-pagina">
      <div className="elk-skiplink">
        <SkipLink href="#inhoud">{t("app.naarInhoud")}</SkipLink>
      </div>
      <PageHeader className="elk-kop">
        <div className="elk-kop__inhoud">
          <Logo productNaam={productNaam} ondertitel={t("app.ondertitel", { regio: regioNaam })} />
          <div className="elk-servicemenu">
            <TaalWissel />
          </div>
        </div>
      </PageHeader>
      <main id="inhoud" tabIndex={-1} className="elk-inhoud">
        {children}
      </main>
      <PageFooter className="elk-voet">
        <div className="elk-voet__inhoud">
          <Paragraph>{productNaam}</Paragraph>
        </div>
      </PageFooter>
    </div>
  );
}
