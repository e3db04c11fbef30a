import type { Kinderen } from "@elk/contracts";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import { formatDag } from "../../../lib/datum";
import { vandaag } from "../utils/paden";

/** REG-10: the registration period's dates; outside it, that nothing can be changed. */
export function PeriodeMelding({ kinderen }: { kinderen: Kinderen }) {
  const { t, locale } = useI18n();
  const { aanmeldperiode, binnenAanmeldperiode } = kinderen;
  const datums = { van: formatDag(aanmeldperiode.van, locale), tot: formatDag(aanmeldperiode.tot, locale) };
  if (binnenAanmeldperiode) return <Paragraph>{t("ouderportaal.periode", datums)}</Paragraph>;
  const voor = vandaag() < aanmeldperiode.van;
  return (
    <Alert type="warning" className="elk-periode">
      <Paragraph>{t(voor ? "ouderportaal.periode.voor" : "ouderportaal.periode.na", datums)}</Paragraph>
    </Alert>
  );
}
