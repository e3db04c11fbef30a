import type { Kind, MijnGegevens } from "@elk/contracts";
import { DataList, DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import { formatDag } from "../../../lib/datum";
import { useMijnGegevens } from "../../../lib/mijn-gegevens";
import { statusTekst } from "./aanmelding-status";

/** PAR-01: the child's data as ELK knows them; the BSN only masked. */
export function KindGegevens({ kind, metStatus = true }: { kind: Kind; metStatus?: boolean }) {
  const { t, locale } = useI18n();
  const { regio } = useMijnGegevens();
  const regels: [string, string][] = [
    [t("ouderportaal.elkNummer"), kind.elkNummer],
    [t("ouderportaal.geboortedatum"), formatDag(kind.geboortedatum, locale)],
    [t("ouderportaal.advies"), kind.advies ?? t("ouderportaal.geenAdvies")],
    [t("ouderportaal.bsn"), kind.bsnGemaskeerd],
    ...(metStatus ? [[t("ouderportaal.aanmelding"), statusTekst(kind, t, locale)] as [string, string]] : []),
    ...(metStatus ? lotingnummerRegels(kind, t, regio) : []),
  ];
  return (
    <DataList className="elk-gegevens">
      {regels.map(([sleutel, waarde]) => (
        <DataListItem key={sleutel}>
          <DataListKey>{sleutel}</DataListKey>
          <DataListValue>{waarde}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** PAR-01: the lottery numbers and reserve-list place, which the server sends only from the announcement on. */
function lotingnummerRegels(
  kind: Kind,
  t: ReturnType<typeof useI18n>["t"],
  regio: MijnGegevens["regio"] | undefined,
): [string, string][] {
  const nummers = kind.aanmelding?.lotingnummers;
  const regels: [string, string][] = [];
  if (nummers?.decentraal !== undefined) {
    regels.push([t("ouderportaal.lotingnummer.decentraal"), nummers.decentraal.toFixed(6)]);
  }
  if (nummers?.cpl !== undefined) {
    const centraal = regio?.plaatsingsprocedure === "centrale-loting";
    regels.push([
      t(centraal ? "ouderportaal.lotingnummer.centraal" : "ouderportaal.lotingnummer.cpl"),
      nummers.cpl.toFixed(6),
    ]);
  }
  const reserve = kind.aanmelding?.reservepositie;
  if (reserve) {
    regels.push([
      t("ouderportaal.reservepositie", { school: reserve.school }),
      t("ouderportaal.reservepositieWaarde", { positie: reserve.positie }),
    ]);
  }
  // After a central draw: a reserve list of every school ranked above the placement.
  for (const r of kind.aanmelding?.reserveplaatsen ?? []) {
    regels.push([
      t("ouderportaal.reserveplaats", { school: r.school, afdeling: r.afdeling, voorkeur: r.voorkeur }),
      t("ouderportaal.reservepositieWaarde", { positie: r.positie }),
    ]);
  }
  return regels;
}
