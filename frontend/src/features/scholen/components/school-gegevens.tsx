import { DataList, DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/nl";
import type { School } from "./scholen-tabel";

/** A school's data as a list of key and value (the read view of Schoolgegevens). */
export function SchoolGegevens({ school }: { school: School }) {
  const { t } = useI18n();
  const { adres } = school;
  const regels: [MessageKey, ReactNode][] = [
    ["scholen.officieleNaam", school.officieleNaam],
    ["scholen.naam", school.naam],
    [
      "scholen.schooltype",
      school.particulier ? `${school.schooltype} (${t("scholen.particulier")})` : school.schooltype,
    ],
    ["scholen.bestuur", school.bestuur],
    ["scholen.adres", `${adres.straat} ${adres.huisnummer}, ${adres.postcode} ${adres.plaats}`],
    ["scholen.brinNummer", school.brin],
    ["scholen.vestigingscode", school.vestigingscode],
    ["scholen.telefoon", school.telefoon || "—"],
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
