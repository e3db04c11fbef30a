import type { AanmeldingWeergave, Kind, Kinderen } from "@elk/contracts";
import { isBuitenleerlingNummer } from "@elk/domain";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import "../ouderportaal.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { VoorkeurslijstOverzicht } from "../../../components/voorkeurslijst/voorkeurslijst-overzicht";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { RouterLink, usePathname } from "../../../lib/router";
import { gegevensPad } from "../api/gegevens";
import { useKinderen } from "../api/kinderen";
import { AangemeldBlok } from "../components/aangemeld-blok";
import { DocumentenBlok } from "../components/documenten-blok";
import { KindGegevens } from "../components/kind-gegevens";
import { PeriodeMelding } from "../components/periode-melding";
import { VoorkeurslijstStappen } from "../components/voorkeurslijst-stappen";
import { leerlingIdUitPad, OUDERPORTAAL_PAD } from "../utils/paden";

/**
 * /ouderportaal/kind/{leerlingId}: the voorkeurslijst and registration of one child (PAR-01,
 * REG-02 … REG-06), and for a buitenleerling the documents for the VO school (REG-11).
 */
export function KindRoute() {
  const { t } = useI18n();
  const leerlingId = leerlingIdUitPad(usePathname());
  const kinderen = useKinderen();
  return (
    <>
      <Paragraph className="elk-terug">
        <RouterLink href={OUDERPORTAAL_PAD}>{t("ouderportaal.terug")}</RouterLink>
      </Paragraph>
      <ApiWeergave resultaat={kinderen}>
        {(data) => {
          const kind = data.items.find((k) => k.leerlingId === leerlingId);
          if (!kind) return <Paragraph>{t("ouderportaal.nietGevonden")}</Paragraph>;
          return <KindAanmelden key={kind.leerlingId} kind={kind} periode={data} />;
        }}
      </ApiWeergave>
    </>
  );
}

type Melding = "aangemeld" | "ingetrokken" | null;

function KindAanmelden({ kind, periode }: { kind: Kind; periode: Kinderen }) {
  const { t } = useI18n();
  const titel = t("ouderportaal.kind.titel", { naam: kind.naam });
  useDocumentTitle(titel);
  // What the last action returned; the list of children is not loaded again for it.
  const [aanmelding, setAanmelding] = useState<AanmeldingWeergave | undefined>(kind.aanmelding);
  const [melding, setMelding] = useState<Melding>(null);
  const meldingRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);

  const naActie = (nieuw: AanmeldingWeergave, soort: Exclude<Melding, null>) => {
    setAanmelding(nieuw);
    setMelding(soort);
  };

  return (
    <>
      <Heading1>{titel}</Heading1>
      <section aria-labelledby="elk-kind-gegevens">
        <Heading2 id="elk-kind-gegevens" className="elk-visueel-verborgen">
          {t("ouderportaal.kind.gegevens", { naam: kind.naam })}
        </Heading2>
        <KindGegevens kind={kind} metStatus={false} />
        {/* AVG inzage (issue #10): everything held about the child, readable and as a download. */}
        <Paragraph>
          <RouterLink href={gegevensPad(kind.leerlingId)}>{t("ouderGegevens.link")}</RouterLink>
        </Paragraph>
      </section>
      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1} className="elk-ouderportaal__melding">
          <Paragraph>
            {melding === "aangemeld" ? t("ouderportaal.aangemeld") : t("ouderportaal.ongedaanGemaakt")}
          </Paragraph>
        </Alert>
      )}
      <Inhoud kind={kind} aanmelding={aanmelding} periode={periode} naActie={naActie} />
      {/* REG-11: only a buitenleerling (ELK-nummer with a B) has the upload button. */}
      {isBuitenleerlingNummer(kind.elkNummer) && <DocumentenBlok leerlingId={kind.leerlingId} />}
    </>
  );
}

function Inhoud(props: {
  kind: Kind;
  aanmelding: AanmeldingWeergave | undefined;
  periode: Kinderen;
  naActie: (aanmelding: AanmeldingWeergave, soort: "aangemeld" | "ingetrokken") => void;
}) {
  const { kind, aanmelding, periode, naActie } = props;
  const { t } = useI18n();
  if (kind.advies === undefined)
    return <Paragraph>{t("ouderportaal.wachtOpAdvies", { naam: kind.naam })}</Paragraph>;
  // REG-01: the usual route, registered by the school.
  if (!kind.magViaOuderportaal) return <Paragraph>{t("ouderportaal.pro", { naam: kind.naam })}</Paragraph>;
  if (aanmelding?.status === "aangemeld") {
    return (
      <AangemeldBlok
        kind={kind}
        aanmelding={aanmelding}
        periode={periode}
        onIngetrokken={(nieuw) => naActie(nieuw, "ingetrokken")}
      />
    );
  }
  if (!periode.binnenAanmeldperiode) {
    return (
      <>
        <PeriodeMelding kinderen={periode} />
        {aanmelding?.status === "concept" && (
          <>
            <Paragraph>{t("ouderportaal.leesAlleen")}</Paragraph>
            <VoorkeurslijstOverzicht regels={aanmelding.keuzes} eersteKeuze={aanmelding.eersteKeuze} />
          </>
        )}
      </>
    );
  }
  return (
    <>
      <PeriodeMelding kinderen={periode} />
      <VoorkeurslijstStappen
        // After an undo the list starts again from the one just withdrawn.
        key={aanmelding?.id ?? "nieuw"}
        kind={kind}
        vorige={aanmelding}
        onAangemeld={(nieuw) => naActie(nieuw, "aangemeld")}
      />
    </>
  );
}
