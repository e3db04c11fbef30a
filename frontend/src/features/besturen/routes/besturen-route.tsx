import type { BesturenLijst, BestuurDetail } from "@elk/contracts";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import "../besturen.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useBesturen } from "../../../lib/besturen";
import { useDocumentTitle } from "../../../lib/document-title";
import { BesturenTabel } from "../components/besturen-tabel";
import { BestuurFormulier, type BestuurModus } from "../components/bestuur-formulier";

/** Instellingen > Besturen (ORG-01, ORG-05): the beheerorganisatie keeps the region's besturen. */
export function BesturenRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("besturen.titel"));
  const besturen = useBesturen();
  return (
    <>
      <Heading1>{t("besturen.titel")}</Heading1>
      <ApiWeergave resultaat={besturen}>
        {(lijst) => <Besturenbeheer lijst={lijst} ververs={besturen.ververs} />}
      </ApiWeergave>
    </>
  );
}

function Besturenbeheer({ lijst, ververs }: { lijst: BesturenLijst; ververs: () => void }) {
  const { t } = useI18n();
  const [formulier, setFormulier] = useState<BestuurModus | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  const toevoegenRef = useRef<HTMLButtonElement>(null);

  const open = (modus: BestuurModus) => {
    setMelding(null);
    setFormulier(modus);
  };

  const sluit = (tekst: string | null) => {
    setFormulier(null);
    setMelding(tekst);
    requestAnimationFrame(() => (tekst ? meldingRef.current : toevoegenRef.current)?.focus());
  };

  const naOpgeslagen = (bestuur: BestuurDetail) => {
    const toegevoegd = formulier?.soort === "toevoegen";
    ververs();
    sluit(t(toegevoegd ? "besturen.toegevoegd" : "besturen.gewijzigd", { naam: bestuur.naam }));
  };

  return (
    <>
      <div className="elk-besturen__kop">
        <Paragraph>{t("besturen.intro")}</Paragraph>
        {!formulier && (
          <Button
            ref={toevoegenRef}
            appearance="primary-action-button"
            onClick={() => open({ soort: "toevoegen" })}
          >
            {t("besturen.toevoegen")}
          </Button>
        )}
      </div>
      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {formulier && (
        <BestuurFormulier
          key={formulier.soort === "wijzigen" ? formulier.bestuur.id : "nieuw"}
          modus={formulier}
          naOpgeslagen={naOpgeslagen}
          annuleren={() => sluit(null)}
          herlaad={() => {
            ververs();
            sluit(null);
          }}
        />
      )}
      {lijst.items.length === 0 ? (
        <Paragraph className="elk-leeg">{t("besturen.geen")}</Paragraph>
      ) : (
        <BesturenTabel besturen={lijst.items} wijzigen={(bestuur) => open({ soort: "wijzigen", bestuur })} />
      )}
    </>
  );
}
