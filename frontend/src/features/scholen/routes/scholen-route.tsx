import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useScholen } from "../api/get-scholen";
import { ScholenTabel } from "../components/scholen-tabel";
import { SchoolGegevens } from "../components/school-gegevens";

export function ScholenRoute() {
  const { t } = useI18n();
  const scholen = useScholen();
  const [enige] = scholen.status === "klaar" && scholen.data.items.length === 1 ? scholen.data.items : [];
  const titel = enige ? t("scholen.titelEen") : t("scholen.titel");
  useDocumentTitle(titel);
  return (
    <>
      <Heading1>{titel}</Heading1>
      <Paragraph>{enige ? t("scholen.introEen") : t("scholen.intro")}</Paragraph>
      <ApiWeergave resultaat={scholen}>
        {(data) => {
          if (enige) return <SchoolGegevens school={enige} />;
          if (data.items.length === 0) return <Paragraph className="elk-leeg">{t("scholen.geen")}</Paragraph>;
          return <ScholenTabel scholen={data.items} />;
        }}
      </ApiWeergave>
      <Paragraph appearance="small">{t("scholen.ontbreekt")}</Paragraph>
    </>
  );
}
