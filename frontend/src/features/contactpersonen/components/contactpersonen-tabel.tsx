import type { Contactpersonen } from "@elk/contracts";
import {
  Heading2,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";

/** ORG-05: the manual's closing table "Overzicht contactpersonen ELK per bestuur". */
export function ContactpersonenTabel({ perBestuur }: { perBestuur: Contactpersonen["perBestuur"] }) {
  const { t } = useI18n();
  const gesorteerd = [...perBestuur].sort((a, b) => a.bestuur.localeCompare(b.bestuur, "nl"));
  return (
    <section aria-labelledby="contactpersonen-titel">
      <Heading2 id="contactpersonen-titel">{t("contact.perBestuur")}</Heading2>
      {gesorteerd.length === 0 ? (
        <Paragraph className="elk-leeg">{t("contact.geen")}</Paragraph>
      ) : (
        <TableContainer className="elk-tabel-container">
          <Table className="elk-tabel" aria-labelledby="contactpersonen-titel">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("contact.bestuur")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("contact.contactpersoon")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("contact.email")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {gesorteerd.map((regel) => (
                <TableRow key={`${regel.bestuur}|${regel.email}`}>
                  <TableHeaderCell scope="row">{regel.bestuur}</TableHeaderCell>
                  <TableCell>{regel.naam}</TableCell>
                  <TableCell>
                    <Link href={`mailto:${regel.email}`}>{regel.email}</Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </section>
  );
}
