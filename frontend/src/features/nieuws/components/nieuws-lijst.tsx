import type { NieuwsLijst } from "@elk/contracts";
import { Article, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import { formatDatum } from "../../../lib/datum";

type Nieuwsbericht = NieuwsLijst["items"][number];

/** HOME-01: news of the beheerorganisatie and of ELK, newest first. */
export function NieuwsLijstWeergave({ items }: { items: readonly Nieuwsbericht[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <Paragraph className="elk-leeg">{t("home.geenNieuws")}</Paragraph>;
  const gesorteerd = [...items].sort((a, b) => b.gepubliceerdOp.localeCompare(a.gepubliceerdOp));
  return (
    <ul className="elk-nieuws">
      {gesorteerd.map((bericht) => (
        <li key={bericht.id}>
          <NieuwsBericht bericht={bericht} />
        </li>
      ))}
    </ul>
  );
}

function NieuwsBericht({ bericht }: { bericht: Nieuwsbericht }) {
  const { t, locale } = useI18n();
  return (
    <Article className="elk-nieuwsbericht" aria-labelledby={`nieuws-${bericht.id}`}>
      {/* News is written in Dutch; marking it lets screen readers pronounce it right in the English UI. */}
      <Heading3 id={`nieuws-${bericht.id}`} lang="nl">
        {bericht.titel}
      </Heading3>
      <Paragraph appearance="small" className="elk-nieuwsbericht__meta">
        <span className={`elk-bron elk-bron--${bericht.bron.toLowerCase()}`}>
          <span className="elk-visueel-verborgen">{t("home.bron")}: </span>
          {t(`home.bron.${bericht.bron}`)}
        </span>{" "}
        <span>
          <span className="elk-visueel-verborgen">{t("home.gepubliceerdOp")} </span>
          <time dateTime={bericht.gepubliceerdOp}>{formatDatum(bericht.gepubliceerdOp, locale)}</time>
        </span>
      </Paragraph>
      {bericht.tekst
        .split(/\n\s*\n/)
        .filter((alinea) => alinea.trim())
        .map((alinea) => (
          <Paragraph key={alinea} lang="nl">
            {alinea}
          </Paragraph>
        ))}
    </Article>
  );
}
