import { Heading1, Heading2 } from "@utrecht/component-library-react";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useMijnGegevens } from "../../../lib/mijn-gegevens";
import { useNieuws } from "../api/get-nieuws";
import { NieuwsLijstWeergave } from "../components/nieuws-lijst";

export function HomeRoute() {
  const { t } = useI18n();
  const { regio } = useMijnGegevens();
  const nieuws = useNieuws();
  useDocumentTitle("");
  return (
    <>
      <Heading1>{t("home.welkom", { productNaam: regio.productNaam })}</Heading1>
      <section aria-labelledby="home-nieuws">
        <Heading2 id="home-nieuws">{t("home.nieuws")}</Heading2>
        <ApiWeergave resultaat={nieuws}>{(data) => <NieuwsLijstWeergave items={data.items} />}</ApiWeergave>
      </section>
    </>
  );
}
