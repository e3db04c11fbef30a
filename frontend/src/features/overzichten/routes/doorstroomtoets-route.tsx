import type { DoorstroomtoetsOverzicht } from "@elk/contracts";
import {
  Button,
  Heading1,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { ApiWeergave } from "../../../components/api-weergave";
import { ExportVoortgang } from "../../../components/export-voortgang";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useExport } from "../../../lib/use-export";
import { useDoorstroomtoets } from "../api/overzichten";

/** Overzichten > VO – Resultaten doorstroomtoets (EXP-03): every registered pupil with its results. */
export function DoorstroomtoetsRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("doorstroomtoets.titel"));
  const { schooljaar } = useSchooljaar();
  const resultaat = useDoorstroomtoets(schooljaar);
  const exporteren = useExport();
  return (
    <>
      <Heading1>{t("doorstroomtoets.titel")}</Heading1>
      <Paragraph>{t("doorstroomtoets.intro")}</Paragraph>
      <p>
        <Button
          appearance="secondary-action-button"
          onClick={() => void exporteren.start({ soort: "doorstroomtoets", schooljaar })}
        >
          {t("export.menu.doorstroomtoets")}
        </Button>
      </p>
      <ExportVoortgang export={exporteren} />
      <ApiWeergave resultaat={resultaat}>{(data) => <DoorstroomtoetsTabel data={data} />}</ApiWeergave>
    </>
  );
}

function DoorstroomtoetsTabel({ data }: { data: DoorstroomtoetsOverzicht }) {
  const { t } = useI18n();
  if (data.items.length === 0) return <Paragraph>{t("doorstroomtoets.geen")}</Paragraph>;
  return (
    <Tabel bijschrift={t("doorstroomtoets.aantal", { aantal: data.items.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("doorstroomtoets.elkNummer")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("doorstroomtoets.naam")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("doorstroomtoets.basisschool")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("doorstroomtoets.advies")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("doorstroomtoets.bijgesteld")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("doorstroomtoets.lezen")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("doorstroomtoets.taalverzorging")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("doorstroomtoets.rekenen")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("doorstroomtoets.status")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.items.map((r) => (
          <TableRow key={r.aanmeldingId}>
            <TableCell>{r.elkNummer}</TableCell>
            <TableHeaderCell scope="row">{r.leerlingNaam}</TableHeaderCell>
            <TableCell>{r.basisschool}</TableCell>
            <TableCell>{r.advies}</TableCell>
            <TableCell>{r.bijgesteldAdvies ?? ""}</TableCell>
            <TableCell>{r.lezen || t("doorstroomtoets.onbekend")}</TableCell>
            <TableCell>{r.taalverzorging || t("doorstroomtoets.onbekend")}</TableCell>
            <TableCell>{r.rekenen || t("doorstroomtoets.onbekend")}</TableCell>
            <TableCell>{r.statusLabel}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}
