import type { AuditLijst, AuditRegel } from "@elk/contracts";
import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, useId, useState } from "react";
import "../audit.css";
import { ApiFout } from "../../../components/api-fout";
import { Keuzeveld, Tekstveld } from "../../../components/formulier";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/nl";
import { formatDag, formatDatumTijd } from "../../../lib/datum";
import { useDocumentTitle } from "../../../lib/document-title";
import { type AuditFilter, useAuditlog } from "../api/audit";
import { auditNl } from "../i18n/nl";

/** A text for a key made from data (a history kind), or undefined when there is none. */
function bekendeSleutel(sleutel: string): MessageKey | undefined {
  return Object.hasOwn(auditNl, sleutel) ? (sleutel as MessageKey) : undefined;
}

const CATEGORIEEN = ["okidoc", "bijlage", "export", "bsn", "meekijken", "melding"] as const;

const LEEG: AuditFilter = { van: "", tot: "", soort: "", pagina: 1 };

/**
 * Instellingen > Auditlog (issue #10): for the beheerorganisatie, every read of an oki-doc, a
 * bijlage or an export (with BSN or not) and every action while looking along, region-wide, with
 * the alerts on unusually many exports. Read only.
 */
export function AuditRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("audit.titel"));
  const [filter, setFilter] = useState<AuditFilter>(LEEG);
  const [invoer, setInvoer] = useState<AuditFilter>(LEEG);
  const resultaat = useAuditlog(filter);
  const formId = useId();
  const velden = resultaat.status === "fout" && resultaat.fout.status === 400 ? resultaat.fout.velden : {};

  const toon = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...invoer, pagina: 1 });
  };

  return (
    <>
      <Heading1>{t("audit.titel")}</Heading1>
      <Paragraph>{t("audit.intro")}</Paragraph>
      <form className="elk-audit-filters" aria-labelledby={`${formId}-titel`} onSubmit={toon} noValidate>
        <Heading2 id={`${formId}-titel`}>{t("audit.filters")}</Heading2>
        <Tekstveld
          naam="van"
          label={t("audit.van")}
          type="date"
          waarde={invoer.van}
          onWijzig={(van) => setInvoer({ ...invoer, van })}
          fout={velden.van}
        />
        <Tekstveld
          naam="tot"
          label={t("audit.tot")}
          type="date"
          waarde={invoer.tot}
          onWijzig={(tot) => setInvoer({ ...invoer, tot })}
          fout={velden.tot}
        />
        <Keuzeveld
          naam="soort"
          label={t("audit.soort")}
          waarde={invoer.soort}
          onWijzig={(soort) => setInvoer({ ...invoer, soort })}
          leeg={t("audit.alleSoorten")}
          keuzes={CATEGORIEEN.map((c) => ({ waarde: c, label: t(`audit.categorie.${c}` as MessageKey) }))}
          fout={velden.soort}
        />
        <Button type="submit" appearance="primary-action-button">
          {t("audit.tonen")}
        </Button>
      </form>
      {resultaat.status === "laden" && (
        <Paragraph role="status" className="elk-laden">
          {t("app.laden")}
        </Paragraph>
      )}
      {resultaat.status === "fout" && <ApiFout fout={resultaat.fout} opnieuw={resultaat.opnieuw} />}
      {resultaat.status === "klaar" && (
        <AuditResultaat lijst={resultaat.data} naarPagina={(pagina) => setFilter({ ...filter, pagina })} />
      )}
    </>
  );
}

function AuditResultaat({ lijst, naarPagina }: { lijst: AuditLijst; naarPagina: (pagina: number) => void }) {
  const { t, locale } = useI18n();
  const meldingenId = useId();
  return (
    <>
      {lijst.meldingen.length > 0 && (
        <section aria-labelledby={meldingenId}>
          <Heading2 id={meldingenId}>{t("audit.meldingen")}</Heading2>
          <Alert type="warning">
            <UnorderedList>
              {lijst.meldingen.map((m) => (
                <UnorderedListItem key={`${m.dag}|${m.naam}|${m.tijdstip}`}>
                  {t("audit.melding", {
                    naam: m.naam,
                    locatie: m.locatie ?? "",
                    dag: formatDag(m.dag, locale),
                    aantal: String(m.aantal),
                    drempel: String(m.drempel),
                  })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        </section>
      )}
      {lijst.afgekapt && (
        <Alert type="info">
          <Paragraph>{t("audit.afgekapt")}</Paragraph>
        </Alert>
      )}
      <Paragraph role="status">{t("audit.aantal", { aantal: String(lijst.totaal) })}</Paragraph>
      {lijst.items.length === 0 ? (
        <Paragraph className="elk-leeg">{t("audit.geen")}</Paragraph>
      ) : (
        <Tabel
          bijschrift={t("audit.tabel", {
            van: formatDag(lijst.van, locale),
            tot: formatDag(lijst.tot, locale),
          })}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("audit.tijdstip")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("audit.wie")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("audit.wat")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("audit.elkNummer")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("audit.details")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.items.map((r) => (
              <AuditRij key={r.id} regel={r} />
            ))}
          </TableBody>
        </Tabel>
      )}
      {lijst.paginas > 1 && (
        <nav aria-label={t("audit.paginering")} className="elk-audit-paginering">
          <Button
            appearance="secondary-action-button"
            disabled={lijst.pagina <= 1}
            onClick={() => naarPagina(lijst.pagina - 1)}
          >
            {t("audit.vorige")}
          </Button>
          <Paragraph>
            {t("audit.pagina", { pagina: String(lijst.pagina), paginas: String(lijst.paginas) })}
          </Paragraph>
          <Button
            appearance="secondary-action-button"
            disabled={lijst.pagina >= lijst.paginas}
            onClick={() => naarPagina(lijst.pagina + 1)}
          >
            {t("audit.volgende")}
          </Button>
        </nav>
      )}
    </>
  );
}

function AuditRij({ regel }: { regel: AuditRegel }) {
  const { t, locale } = useI18n();
  const soortSleutel = bekendeSleutel(`audit.soort.${regel.soort}`);
  const wat = soortSleutel ? t(soortSleutel) : regel.soort.replaceAll("-", " ");
  const details = Object.entries(regel.details).map(([sleutel, waarde]) => {
    const label = bekendeSleutel(`audit.detail.${sleutel}`);
    const naam = label ? t(label) : sleutel;
    return typeof waarde === "boolean" ? (waarde ? naam : "") : `${naam}: ${waarde}`;
  });
  return (
    <TableRow className={regel.ongebruikelijk ? "elk-audit-ongebruikelijk" : undefined}>
      <TableCell>{formatDatumTijd(regel.tijdstip, locale)}</TableCell>
      <TableCell>
        {regel.wie.naam}
        {regel.wie.rollen.length > 0 && <> ({regel.wie.rollen.join(", ")})</>}
        {regel.wie.locatie && (
          <>
            <br />
            {regel.wie.locatie}
          </>
        )}
        {regel.meekijkendDoor && (
          <>
            <br />
            <strong>{t("audit.meekijkendDoor", { naam: regel.meekijkendDoor })}</strong>
          </>
        )}
      </TableCell>
      <TableCell>
        {wat}
        {regel.ongebruikelijk && (
          <>
            <br />
            <strong className="elk-audit-markering">{t("audit.ongebruikelijk")}</strong>
          </>
        )}
      </TableCell>
      <TableCell>{regel.elkNummer ?? ""}</TableCell>
      <TableCell>{details.filter(Boolean).join(", ")}</TableCell>
    </TableRow>
  );
}
