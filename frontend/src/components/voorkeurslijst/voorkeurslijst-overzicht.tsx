import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import "./voorkeurslijst.css";
import { useI18n } from "../../i18n/i18n";
import { TabelContainer } from "../tabel";
import type { EersteKeuze, KeuzeRegel } from "./voorkeurslijst-invoer";

/**
 * The voorkeurslijst read-only: the review step before "Aanmelding definitief maken", and the
 * ouderportaal once the registration is final (PAR-01). What was asked at voorkeur 1 (REG-03) under it.
 */
export function VoorkeurslijstOverzicht(props: {
  regels: readonly KeuzeRegel[];
  eersteKeuze: EersteKeuze;
  titel?: string;
}) {
  const { regels, eersteKeuze, titel } = props;
  const { t } = useI18n();
  const { voorrang } = eersteKeuze;
  const jaNee = (waarde: boolean) => (waarde ? t("voorkeurslijst.ja") : t("voorkeurslijst.nee"));
  return (
    <div className="elk-voorkeurslijst-overzicht">
      <TabelContainer naam={titel ?? t("voorkeurslijst.overzicht.titel")}>
        <Table className="elk-tabel elk-voorkeurslijst-overzicht__tabel">
          <TableCaption className="elk-voorkeurslijst-overzicht__titel">
            {titel ?? t("voorkeurslijst.overzicht.titel")}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("voorkeurslijst.overzicht.nummer")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("voorkeurslijst.school")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("voorkeurslijst.afdeling")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {regels.map((regel, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the position is the voorkeur
              <TableRow key={index}>
                <TableCell>{index + 1}</TableCell>
                <TableHeaderCell scope="row">{regel.schoolNaam}</TableHeaderCell>
                <TableCell>{regel.afdelingNaam}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TabelContainer>
      {regels.length > 0 && (
        <section
          className="elk-voorkeurslijst-overzicht__eerste"
          aria-label={t("voorkeurslijst.overzicht.eersteKeuze")}
        >
          <Heading3>
            {t("voorkeurslijst.overzicht.eersteKeuze")}: {regels[0]?.schoolNaam}
          </Heading3>
          <DataList className="elk-gegevens">
            <DataListItem>
              <DataListKey>{t("voorkeurslijst.overzicht.voorrang")}</DataListKey>
              <DataListValue>
                {voorrang === undefined
                  ? t("voorkeurslijst.overzicht.geenVoorrang")
                  : voorrang.soort === "broer-zus"
                    ? t("voorkeurslijst.overzicht.broerZus", {
                        naam: voorrang.naamBroerZus,
                        klas: voorrang.klas,
                      })
                    : t("voorkeurslijst.overzicht.kindMedewerker")}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t("voorkeurslijst.overzicht.gelijkwaardig")}</DataListKey>
              <DataListValue>{jaNee(eersteKeuze.gelijkwaardigeAfdelingWens)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t("voorkeurslijst.overzicht.meerling")}</DataListKey>
              <DataListValue>{jaNee(eersteKeuze.meerling)}</DataListValue>
            </DataListItem>
          </DataList>
        </section>
      )}
    </div>
  );
}
