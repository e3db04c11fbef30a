import {
  Checkbox,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/nl";
import { formatDatumTijdKort } from "../../../lib/datum";
import type { Aanmelding } from "../api/overzicht";
import type { Richting, Sorteer } from "../utils/overzicht-query";
import { LeerlingMenu, type MenuKeuze } from "./leerling-menu";
import { BuitenleerlingTeken, OsoTeken, PdfIcoon, TafelmiddagTeken, VoorrangTeken } from "./tekens";

export interface TabelActies {
  onSorteer: (kolom: Sorteer) => void;
  onSelecteer: (regel: Aanmelding, aan: boolean) => void;
  onSelecteerPagina: (aan: boolean) => void;
  onKies: (regel: Aanmelding, keuze: MenuKeuze) => void;
  onOkidoc: (regel: Aanmelding) => void;
}

/**
 * TRT-01: the pupils registered at the own school, one page of them, with the manual's columns —
 * a check box, ELK-nummer, name, date and time of registration, afdeling of the 1st choice,
 * advice, status, the V of voorrang, the oki-doc, the tafelmiddag, OSO, groups — and the
 * pupil's menu. Clicking a column's header sorts by it.
 */
export function AanmeldingenTabel(props: {
  regels: readonly Aanmelding[];
  bijschrift: string;
  sortering: { sorteer: Sorteer; richting: Richting };
  geselecteerd: ReadonlySet<string>;
  bezig: boolean;
  acties: TabelActies;
}) {
  const { regels, bijschrift, sortering, geselecteerd, bezig, acties } = props;
  const { t, locale } = useI18n();
  const aantalGekozen = regels.filter((regel) => geselecteerd.has(regel.id)).length;

  const kop = (kolom: Sorteer, label: MessageKey) => (
    <SorteerKop
      kolom={kolom}
      label={t(label)}
      sortering={sortering}
      onSorteer={acties.onSorteer}
      className={kolom === "aangemeldOp" || kolom === "elkNummer" ? "elk-nowrap" : undefined}
    />
  );

  return (
    <div className="elk-overzicht__tabel" aria-busy={bezig}>
      <Tabel bijschrift={bijschrift} className="elk-aanmeldingen">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className="elk-aanmeldingen__vinkje">
              <Checkbox
                aria-label={t("overzicht.alleSelecteren")}
                title={t("overzicht.alleSelecteren")}
                checked={regels.length > 0 && aantalGekozen === regels.length}
                indeterminate={aantalGekozen > 0 && aantalGekozen < regels.length}
                onChange={(event) => acties.onSelecteerPagina(event.currentTarget.checked)}
              />
            </TableHeaderCell>
            {kop("elkNummer", "aanmeldingen.elkNummer")}
            {kop("naam", "aanmeldingen.naam")}
            {kop("aangemeldOp", "aanmeldingen.aangemeldOp")}
            {kop("afdeling", "aanmeldingen.afdeling")}
            {kop("advies", "aanmeldingen.advies")}
            {kop("status", "overzicht.kolom.status")}
            <TekenKop kort={t("aanmeldingen.kolomVR")} lang={t("aanmeldingen.voorrang")} />
            <TableHeaderCell scope="col" className="elk-aanmeldingen__teken">
              {t("overzicht.kolom.okidoc")}
            </TableHeaderCell>
            <TekenKop kort={t("overzicht.kolom.tafelmiddagKort")} lang={t("overzicht.kolom.tafelmiddag")} />
            <TableHeaderCell scope="col" className="elk-aanmeldingen__teken">
              {t("overzicht.kolom.oso")}
            </TableHeaderCell>
            <TableHeaderCell scope="col">{t("overzicht.kolom.groepen")}</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="elk-visueel-verborgen">{t("overzicht.kolom.menu")}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {regels.map((regel) => (
            <TableRow
              key={regel.id}
              data-elk-nummer={regel.elkNummer}
              className={geselecteerd.has(regel.id) ? "elk-aanmeldingen__rij--gekozen" : undefined}
            >
              <TableCell className="elk-aanmeldingen__vinkje">
                <Checkbox
                  aria-label={t("overzicht.selecteer", { naam: regel.leerlingNaam })}
                  checked={geselecteerd.has(regel.id)}
                  onChange={(event) => acties.onSelecteer(regel, event.currentTarget.checked)}
                />
              </TableCell>
              <TableCell className="elk-nowrap">{regel.elkNummer}</TableCell>
              <TableHeaderCell scope="row" className="elk-aanmeldingen__naam">
                {regel.leerlingNaam}
              </TableHeaderCell>
              <TableCell className="elk-nowrap">
                <time dateTime={regel.aangemeldOp}>{formatDatumTijdKort(regel.aangemeldOp, locale)}</time>
              </TableCell>
              <TableCell>{regel.eersteKeuzeAfdeling}</TableCell>
              <TableCell className="elk-nowrap">{regel.advies}</TableCell>
              <TableCell>
                <StatusCel regel={regel} />
              </TableCell>
              <TableCell className="elk-aanmeldingen__teken">
                <VoorrangTeken regel={regel} />
              </TableCell>
              <TableCell className="elk-aanmeldingen__teken">
                <OkidocCel regel={regel} onOkidoc={acties.onOkidoc} />
              </TableCell>
              <TableCell className="elk-aanmeldingen__teken">
                <TafelmiddagTeken regel={regel} />
              </TableCell>
              <TableCell className="elk-aanmeldingen__teken">
                <OsoTeken regel={regel} />
              </TableCell>
              <TableCell>{regel.groepen.map((groep) => groep.naam).join(", ")}</TableCell>
              <TableCell className="elk-aanmeldingen__menu">
                <LeerlingMenu regel={regel} onKies={(keuze) => acties.onKies(regel, keuze)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Tabel>
    </div>
  );
}

/** A header that sorts: a button in the cell, the cell tells the sort order (aria-sort). */
function SorteerKop(props: {
  kolom: Sorteer;
  label: string;
  sortering: { sorteer: Sorteer; richting: Richting };
  onSorteer: (kolom: Sorteer) => void;
  className: string | undefined;
}) {
  const { kolom, label, sortering, onSorteer, className } = props;
  const { t } = useI18n();
  const actief = sortering.sorteer === kolom;
  return (
    <TableHeaderCell
      scope="col"
      className={className}
      aria-sort={actief ? (sortering.richting === "op" ? "ascending" : "descending") : undefined}
    >
      <button
        type="button"
        className="elk-sorteerknop"
        title={t("overzicht.sorteren", { kolom: label })}
        onClick={() => onSorteer(kolom)}
      >
        {label}
        <span
          className={`elk-sorteerknop__pijl${actief ? ` elk-sorteerknop__pijl--${sortering.richting}` : ""}`}
          aria-hidden="true"
        />
        {actief && (
          <span className="elk-visueel-verborgen">
            , {t(sortering.richting === "op" ? "overzicht.sortering.op" : "overzicht.sortering.af")}
          </span>
        )}
      </button>
    </TableHeaderCell>
  );
}

function TekenKop({ kort, lang }: { kort: string; lang: string }) {
  return (
    <TableHeaderCell scope="col" className="elk-aanmeldingen__teken">
      <abbr title={lang}>{kort}</abbr>
    </TableHeaderCell>
  );
}

function StatusCel({ regel }: { regel: Aanmelding }) {
  const { t } = useI18n();
  return (
    <span className="elk-aanmeldingen__status">
      <span className={`elk-statuslabel elk-statuslabel--${regel.status}`} lang="nl">
        {regel.statusLabel}
      </span>
      {regel.geplaatstOp && (
        <span className="elk-aanmeldingen__klein">
          {t("overzicht.geplaatstOp", { afdeling: regel.geplaatstOp })}
        </span>
      )}
      {regel.toegewezenDoor && (
        <span className="elk-aanmeldingen__klein">
          {t("overzicht.overgezetDoor", { school: regel.toegewezenDoor })}
        </span>
      )}
    </span>
  );
}

/**
 * TRT-02: the PDF icon opens the oki-doc. Without it the manual's two reasons apply — a
 * buitenleerling (the B mark) or not released yet — and the tooltip and screen reader say which.
 */
function OkidocCel({ regel, onOkidoc }: { regel: Aanmelding; onOkidoc: (regel: Aanmelding) => void }) {
  const { t } = useI18n();
  if (regel.okidoc.beschikbaar) {
    // A role without the right to read the oki-doc sees no icon, and no reason either.
    if (!regel.opties.includes("okidoc-inzien")) return null;
    return (
      <button
        type="button"
        className="elk-pdfknop"
        aria-label={t("overzicht.okidoc.openen", { naam: regel.leerlingNaam })}
        title={t("overzicht.okidoc.openenKort")}
        onClick={() => onOkidoc(regel)}
      >
        <PdfIcoon />
      </button>
    );
  }
  if (regel.buitenleerling || regel.okidoc.reden === "buitenleerling") return <BuitenleerlingTeken />;
  return (
    <span className="elk-okidoc-geen" title={t("overzicht.okidoc.niet-vrijgegeven")}>
      <span className="elk-visueel-verborgen">{t("overzicht.okidoc.niet-vrijgegeven")}</span>
    </span>
  );
}
