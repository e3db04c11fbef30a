import type { SchoolDetail } from "@elk/contracts";
import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { TabelContainer } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";

/** ORG-03 read-only: each afdeling with its adviezen, capacity and gelijkwaardige afdelingen. */
export function AfdelingenOverzicht({
  school,
}: {
  school: Pick<SchoolDetail, "afdelingen" | "capaciteitsgroepen">;
}) {
  const { t } = useI18n();
  const naamVan = new Map(school.afdelingen.map((a) => [a.id, a.naam]));
  const groepen = new Map(school.capaciteitsgroepen.map((g) => [g.id, g]));
  if (school.afdelingen.length === 0) {
    return <Paragraph className="elk-leeg">{t("scholen.afdelingen.geen")}</Paragraph>;
  }
  return (
    <TabelContainer naam={t("scholen.afdelingen.titel")}>
      <Table className="elk-tabel">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("scholen.afdelingen.naam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("scholen.afdelingen.adviezen")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("scholen.afdelingen.capaciteit")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("scholen.afdelingen.gelijkwaardig")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {school.afdelingen.map((afdeling) => {
            const groep = afdeling.capaciteitsgroepId ? groepen.get(afdeling.capaciteitsgroepId) : undefined;
            return (
              <TableRow key={afdeling.id}>
                <TableHeaderCell scope="row">{afdeling.naam}</TableHeaderCell>
                <TableCell>{afdeling.adviezen.join(", ")}</TableCell>
                <TableCell>
                  {groep
                    ? t("scholen.afdelingen.inGroep", { groep: groep.naam, capaciteit: groep.capaciteit })
                    : afdeling.capaciteit}
                </TableCell>
                <TableCell>
                  {afdeling.gelijkwaardigAan.length > 0 ? (
                    afdeling.gelijkwaardigAan.map((id) => naamVan.get(id) ?? id).join(", ")
                  ) : (
                    <span className="elk-leeg">—</span>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TabelContainer>
  );
}
