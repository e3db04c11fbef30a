import type { SchoolLijst } from "@elk/contracts";
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
import { navigate, RouterLink } from "../../../lib/router";
import { schoolPad } from "../utils/paden";

export type School = SchoolLijst["items"][number];

/** The schools within reach; a school's name opens it, the pencil opens it for editing (ORG-02). */
export function ScholenTabel({ scholen }: { scholen: readonly School[] }) {
  const { t } = useI18n();
  const gesorteerd = [...scholen].sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
  return (
    <Tabel bijschrift={t("scholen.aantal", { aantal: scholen.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("scholen.naam")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("scholen.brin")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("scholen.vestigingscode")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("scholen.schooltype")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("scholen.bestuur")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("scholen.plaats")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("scholen.telefoon")}</TableHeaderCell>
          <ActiesKop label={t("scholen.acties")} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {gesorteerd.map((school) => (
          <TableRow key={school.id}>
            <TableHeaderCell scope="row">
              <RouterLink href={schoolPad(school.id)}>{school.naam}</RouterLink>
            </TableHeaderCell>
            <TableCell className="elk-nowrap">{school.brin}</TableCell>
            <TableCell>{school.vestigingscode}</TableCell>
            <TableCell>
              {school.schooltype}
              {school.particulier && ` (${t("scholen.particulier")})`}
            </TableCell>
            <TableCell>{school.bestuur}</TableCell>
            <TableCell>{school.adres.plaats}</TableCell>
            <TableCell className="elk-nowrap">
              {school.telefoon && (
                <Link href={`tel:${school.telefoon.replace(/[^\d+]/g, "")}`}>{school.telefoon}</Link>
              )}
            </TableCell>
            <TableCell>
              <IcoonKnop
                icoon="potlood"
                label={t("scholen.wijzigenVan", { naam: school.naam })}
                titel={t("scholen.wijzigen")}
                onClick={() => navigate(schoolPad(school.id, true))}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}
