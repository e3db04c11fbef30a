import type { KalenderDetail } from "@elk/contracts";
import { DataList, DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/nl";
import { formatDatum } from "../../../lib/datum";
import { nederlandseKloktijd } from "../utils/kalender-invoer";

/** REG-10 / LOT-04: the steps of the school year's procedure, in their order. */
export function KalenderOverzicht({ kalender }: { kalender: KalenderDetail }) {
  const { t, locale } = useI18n();
  // A calendar day at midnight UTC is that same day in Dutch time, which is ahead of UTC.
  const dag = (datum: string) => formatDatum(datum, locale);
  const periode = ({ van, tot }: { van: string; tot: string }) =>
    t("kalender.periode", { van: dag(van), tot: dag(tot) });
  const regels: [MessageKey, string][] = [
    ["kalender.aanmeldperiode", periode(kalender.aanmeldperiode)],
    ["kalender.behandelperiode", periode(kalender.behandelperiode)],
    ["kalender.decentraleLoting", dag(kalender.decentraleLoting)],
    ["kalender.centralePlaatsing", dag(kalender.centralePlaatsing)],
    [
      "kalender.bekendmaking",
      t("kalender.moment", {
        datum: formatDatum(kalender.bekendmaking, locale),
        tijd: nederlandseKloktijd(kalender.bekendmaking),
      }),
    ],
  ];
  return (
    <DataList className="elk-gegevens elk-kalender">
      {regels.map(([key, waarde]) => (
        <DataListItem key={key}>
          <DataListKey>{t(key)}</DataListKey>
          <DataListValue>{waarde}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
