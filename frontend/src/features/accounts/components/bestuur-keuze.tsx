import { Keuzeveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useBesturen } from "../api/besturen";

/** The beheerorganisatie adds a user of a bestuur: the list of besturen loads only then. */
export function BestuurKeuze(props: { waarde: string; onWijzig: (waarde: string) => void; fout?: string }) {
  const { t } = useI18n();
  const besturen = useBesturen();
  const keuzes =
    besturen.status === "klaar"
      ? [...besturen.data.items]
          .sort((a, b) => a.naam.localeCompare(b.naam, "nl"))
          .map((bestuur) => ({ waarde: bestuur.id, label: bestuur.naam }))
      : [];
  return (
    <Keuzeveld
      naam="bestuurId"
      label={t("accounts.veld.bestuur")}
      waarde={props.waarde}
      onWijzig={props.onWijzig}
      keuzes={keuzes}
      leeg={besturen.status === "laden" ? t("app.laden") : t("accounts.veld.bestuurKiezen")}
      verplicht
      fout={props.fout}
    />
  );
}
