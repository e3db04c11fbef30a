import { Heading1, Paragraph } from "@utrecht/component-library-react";
import "../ouderportaal.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useKinderen } from "../api/kinderen";
import { KindKaart } from "../components/kind-kaart";
import { PeriodeMelding } from "../components/periode-melding";

/** PAR-01 / ACC-09: the parent's home page — its own children, each with the state of its registration. */
export function OuderportaalRoute() {
  const { t } = useI18n();
  const kinderen = useKinderen();
  useDocumentTitle(t("ouderportaal.titel"));
  return (
    <>
      <Heading1>{t("ouderportaal.titel")}</Heading1>
      <Paragraph>{t("ouderportaal.intro")}</Paragraph>
      <ApiWeergave resultaat={kinderen}>
        {(data) => (
          <>
            <PeriodeMelding kinderen={data} />
            {data.items.length === 0 ? (
              <Paragraph className="elk-leeg">{t("ouderportaal.geenKinderen")}</Paragraph>
            ) : (
              <ul className="elk-kinderen" aria-label={t("ouderportaal.kinderen")}>
                {data.items.map((kind) => (
                  <li key={kind.leerlingId}>
                    <KindKaart kind={kind} binnenAanmeldperiode={data.binnenAanmeldperiode} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </ApiWeergave>
    </>
  );
}
