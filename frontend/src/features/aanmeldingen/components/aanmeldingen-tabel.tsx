import {
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
import { formatDatumTijdKort } from "../../../lib/datum";
import type { Aanmelding } from "../api/aanmeldingen";

/**
 * REG-05 / TRT-01 (first part): the pupils registered at the own school, newest first, with date
 * and time of registration and the 1st-choice afdeling. "B" marks a buitenleerling; "V" in a white
 * circle a requested voorrang (TRT-04: blue and red follow once the school decides).
 */
export function AanmeldingenTabel({ aanmeldingen }: { aanmeldingen: readonly Aanmelding[] }) {
  const { t, locale } = useI18n();
  const gesorteerd = [...aanmeldingen].sort((a, b) => b.aangemeldOp.localeCompare(a.aangemeldOp));
  return (
    <TableContainer className="elk-tabel-container">
      <Table className="elk-tabel elk-aanmeldingen">
        <TableCaption className="elk-visueel-verborgen">
          {aanmeldingen.length === 1
            ? t("aanmeldingen.aantalEen")
            : t("aanmeldingen.aantal", { aantal: aanmeldingen.length })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("aanmeldingen.elkNummer")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("aanmeldingen.naam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("aanmeldingen.advies")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("aanmeldingen.aangemeldOp")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("aanmeldingen.afdeling")}</TableHeaderCell>
            <TableHeaderCell scope="col" className="elk-aanmeldingen__teken">
              <abbr title={t("aanmeldingen.buitenleerling")}>{t("aanmeldingen.kolomB")}</abbr>
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="elk-aanmeldingen__teken">
              <abbr title={t("aanmeldingen.voorrang")}>{t("aanmeldingen.kolomVR")}</abbr>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {gesorteerd.map((a) => (
            <TableRow key={a.id} data-elk-nummer={a.elkNummer}>
              <TableCell className="elk-nowrap">{a.elkNummer}</TableCell>
              <TableHeaderCell scope="row">{a.leerlingNaam}</TableHeaderCell>
              <TableCell className="elk-nowrap">{a.advies}</TableCell>
              <TableCell className="elk-nowrap">
                {a.aangemeldOp && (
                  <time dateTime={a.aangemeldOp}>{formatDatumTijdKort(a.aangemeldOp, locale)}</time>
                )}
              </TableCell>
              <TableCell>{a.eersteKeuzeAfdeling}</TableCell>
              <TableCell className="elk-aanmeldingen__teken">
                {a.buitenleerling && (
                  <span className="elk-teken elk-teken--b" title={t("aanmeldingen.buitenleerling")}>
                    <span aria-hidden="true">B</span>
                    <span className="elk-visueel-verborgen">{t("aanmeldingen.buitenleerling")}</span>
                  </span>
                )}
              </TableCell>
              <TableCell className="elk-aanmeldingen__teken">
                {a.voorrang && (
                  <span
                    className="elk-teken elk-teken--v elk-teken--aangevraagd"
                    title={t(`aanmeldingen.voorrang.${a.voorrang}`)}
                  >
                    <span aria-hidden="true">V</span>
                    <span className="elk-visueel-verborgen">{t(`aanmeldingen.voorrang.${a.voorrang}`)}</span>
                  </span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
