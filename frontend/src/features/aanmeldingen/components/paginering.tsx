import { Button } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";

/** The pages to offer as buttons: the first, the last and two on each side of the current one. */
export function paginaKnoppen(pagina: number, aantal: number): (number | "…")[] {
  const rond = new Set([1, aantal, pagina - 2, pagina - 1, pagina, pagina + 1, pagina + 2]);
  const paginas = [...rond].filter((p) => p >= 1 && p <= aantal).sort((a, b) => a - b);
  return paginas.flatMap((p, i) => {
    const vorige = paginas[i - 1];
    return vorige !== undefined && p - vorige > 1 ? (["…", p] as const) : [p];
  });
}

/** TRT-01 with 2,000 registrations: the server sends one page; these buttons choose another. */
export function Paginering(props: { pagina: number; aantal: number; onPagina: (pagina: number) => void }) {
  const { pagina, aantal, onPagina } = props;
  const { t } = useI18n();
  if (aantal <= 1) return null;
  return (
    <nav className="elk-paginering" aria-label={t("overzicht.paginering")}>
      <Button
        appearance="secondary-action-button"
        disabled={pagina <= 1}
        onClick={() => onPagina(pagina - 1)}
      >
        {t("overzicht.vorige")}
      </Button>
      <ul className="elk-paginering__lijst">
        {paginaKnoppen(pagina, aantal).map((p, i) =>
          p === "…" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: an ellipsis has nothing else to tell it apart
            <li key={`weg-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <Button
                appearance={p === pagina ? "primary-action-button" : "subtle-button"}
                aria-current={p === pagina ? "page" : undefined}
                aria-label={t("overzicht.naarPagina", { pagina: p })}
                onClick={() => onPagina(p)}
              >
                {p}
              </Button>
            </li>
          ),
        )}
      </ul>
      <Button
        appearance="secondary-action-button"
        disabled={pagina >= aantal}
        onClick={() => onPagina(pagina + 1)}
      >
        {t("overzicht.volgende")}
      </Button>
      <span className="elk-paginering__tekst">{t("overzicht.pagina", { pagina, aantal })}</span>
    </nav>
  );
}
