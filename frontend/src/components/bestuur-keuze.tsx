import { useI18n } from "../i18n/i18n";
import { useBesturen } from "../lib/besturen";
import { foutTekst } from "./api-fout";
import { Keuzeveld } from "./formulier";

/**
 * A required choice of one of the region's besturen, sorted by name: for a school (ORG-01) or a
 * user of a bestuur. The list loads only when the field is shown; a failure to load shows as the
 * field's error.
 */
export function BestuurKeuze(props: {
  label: string;
  /** The empty option, once the list is in. */
  leeg: string;
  waarde: string;
  onWijzig: (waarde: string) => void;
  fout?: string;
}) {
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
      label={props.label}
      waarde={props.waarde}
      onWijzig={props.onWijzig}
      keuzes={keuzes}
      leeg={besturen.status === "laden" ? t("app.laden") : props.leeg}
      verplicht
      fout={props.fout ?? (besturen.status === "fout" ? foutTekst(besturen.fout, t) : undefined)}
    />
  );
}
