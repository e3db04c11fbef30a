import type { Kind } from "@elk/contracts";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useId } from "react";
import { useI18n } from "../../../i18n/i18n";
import { RouterButtonLink } from "../../../lib/router";
import { kindPad } from "../utils/paden";
import { KindGegevens } from "./kind-gegevens";

/**
 * PAR-01: one child on the ouderportaal's home page, with the way on to its voorkeurslijst. A PrO
 * child is registered by the school (REG-01): its parents get the explanation, not the list.
 */
export function KindKaart({ kind, binnenAanmeldperiode }: { kind: Kind; binnenAanmeldperiode: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const status = kind.aanmelding?.status;
  const actie =
    status === "aangemeld" || !binnenAanmeldperiode
      ? t("ouderportaal.bekijken")
      : status === "concept"
        ? t("ouderportaal.verder")
        : t("ouderportaal.invullen");
  return (
    <article className="elk-kind" aria-labelledby={`${id}-naam`}>
      <Heading2 id={`${id}-naam`}>{kind.naam}</Heading2>
      <KindGegevens kind={kind} />
      {kind.advies === undefined ? (
        <Paragraph>{t("ouderportaal.wachtOpAdvies", { naam: kind.naam })}</Paragraph>
      ) : !kind.magViaOuderportaal ? (
        <Paragraph className="elk-kind__pro">{t("ouderportaal.pro", { naam: kind.naam })}</Paragraph>
      ) : (
        <div>
          <RouterButtonLink
            href={kindPad(kind.leerlingId)}
            appearance={status === "aangemeld" ? "secondary-action-button" : "primary-action-button"}
            aria-label={t("ouderportaal.voorkeurslijstVan", { actie, naam: kind.naam })}
          >
            {actie}
          </RouterButtonLink>
        </div>
      )}
    </article>
  );
}
