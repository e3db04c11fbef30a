import type { OsoDossierRegel } from "@elk/contracts";
import {
  Button,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { ActiesKop, Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { formatDatumTijdKort } from "../../../lib/datum";

/**
 * OSO-05: the school's OSO dossiers — whose, in which state, which version, when requested, ready
 * and fetched by the LAS, and why one failed, with "Opnieuw proberen" for a failed one.
 */
export function DossiersTabel(props: {
  dossiers: readonly OsoDossierRegel[];
  bezig: string | null;
  onOpnieuw: (dossier: OsoDossierRegel) => void;
}) {
  const { dossiers, bezig, onOpnieuw } = props;
  const { t, locale } = useI18n();
  const tijd = (iso: string | undefined) => (iso ? formatDatumTijdKort(iso, locale) : "");
  return (
    <Tabel
      className="elk-oso-dossiers"
      bijschrift={
        dossiers.length === 1
          ? t("oso.overdrachten.aantalEen")
          : t("oso.overdrachten.aantal", { aantal: dossiers.length })
      }
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("oso.overdrachten.leerling")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("oso.overdrachten.elkNummer")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("oso.overdrachten.status")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("oso.overdrachten.versie")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("oso.overdrachten.aangevraagd")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("oso.overdrachten.klaarOp")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("oso.overdrachten.opgehaaldOp")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("oso.overdrachten.fout")}</TableHeaderCell>
          <ActiesKop label={t("oso.overdrachten.acties")} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {dossiers.map((d) => (
          <TableRow key={d.aanmeldingId} data-aanmelding-id={d.aanmeldingId}>
            <TableHeaderCell scope="row">{d.leerlingNaam}</TableHeaderCell>
            <TableCell>{d.elkNummer}</TableCell>
            <TableCell>
              <span className={`elk-oso-status elk-oso-status--${d.status}`}>
                {t(`oso.overdrachten.status.${d.status}`)}
              </span>
            </TableCell>
            <TableCell>{d.versie}</TableCell>
            <TableCell>
              <span className="elk-nowrap">{tijd(d.aangevraagdOp)}</span>{" "}
              <span className="elk-oso-dossiers__door">
                {t("oso.overdrachten.door", { naam: d.aangevraagdDoor })}
              </span>
            </TableCell>
            <TableCell className="elk-nowrap">{tijd(d.klaarOp)}</TableCell>
            <TableCell>
              <span className="elk-nowrap">{tijd(d.opgehaaldOp)}</span>
              {d.opgehaaldOp && d.opgehaaldVersie !== undefined && (
                <>
                  {" "}
                  <span className="elk-oso-dossiers__door">
                    ({t("oso.overdrachten.opgehaaldVersie", { versie: d.opgehaaldVersie })})
                  </span>
                </>
              )}
            </TableCell>
            <TableCell lang="nl">{d.fout ?? ""}</TableCell>
            <TableCell>
              {d.status === "fout" && (
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  aria-label={t("oso.overdrachten.opnieuwVan", { naam: d.leerlingNaam })}
                  busy={bezig === d.aanmeldingId}
                  onClick={() => onOpnieuw(d)}
                >
                  {t("oso.overdrachten.opnieuw")}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}
