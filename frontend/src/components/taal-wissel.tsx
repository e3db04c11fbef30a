import { useI18n } from "../i18n/i18n";
import { TALEN } from "../i18n/taal";

/** NL/EN switch; each option names its language in that language. */
export function TaalWissel() {
  const { taal, kiesTaal, t } = useI18n();
  return (
    <fieldset className="elk-taalwissel">
      <legend className="elk-visueel-verborgen">{t("taal.kiezen")}</legend>
      {TALEN.map((optie) => (
        <button
          key={optie}
          type="button"
          lang={optie}
          className="elk-taalwissel__knop"
          aria-pressed={taal === optie}
          title={t(`taal.${optie}`)}
          onClick={() => kiesTaal(optie)}
        >
          {optie.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
