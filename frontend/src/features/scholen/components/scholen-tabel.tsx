import type { SchoolLijst } from "@elk/contracts";
import {
  Link,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";

export type School = SchoolLijst["items"][number];

export function ScholenTabel({ scholen }: { scholen: readonly School[] }) {
  const { t } = useI18n();
  const gesorteerd = [...scholen].sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
  return (
    <TableContainer className="elk-tabel-container">
      <Table className="elk-tabel">
        <TableCaption className="elk-visueel-verborgen">
          {t("scholen.aantal", { aantal: scholen.length })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("scholen.naam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("scholen.brin")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("scholen.vestigingscode")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("scholen.schooltype")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("scholen.bestuur")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("scholen.plaats")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("scholen.telefoon")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {gesorteerd.map((school) => (
            <TableRow key={school.id}>
              <TableHeaderCell scope="row">{school.naam}</TableHeaderCell>
              <TableCell className="elk-nowrap">{school.brin}</TableCell>
              <TableCell>{school.vestigingscode}</TableCell>
              <TableCell>
                {school.schooltype}
                {school.particulier && ` (${t("scholen.particulier")})`}
              </TableCell>
              <TableCell>{school.bestuur}</TableCell>
              <TableCell>{school.adres.plaats}</TableCell>
              <TableCell className="elk-nowrap">
                {school.telefoon && (
                  <Link href={`tel:${school.telefoon.replace(/[^\d+]/g, "")}`}>{school.telefoon}</Link>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
