import type { LeerlingRegel } from "@elk/contracts";
import {
  Button,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { IcoonKnop } from "../../../components/icoon-knop";
import { ActiesKop, Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { RouterButtonLink } from "../../../lib/router";
import { korteDag, korteDatum } from "../utils/datum";

/**
 * PO-01: the school's pupils of the chosen school year, by surname. The BSN only masked; per
 * pupil whether the parents have their ouderinlog, and a button to send it — not for a PrO pupil,
 * whom the school registers itself (REG-01).
 */
export function LeerlingenTabel(props: {
  leerlingen: readonly LeerlingRegel[];
  wijzigen: (leerling: LeerlingRegel) => void;
  ouderinlog: (leerling: LeerlingRegel) => void;
}) {
  const { leerlingen, wijzigen, ouderinlog } = props;
  const { t } = useI18n();
  const gesorteerd = [...leerlingen].sort(
    (a, b) =>
      a.achternaam.localeCompare(b.achternaam, "nl") ||
      a.roepnaam.localeCompare(b.roepnaam, "nl") ||
      a.elkNummer.localeCompare(b.elkNummer),
  );
  return (
    <Tabel
      className="elk-leerlingen-tabel"
      bijschrift={
        leerlingen.length === 1
          ? t("leerlingen.po.aantalEen")
          : t("leerlingen.po.aantal", { aantal: leerlingen.length })
      }
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("leerlingen.tabel.naam")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("leerlingen.tabel.elkNummer")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("leerlingen.geboortedatum")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("leerlingen.tabel.advies")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("leerlingen.tabel.bsn")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("leerlingen.tabel.emailOuders")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("leerlingen.tabel.ouderinlog")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("okidoc.lijst.knop")}</TableHeaderCell>
          <ActiesKop label={t("leerlingen.tabel.acties")} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {gesorteerd.map((leerling) => (
          <TableRow key={leerling.id} data-leerling-id={leerling.id}>
            <TableHeaderCell scope="row">{leerling.naam}</TableHeaderCell>
            <TableCell className="elk-nowrap">{leerling.elkNummer}</TableCell>
            <TableCell className="elk-nowrap">{korteDag(leerling.geboortedatum)}</TableCell>
            <TableCell className="elk-nowrap">
              {leerling.advies ?? (
                <span className="elk-leerlingen-tabel__leeg">{t("leerlingen.advies.geen")}</span>
              )}
            </TableCell>
            <TableCell className="elk-nowrap">
              <span className="elk-bsn">{leerling.bsnGemaskeerd}</span>
              {leerling.identificatie === "onderwijsnummer" && (
                <span className="elk-leerlingen-tabel__soort">
                  {" "}
                  ({t("leerlingen.tabel.onderwijsnummer")})
                </span>
              )}
            </TableCell>
            <TableCell className="elk-leerlingen-tabel__email">{leerling.emailOuders}</TableCell>
            <TableCell>
              <div className="elk-leerlingen-tabel__ouderinlog">
                <OuderinlogStaat leerling={leerling} />
                {leerling.magOuderinlog && (
                  <Button
                    appearance="secondary-action-button"
                    className="elk-leerlingen-tabel__knop"
                    aria-label={t(
                      leerling.ouderinlogVerstuurdOp
                        ? "leerlingen.ouderinlog.opnieuwVan"
                        : "leerlingen.ouderinlog.versturenVan",
                      { naam: leerling.naam },
                    )}
                    onClick={() => ouderinlog(leerling)}
                  >
                    {t(
                      leerling.ouderinlogVerstuurdOp
                        ? "leerlingen.ouderinlog.opnieuw"
                        : "leerlingen.ouderinlog.versturen",
                    )}
                  </Button>
                )}
              </div>
            </TableCell>
            <TableCell>
              {/* PO-01: the pupil's oki-doc, on a page of its own. */}
              <RouterButtonLink
                href={`/leerlingen/po/okidoc?leerling=${encodeURIComponent(leerling.id)}`}
                appearance="secondary-action-button"
                className="elk-nowrap"
                aria-label={t("okidoc.lijst.knopVan", { naam: leerling.naam })}
              >
                {t("okidoc.lijst.knop")}
              </RouterButtonLink>
            </TableCell>
            <TableCell>
              <IcoonKnop
                icoon="potlood"
                label={t("leerlingen.wijzigenVan", { naam: leerling.naam })}
                titel={t("leerlingen.wijzigen")}
                onClick={() => wijzigen(leerling)}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

function OuderinlogStaat({ leerling }: { leerling: LeerlingRegel }) {
  const { t, locale } = useI18n();
  if (leerling.advies === "PrO") {
    return <span className="elk-ouderinlog elk-ouderinlog--nvt">{t("leerlingen.ouderinlog.pro")}</span>;
  }
  if (leerling.ouderinlogVerstuurdOp) {
    return (
      <span className="elk-ouderinlog elk-ouderinlog--verstuurd">
        {t("leerlingen.ouderinlog.verstuurdOp", {
          datum: korteDatum(leerling.ouderinlogVerstuurdOp, locale),
        })}
      </span>
    );
  }
  return (
    <span className="elk-ouderinlog elk-ouderinlog--nog-niet">
      {t(leerling.advies ? "leerlingen.ouderinlog.nogNiet" : "leerlingen.ouderinlog.eerstAdvies")}
    </span>
  );
}
