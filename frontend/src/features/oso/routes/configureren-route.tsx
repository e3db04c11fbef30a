import {
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import "../oso.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { ActiesKop, Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useAanleverpunten } from "../api/oso";
import { AanleverpuntRij } from "../components/aanleverpunt-rij";

/**
 * OSO > Configureren (OSO-01, OSO-02): the contactpersoon ELK registers, per school location of
 * the bestuur, the aanleverpunt made for ELK in Mijn OSO — "OSO aanleverpunten configureren" and
 * "Uitleg over de kolommen" of the manual.
 */
export function ConfigurerenRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("oso.configureren.titel"));
  const punten = useAanleverpunten();
  return (
    <>
      <Heading1>{t("oso.configureren.titel")}</Heading1>
      <Paragraph>{t("oso.configureren.intro")}</Paragraph>
      <OrderedList>
        <OrderedListItem>{t("oso.configureren.stap1")}</OrderedListItem>
        <OrderedListItem>{t("oso.configureren.stap2")}</OrderedListItem>
        <OrderedListItem>{t("oso.configureren.stap3")}</OrderedListItem>
        <OrderedListItem>{t("oso.configureren.stap4")}</OrderedListItem>
      </OrderedList>
      <Paragraph>{t("oso.configureren.hulp")}</Paragraph>
      <ApiWeergave resultaat={punten}>
        {(lijst) =>
          lijst.items.length === 0 ? (
            <Paragraph className="elk-leeg">{t("oso.configureren.geen")}</Paragraph>
          ) : (
            <Tabel className="elk-oso-punten" bijschrift={t("oso.configureren.bijschrift")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("oso.configureren.school")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("oso.configureren.brin")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("oso.configureren.vestigingscode")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("oso.configureren.nummer")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("oso.configureren.sleutel")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("oso.configureren.oso")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("oso.configureren.mag")}</TableHeaderCell>
                  <ActiesKop label={t("oso.configureren.acties")} />
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.items.map((regel) => (
                  <AanleverpuntRij key={regel.schoolId} begin={regel} />
                ))}
              </TableBody>
            </Tabel>
          )
        }
      </ApiWeergave>
      <Paragraph appearance="small">{t("oso.configureren.ontbreekt")}</Paragraph>
      <section aria-labelledby="oso-kolommen">
        <Heading2 id="oso-kolommen">{t("oso.configureren.kolommenTitel")}</Heading2>
        <Paragraph>{t("oso.configureren.kolommen1")}</Paragraph>
        <Paragraph>{t("oso.configureren.kolommen2")}</Paragraph>
      </section>
    </>
  );
}
