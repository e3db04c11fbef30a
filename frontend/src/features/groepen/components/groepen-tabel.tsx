import type { GroepRegel } from "@elk/contracts";
import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { IcoonKnop } from "../../../components/icoon-knop";
import { ActiesKop, Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";

/** Instellingen > Groepen: one row per group, its pupils folded away, the pencil and the bin. */
export function GroepenTabel(props: {
  groepen: readonly GroepRegel[];
  wijzigen: (groep: GroepRegel) => void;
  verwijderen: (groep: GroepRegel) => void;
}) {
  const { groepen, wijzigen, verwijderen } = props;
  const { t } = useI18n();
  return (
    <Tabel className="elk-groepen-tabel" bijschrift={t("groepen.aantal", { aantal: groepen.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("groepen.naam")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("groepen.leerlingen")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("groepen.contactpersonen")}</TableHeaderCell>
          <ActiesKop label={t("groepen.acties")} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {groepen.map((groep) => (
          <TableRow key={groep.id} data-groep-id={groep.id}>
            <TableHeaderCell scope="row">{groep.naam}</TableHeaderCell>
            <TableCell>
              {groep.leerlingen.length === 0 ? (
                t("groepen.aantalLeerlingen", { aantal: 0 })
              ) : (
                <details className="elk-groepen-tabel__leerlingen">
                  <summary>
                    {groep.leerlingen.length === 1
                      ? t("groepen.eenLeerling")
                      : t("groepen.aantalLeerlingen", { aantal: groep.leerlingen.length })}
                  </summary>
                  <ul>
                    {groep.leerlingen.map((l) => (
                      <li key={l.aanmeldingId}>
                        {l.naam} <span className="elk-groepen__nummer">({l.elkNummer})</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </TableCell>
            <TableCell>{groep.contactpersonen.map((c) => c.naam).join(", ")}</TableCell>
            <TableCell>
              <div className="elk-groepen__acties">
                <IcoonKnop
                  icoon="potlood"
                  label={t("groepen.wijzigenVan", { naam: groep.naam })}
                  titel={t("groepen.wijzigen")}
                  onClick={() => wijzigen(groep)}
                />
                <IcoonKnop
                  icoon="verwijderen"
                  label={t("groepen.verwijderenVan", { naam: groep.naam })}
                  titel={t("groepen.verwijderen")}
                  onClick={() => verwijderen(groep)}
                />
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}
