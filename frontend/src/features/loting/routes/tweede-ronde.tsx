import type { CplStand } from "@elk/contracts";
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useEffect } from "react";
import { FormulierMelding, formulierFout } from "../../../components/formulier";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { formatDatumTijd } from "../../../lib/datum";
import { useVerzenden } from "../../../lib/use-verzenden";
import { verwerkReservelijsten } from "../api/loting";

/**
 * The second round of a central draw (Amsterdam), once the draw is final: the region
 * administrator has the freed seats given to the reserve lists; the lottery worker does it and
 * the screen follows until it is done, then lists who moved up.
 */
export function TweedeRonde({ stand, onGewijzigd }: { stand: CplStand; onGewijzigd: () => void }) {
  const { t, locale } = useI18n();
  const verwerk = useVerzenden(verwerkReservelijsten);
  const ronde = stand.reserveronde;
  const bezig = ronde?.status === "bezig" && !ronde.stil;
  useEffect(() => {
    if (!bezig) return;
    const timer = setInterval(onGewijzigd, 1000);
    return () => clearInterval(timer);
  }, [bezig, onGewijzigd]);

  return (
    <section aria-labelledby="loting-tweede-ronde">
      <Heading2 id="loting-tweede-ronde">{t("loting.tweedeRonde.titel")}</Heading2>
      <Paragraph>{t("loting.tweedeRonde.intro")}</Paragraph>
      <FormulierMelding tekst={formulierFout(verwerk.fout, t).algemeen} />
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          disabled={verwerk.bezig || bezig}
          onClick={async () => {
            if (await verwerk.verzend(stand.schooljaar)) onGewijzigd();
          }}
        >
          {bezig ? t("loting.tweedeRonde.bezig") : t("loting.tweedeRonde.knop")}
        </Button>
      </ButtonGroup>
      {ronde?.status === "bezig" && (
        <Paragraph role="status">
          {ronde.stil ? t("loting.tweedeRonde.stil") : t("loting.tweedeRonde.bezig")}
        </Paragraph>
      )}
      {ronde?.status === "klaar" && (
        <>
          <Paragraph role="status">
            {t("loting.tweedeRonde.klaar", {
              aantal: ronde.aantal,
              op: formatDatumTijd(ronde.op, locale),
              door: ronde.door,
            })}
          </Paragraph>
          {ronde.mislukt > 0 && (
            <Alert type="warning">
              <Paragraph>{t("loting.tweedeRonde.mislukt", { aantal: ronde.mislukt })}</Paragraph>
            </Alert>
          )}
          {ronde.verplaatst.length > 0 && (
            <Tabel bijschrift={t("loting.tweedeRonde.bijschrift")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("loting.elkNummer")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("loting.leerling")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("loting.tweedeRonde.van")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("loting.geplaatstOp")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("loting.voorkeur")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {ronde.verplaatst.map((v) => (
                  <TableRow key={v.aanmeldingId}>
                    <TableCell>{v.elkNummer}</TableCell>
                    <TableHeaderCell scope="row">{v.leerlingNaam}</TableHeaderCell>
                    <TableCell>{v.van ?? t("loting.geenPlaats")}</TableCell>
                    <TableCell>{`${v.naar.schoolNaam}, ${v.naar.afdelingNaam}`}</TableCell>
                    <TableCell>{v.voorkeur}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Tabel>
          )}
        </>
      )}
    </section>
  );
}
