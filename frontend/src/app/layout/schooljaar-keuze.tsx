import { FormLabel, Select, SelectOption } from "@utrecht/component-library-react";
import { useId } from "react";
import { useI18n } from "../../i18n/i18n";
import { useSchooljaar } from "../../lib/schooljaar";

/** HOME-04: "kies het juiste jaar". */
export function SchooljaarKeuze() {
  const { t } = useI18n();
  const { schooljaar, schooljaren, kiesSchooljaar } = useSchooljaar();
  const id = useId();
  return (
    <div className="elk-schooljaar">
      <FormLabel htmlFor={id}>{t("kop.schooljaar")}</FormLabel>
      <Select id={id} value={schooljaar} onChange={(event) => kiesSchooljaar(event.currentTarget.value)}>
        {schooljaren.map((jaar) => (
          <SelectOption key={jaar} value={jaar}>
            {jaar}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}
