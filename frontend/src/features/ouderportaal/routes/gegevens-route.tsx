import type { OuderGegevens } from "@elk/contracts";
import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { formatDag, formatDatumTijd } from "../../../lib/datum";
import { useDocumentTitle } from "../../../lib/document-title";
import { RouterLink, usePathname } from "../../../lib/router";
import { downloadJson, leerlingIdUitGegevensPad, useOuderGegevens } from "../api/gegevens";
import { OUDERPORTAAL_PAD } from "../utils/paden";

/**
 * /ouderportaal/gegevens/{leerlingId} (AVG inzage, issue #10): everything ELK holds about the
 * child, readable, and the same as a JSON download.
 */
export function GegevensRoute() {
  const leerlingId = leerlingIdUitGegevensPad(usePathname()) ?? "";
  const gegevens = useOuderGegevens(leerlingId);
  const { t } = useI18n();
  return (
    <>
      <Paragraph className="elk-terug">
        <RouterLink href={OUDERPORTAAL_PAD}>{t("ouderportaal.terug")}</RouterLink>
      </Paragraph>
      <ApiWeergave resultaat={gegevens}>{(data) => <Gegevens data={data} />}</ApiWeergave>
    </>
  );
}

function Rij({ label, waarde }: { label: string; waarde: string | undefined }) {
  if (!waarde) return null;
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{waarde}</DataListValue>
    </DataListItem>
  );
}

