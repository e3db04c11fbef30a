import { foutTekst } from "../../../components/api-fout";
import { Keuzeveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useBesturen } from "../api/besturen";

/** ORG-01: the beheerorganisatie puts a school under one of the region's besturen. */
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
      label={t("scholen.bestuur")}
      waarde={props.waarde}
      onWijzig={props.onWijzig}
      keuzes={keuzes}
      leeg={besturen.status === "laden" ? t("app.laden") : t("scholen.bestuurKiezen")}
      verplicht
      fout={props.fout ?? (besturen.status === "fout" ? foutTekst(besturen.fout, t) : undefined)}
    />
  );
}
