import type { BestuurDetail } from "@elk/contracts";
import {
  Link,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { IcoonKnop } from "../../../components/icoon-knop";
import { ActiesKop, Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";

/** Instellingen > Besturen: each bestuur with its contactpersonen ELK and the pencil to change them. */
export function BesturenTabel(props: {
  besturen: readonly BestuurDetail[];
  wijzigen: (bestuur: BestuurDetail) => void;
}) {
  const { besturen, wijzigen } = props;
  const { t } = useI18n();
  const gesorteerd = [...besturen].sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
  return (
    <Tabel bijschrift={t("besturen.aantal", { aantal: besturen.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("besturen.kolomNaam")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("besturen.contactpersonen")}</TableHeaderCell>
          <ActiesKop label={t("besturen.acties")} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {gesorteerd.map((bestuur) => (
          <TableRow key={bestuur.id}>
            <TableHeaderCell scope="row">{bestuur.naam}</TableHeaderCell>
            <TableCell>
              {bestuur.contactpersonen.length === 0 ? (
                <span className="elk-leeg">{t("besturen.geenContactpersonen")}</span>
              ) : (
                <ul className="elk-besturen__contactpersonen">
                  {bestuur.contactpersonen.map((persoon) => (
                    <li key={`${persoon.naam}|${persoon.email}`}>
                      {persoon.naam} — <Link href={`mailto:${persoon.email}`}>{persoon.email}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </TableCell>
            <TableCell>
              <IcoonKnop
                icoon="potlood"
                label={t("besturen.wijzigenVan", { naam: bestuur.naam })}
                titel={t("besturen.wijzigen")}
                onClick={() => wijzigen(bestuur)}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}
