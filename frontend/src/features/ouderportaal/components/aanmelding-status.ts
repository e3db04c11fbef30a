import type { Kind } from "@elk/contracts";
import type { I18n } from "../../../i18n/i18n";
import { formatDatumTijd } from "../../../lib/datum";

/** PAR-01: the state of the child's registration in one line. */
export function statusTekst(kind: Kind, t: I18n["t"], locale: string): string {
  const { aanmelding } = kind;
  if (kind.advies !== undefined && !kind.magViaOuderportaal) return t("ouderportaal.status.pro");
  if (!aanmelding) return t("ouderportaal.status.geen");
  // LOT-04: from the announcement on the server names the school; before it, just "aangemeld".
  const { plaatsing } = aanmelding;
  if (plaatsing && aanmelding.status === "geplaatst") return t("ouderportaal.status.geplaatst", plaatsing);
  if (plaatsing && aanmelding.status === "toegewezen") return t("ouderportaal.status.toegewezen", plaatsing);
  switch (aanmelding.status) {
    case "concept":
      return t("ouderportaal.status.concept");
    case "aangemeld":
    case "geplaatst":
    case "uitgeloot":
    case "toegewezen":
      return t("ouderportaal.status.aangemeld", {
        moment: aanmelding.aangemeldOp ? formatDatumTijd(aanmelding.aangemeldOp, locale) : "",
        school: aanmelding.keuzes[0]?.schoolNaam ?? "",
      });
    case "ingetrokken":
      return t("ouderportaal.status.ingetrokken", {
        moment: aanmelding.ingetrokkenOp ? formatDatumTijd(aanmelding.ingetrokkenOp, locale) : "",
      });
    case "niet-geplaatst":
    case "teruggetrokken":
      return t("ouderportaal.status.beeindigd");
  }
}
