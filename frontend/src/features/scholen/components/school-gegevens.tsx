import { DataList, DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/nl";
import type { School } from "./scholen-tabel";

/** A locatiebeheerder sees one school: its details as a list rather than a one-row table. */
export function SchoolGegevens({ school }: { school: School }) {
  const { t } = useI18n();
  const { adres } = school;
  const regels: [MessageKey, ReactNode][] = [
    ["scholen.naam", school.naam],
    ["scholen.officieleNaam", school.officieleNaam],
    ["scholen.brin", school.brin],
    ["scholen.vestigingscode", school.vestigingscode],
    [
      "scholen.schooltype",
      school.particulier ? `${school.schooltype} (${t("scholen.particulier")})` : school.schooltype,
    ],
    ["scholen.bestuur", school.bestuur],
    ["scholen.adres", `${adres.straat} ${adres.huisnummer}, ${adres.postcode} ${adres.plaats}`],
    ["scholen.telefoon", school.telefoon],
  ];
  return (
    <DataList className="elk-gegevens">
      {regels.map(([key, waarde]) => (
        <DataListItem key={key}>
          <DataListKey>{t(key)}</DataListKey>
          <DataListValue>{waarde}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
