import { FormField, FormFieldDescription, FormLabel, Textbox } from "@utrecht/component-library-react";
import { useId } from "react";
import { useI18n } from "../../../i18n/i18n";

/** Narrows a long list of schools as one types; screen readers hear how many remain. */
export function ZoekVeld(props: { waarde: string; onWijzig: (waarde: string) => void; aantal: number }) {
  const { waarde, onWijzig, aantal } = props;
  const { t } = useI18n();
  const id = useId();
  return (
    <FormField
      className="elk-zoekveld"
      label={<FormLabel htmlFor={id}>{t("scholen.zoeken")}</FormLabel>}
      description={
        <FormFieldDescription id={`${id}-uitleg`}>{t("scholen.zoekenUitleg")}</FormFieldDescription>
      }
      input={
        <>
          <Textbox
            id={id}
            type="search"
            value={waarde}
            aria-describedby={`${id}-uitleg`}
            autoComplete="off"
            onChange={(event) => onWijzig(event.currentTarget.value)}
          />
          <span role="status" className="elk-visueel-verborgen">
            {waarde.trim() ? t("scholen.aantal", { aantal }) : ""}
          </span>
        </>
      }
    />
  );
}
