import { Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { useId } from "react";
import { useI18n } from "../../../i18n/i18n";

/** The API's password rules, listed before the fields so they are read before typing. */
export function WachtwoordRegels({ regels, id }: { regels: readonly string[]; id?: string }) {
  const { t } = useI18n();
  const eigenId = useId();
  const titelId = id ?? eigenId;
  return (
    <div className="elk-wachtwoordregels">
      <Paragraph id={titelId}>{t("accounts.wachtwoord.regels")}</Paragraph>
      <UnorderedList aria-labelledby={titelId} lang="nl">
        {regels.map((regel) => (
          <UnorderedListItem key={regel}>{regel}</UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}
