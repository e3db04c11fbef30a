import type { NieuwsBeheerItem } from "@elk/contracts";
import {
  Button,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { ActiesKop, Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { formatDatum } from "../../../lib/datum";

export type NieuwsActie = "publiceren" | "intrekken";

/** HOME-01: every item with its state; a concept or withdrawn item can be published, a published one withdrawn. */
export function NieuwsTabel(props: {
  items: readonly NieuwsBeheerItem[];
  actie: (item: NieuwsBeheerItem, actie: NieuwsActie) => void;
}) {
  const { items, actie } = props;
  const { t } = useI18n();
  return (
    <Tabel className="elk-nieuws-tabel" bijschrift={t("nieuwsBeheer.aantal", { aantal: items.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("nieuwsBeheer.titelVeld")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("nieuwsBeheer.bron")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("nieuwsBeheer.status")}</TableHeaderCell>
          <ActiesKop label={t("nieuwsBeheer.acties")} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id} data-nieuws-id={item.id}>
            <TableHeaderCell scope="row">
              <span lang="nl">{item.titel}</span>
              <details className="elk-nieuws-tabel__tekst">
                <summary>{t("nieuwsBeheer.tekstTonen")}</summary>
                {item.tekst
                  .split(/\n\s*\n/)
                  .filter((alinea) => alinea.trim())
                  .map((alinea) => (
                    <Paragraph key={alinea} lang="nl">
                      {alinea}
                    </Paragraph>
                  ))}
              </details>
            </TableHeaderCell>
            <TableCell>
              <span className={`elk-bron elk-bron--${item.bron.toLowerCase()}`}>
                {t(`home.bron.${item.bron}`)}
              </span>
            </TableCell>
            <TableCell>
              <StatusTekst item={item} />
            </TableCell>
            <TableCell>
              {item.status === "gepubliceerd" ? (
                <Button
                  appearance="secondary-action-button"
                  aria-label={t("nieuwsBeheer.intrekkenVan", { titel: item.titel })}
                  onClick={() => actie(item, "intrekken")}
                >
                  {t("nieuwsBeheer.intrekken")}
                </Button>
              ) : (
                <Button
                  appearance="secondary-action-button"
                  aria-label={t(
                    item.status === "ingetrokken"
                      ? "nieuwsBeheer.opnieuwPublicerenVan"
                      : "nieuwsBeheer.publicerenVan",
                    { titel: item.titel },
                  )}
                  onClick={() => actie(item, "publiceren")}
                >
                  {item.status === "ingetrokken"
                    ? t("nieuwsBeheer.opnieuwPubliceren")
                    : t("nieuwsBeheer.publiceren")}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

function StatusTekst({ item }: { item: NieuwsBeheerItem }) {
  const { t, locale } = useI18n();
  const datum = (iso: string | undefined) => (iso ? formatDatum(iso, locale) : "");
  switch (item.status) {
    case "concept":
      return (
        <span className="elk-nieuws-status elk-nieuws-status--concept">
          {t("nieuwsBeheer.status.concept")}
        </span>
      );
    case "gepubliceerd":
      return (
        <span className="elk-nieuws-status elk-nieuws-status--gepubliceerd">
          {t("nieuwsBeheer.status.gepubliceerd", { datum: datum(item.gepubliceerdOp) })}
        </span>
      );
    case "ingetrokken":
      return (
        <span className="elk-nieuws-status elk-nieuws-status--ingetrokken">
          {t("nieuwsBeheer.status.ingetrokken", { datum: datum(item.ingetrokkenOp) })}
        </span>
      );
  }
}