function Gegevens({ data }: { data: OuderGegevens }) {
  const { t, locale } = useI18n();
  const { kind } = data;
  const naam = [kind.roepnaam, kind.tussenvoegsel, kind.achternaam].filter(Boolean).join(" ");
  const titel = t("ouderGegevens.titel", { naam });
  useDocumentTitle(titel);
  return (
    <>
      <Heading1>{titel}</Heading1>
      <Paragraph>{t("ouderGegevens.intro")}</Paragraph>
      <Paragraph>
        <Button appearance="primary-action-button" onClick={() => downloadJson(data)}>
          {t("ouderGegevens.download")}
        </Button>
      </Paragraph>
      <Paragraph>
        {t("ouderGegevens.opgesteldOp", { moment: formatDatumTijd(data.opgesteldOp, locale) })}
      </Paragraph>

      <section aria-labelledby="elk-gegevens-kind">
        <Heading2 id="elk-gegevens-kind">{t("ouderGegevens.kind")}</Heading2>
        <DataList>
          <Rij label={t("ouderGegevens.naam")} waarde={naam} />
          <Rij label={t("ouderGegevens.elkNummer")} waarde={kind.elkNummer} />
          <Rij label={t("ouderGegevens.bsn")} waarde={kind.bsnGemaskeerd} />
          <Rij label={t("ouderGegevens.geboortedatum")} waarde={formatDag(kind.geboortedatum, locale)} />
          <Rij label={t("ouderGegevens.geslacht")} waarde={kind.geslacht} />
          <Rij label={t("ouderGegevens.adres")} waarde={Object.values(kind.adres).join(" ")} />
          <Rij label={t("ouderGegevens.emailOuders")} waarde={kind.emailOuders} />
          <Rij label={t("ouderGegevens.advies")} waarde={kind.advies} />
          <Rij label={t("ouderGegevens.basisschool")} waarde={kind.basisschool} />
          <Rij label={t("ouderGegevens.schooljaar")} waarde={kind.schooljaar} />
        </DataList>
      </section>

      <section aria-labelledby="elk-gegevens-aanmeldingen">
        <Heading2 id="elk-gegevens-aanmeldingen">{t("ouderGegevens.aanmeldingen")}</Heading2>
        {data.aanmeldingen.length === 0 && <Paragraph>{t("ouderGegevens.geenAanmeldingen")}</Paragraph>}
        {data.aanmeldingen.map((a) => (
          <section key={a.id} aria-labelledby={`elk-aanmelding-${a.id}`}>
            <Heading3 id={`elk-aanmelding-${a.id}`}>
              {t("ouderGegevens.aanmelding", { schooljaar: a.schooljaar })}
            </Heading3>
            <DataList>
              <Rij label={t("ouderGegevens.status")} waarde={a.status} />
              <Rij
                label={t("ouderGegevens.plaatsing")}
                waarde={a.plaatsing ? `${a.plaatsing.school}, ${a.plaatsing.afdeling}` : undefined}
              />
              <Rij
                label={t("ouderGegevens.lotingnummers")}
                waarde={
                  a.lotingnummers
                    ? [a.lotingnummers.decentraal, a.lotingnummers.cpl]
                        .filter((n) => n !== undefined)
                        .join(", ")
                    : undefined
                }
              />
              <Rij label={t("ouderGegevens.oso")} waarde={a.osoStatus} />
            </DataList>
            <Paragraph>
              <strong>{t("ouderGegevens.voorkeurslijst")}</strong>
            </Paragraph>
            <OrderedList>
              {a.keuzes.map((k) => (
                <OrderedListItem key={`${k.schoolId}|${k.afdelingId}`}>
                  {k.schoolNaam}, {k.afdelingNaam}
                </OrderedListItem>
              ))}
            </OrderedList>
            <Paragraph>
              <strong>{t("ouderGegevens.historie")}</strong>
            </Paragraph>
            <UnorderedList>
              {a.historie.map((h) => (
                <UnorderedListItem key={`${h.tijdstip}|${h.soort}`}>
                  {formatDatumTijd(h.tijdstip, locale)}: {h.omschrijving}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>
        ))}
      </section>

      <section aria-labelledby="elk-gegevens-okidoc">
        <Heading2 id="elk-gegevens-okidoc">{t("ouderGegevens.okidoc")}</Heading2>
        {data.okidoc ? (
          <>
            {data.okidoc.vrijgegevenOp && (
              <Paragraph>
                {t("ouderGegevens.vrijgegevenOp", {
                  moment: formatDatumTijd(data.okidoc.vrijgegevenOp, locale),
                })}
              </Paragraph>
            )}
            {data.okidoc.secties.map((s) => (
              <section key={s.titel} aria-label={s.titel}>
                <Heading3>{s.titel}</Heading3>
                <DataList>
                  {s.regels.map((r) => (
                    <Rij key={r.label} label={r.label} waarde={r.waarde} />
                  ))}
                </DataList>
              </section>
            ))}
            <Heading3>{t("ouderGegevens.bijlagen")}</Heading3>
            {data.okidoc.bijlagen.length === 0 ? (
              <Paragraph>{t("ouderGegevens.geenBijlagen")}</Paragraph>
            ) : (
              <UnorderedList>
                {data.okidoc.bijlagen.map((b) => (
                  <UnorderedListItem key={b}>{b}</UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </>
        ) : (
          <Paragraph>{t("ouderGegevens.geenOkidoc")}</Paragraph>
        )}
      </section>

      {data.documenten.length > 0 && (
        <section aria-labelledby="elk-gegevens-documenten">
          <Heading2 id="elk-gegevens-documenten">{t("ouderGegevens.documenten")}</Heading2>
          <UnorderedList>
            {data.documenten.map((d) => (
              <UnorderedListItem key={`${d.geuploadOp}|${d.bestandsnaam}`}>
                {formatDatumTijd(d.geuploadOp, locale)}: {d.bestandsnaam}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}

      <section aria-labelledby="elk-gegevens-notities">
        <Heading2 id="elk-gegevens-notities">{t("ouderGegevens.notities")}</Heading2>
        {data.notities.length === 0 ? (
          <Paragraph>{t("ouderGegevens.geenNotities")}</Paragraph>
        ) : (
          <UnorderedList>
            {data.notities.map((n) => (
              <UnorderedListItem key={`${n.op}|${n.organisatie}`}>
                {formatDatumTijd(n.op, locale)}, {n.organisatie}: {n.tekst}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </>
  );
}
