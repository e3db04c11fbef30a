import type { SwvAanvraagDetail } from "@elk/contracts";
import {
  Heading2,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { formatDatumTijdKort } from "../../../lib/datum";
import { historieLabel } from "./labels";

/** Every step of the request: who, when, what — and the comment or file it concerned. */
export function SwvHistorie({ historie }: { historie: SwvAanvraagDetail["historie"] }) {
  const { t, locale } = useI18n();
  return (
    <section className="elk-swv__sectie" aria-labelledby="swv-historie">
      <Heading2 id="swv-historie">{t("swv.historie.titel")}</Heading2>
      <Tabel bijschrift={t("swv.historie.lijst")} className="elk-swv__historie">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("swv.historie.op")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("swv.historie.wat")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("swv.historie.door")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("swv.historie.toelichting")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {historie.map((stap) => {
            const label = historieLabel(stap.soort);
            return (
              <TableRow key={`${stap.op}-${stap.soort}`}>
                <TableCell className="elk-nowrap">
                  <time dateTime={stap.op}>{formatDatumTijdKort(stap.op, locale)}</time>
                </TableCell>
                <TableCell>{label ? t(label) : stap.soort}</TableCell>
                <TableCell>
                  {stap.meekijkendDoor
                    ? t("swv.historie.meekijkend", { naam: stap.door, door: stap.meekijkendDoor })
                    : stap.door}
                </TableCell>
                <TableCell lang="nl" className="elk-swv__tekst">
                  {stap.toelichting}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Tabel>
    </section>
  );
}
