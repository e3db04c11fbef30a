import type { SchoolStatus } from "@elk/contracts";
import {
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import "../overzichten.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useStatusOverzicht } from "../api/overzichten";

/**
 * Overzichten > Status aanmeldingen (HOME-02): per school, the registrations per status and per
 * afdeling against its capacity. The bars are for looking; the tables beside them say the same
 * in numbers, and are what a screen reader reads (the bars are hidden from it).
 */
export function StatusRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("status.titel"));
  const { schooljaar } = useSchooljaar();
  const resultaat = useStatusOverzicht(schooljaar);
  return (
    <>
      <Heading1>{t("status.titel")}</Heading1>
      <ApiWeergave resultaat={resultaat}>
        {(data) => (
          <>
            <Paragraph>{data.regio ? t("status.introRegio") : t("status.intro")}</Paragraph>
            {data.scholen.map((s) => (
              <SchoolBlok key={s.schoolId} school={s} />
            ))}
          </>
        )}
      </ApiWeergave>
    </>
  );
}

function SchoolBlok({ school }: { school: SchoolStatus }) {
  const { t } = useI18n();
  const maxStatus = Math.max(1, ...school.perStatus.map((s) => s.aantal));
  return (
    <section className="elk-status" aria-label={school.schoolNaam}>
      {/* Also for one school: its parts are h3, and a heading level may not be skipped (WCAG 1.3.1). */}
      <Heading2>{school.schoolNaam}</Heading2>
      <Heading3>{t("status.perStatus", { totaal: school.totaal })}</Heading3>
      <div className="elk-status__grafiek" aria-hidden="true">
        {school.perStatus.map((s) => (
          <div key={s.status} className="elk-status__balkrij">
            <span className="elk-status__label">{s.label}</span>
            <span className="elk-status__balk" style={{ width: `${(100 * s.aantal) / maxStatus}%` }} />
            <span className="elk-status__getal">{s.aantal}</span>
          </div>
        ))}
      </div>
      <Tabel bijschrift={t("status.perStatusBijschrift", { school: school.schoolNaam })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("status.status")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("status.aantal")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {school.perStatus.map((s) => (
            <TableRow key={s.status}>
              <TableHeaderCell scope="row">{s.label}</TableHeaderCell>
              <TableCell>{s.aantal}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Tabel>

      <Heading3>{t("status.perAfdeling")}</Heading3>
      <div className="elk-status__grafiek" aria-hidden="true">
        {school.perAfdeling.map((a) => {
          const schaal = Math.max(1, a.capaciteit ?? 0, a.aangemeld);
          return (
            <div key={a.afdelingId} className="elk-status__balkrij">
              <span className="elk-status__label">{a.naam}</span>
              <span className="elk-status__spoor">
                <span
                  className={`elk-status__balk${a.capaciteit !== undefined && a.aangemeld > a.capaciteit ? " elk-status__balk--vol" : ""}`}
                  style={{ width: `${(100 * a.aangemeld) / schaal}%` }}
                />
                {a.capaciteit !== undefined && (
                  <span
                    className="elk-status__capaciteit"
                    style={{ left: `${(100 * a.capaciteit) / schaal}%` }}
                  />
                )}
              </span>
              <span className="elk-status__getal">
                {a.aangemeld}
                {a.capaciteit !== undefined ? ` / ${a.capaciteit}` : ""}
              </span>
            </div>
          );
        })}
      </div>
      <Tabel bijschrift={t("status.perAfdelingBijschrift", { school: school.schoolNaam })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("status.afdeling")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("status.aangemeld")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("status.geplaatst")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("status.capaciteit")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {school.perAfdeling.map((a) => (
            <TableRow key={a.afdelingId}>
              <TableHeaderCell scope="row">{a.naam}</TableHeaderCell>
              <TableCell>{a.aangemeld}</TableCell>
              <TableCell>{a.geplaatst}</TableCell>
              <TableCell>
                {a.capaciteit === undefined
                  ? t("status.geenCapaciteit")
                  : a.capaciteitsgroep
                    ? t("status.capaciteitGroep", { capaciteit: a.capaciteit, groep: a.capaciteitsgroep })
                    : a.capaciteit}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Tabel>
    </section>
  );
}
