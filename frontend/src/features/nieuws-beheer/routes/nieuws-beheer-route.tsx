import type { NieuwsBeheerItem, NieuwsBeheerLijst } from "@elk/contracts";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import "../nieuws-beheer.css";
import { ApiFout } from "../../../components/api-fout";
import { ApiWeergave } from "../../../components/api-weergave";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useVerzenden } from "../../../lib/use-verzenden";
import { nieuwsIntrekken, nieuwsPubliceren, useNieuwsBeheer } from "../api/nieuws-beheer";
import { NieuwsFormulier } from "../components/nieuws-formulier";
import { type NieuwsActie, NieuwsTabel } from "../components/nieuws-tabel";

/** Instellingen > Nieuws (HOME-01): the beheerorganisatie writes, publishes and withdraws the home page's news. */
export function NieuwsBeheerRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("nieuwsBeheer.titel"));
  const nieuws = useNieuwsBeheer();
  return (
    <>
      <Heading1>{t("nieuwsBeheer.titel")}</Heading1>
      <ApiWeergave resultaat={nieuws}>
        {(lijst) => <Nieuwsbeheer lijst={lijst} ververs={nieuws.ververs} />}
      </ApiWeergave>
    </>
  );
}

function Nieuwsbeheer({ lijst, ververs }: { lijst: NieuwsBeheerLijst; ververs: () => void }) {
  const { t } = useI18n();
  const [formulier, setFormulier] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  const [bevestigen, setBevestigen] = useState<{ item: NieuwsBeheerItem; actie: NieuwsActie } | null>(null);
  // The answer to publish/withdraw shows at once; the list reloads behind it.
  const [bijgewerkt, setBijgewerkt] = useState<Readonly<Record<string, NieuwsBeheerItem>>>({});
  const items = lijst.items.map((item) => {
    const nieuwer = bijgewerkt[item.id];
    return nieuwer && nieuwer.version > item.version ? nieuwer : item;
  });
  const uitvoeren = useVerzenden((item: NieuwsBeheerItem, actie: NieuwsActie) =>
    actie === "publiceren" ? nieuwsPubliceren(item.id) : nieuwsIntrekken(item.id),
  );
  const meldingRef = useRef<HTMLDivElement>(null);
  const toevoegenRef = useRef<HTMLButtonElement>(null);

  const toon = (tekst: string | null) => {
    setMelding(tekst);
    requestAnimationFrame(() => (tekst ? meldingRef.current : toevoegenRef.current)?.focus());
  };

  const bevestig = async () => {
    if (!bevestigen) return;
    const resultaat = await uitvoeren.verzend(bevestigen.item, bevestigen.actie);
    setBevestigen(null);
    if (!resultaat) return;
    setBijgewerkt((vorige) => ({ ...vorige, [resultaat.id]: resultaat }));
    ververs();
    toon(
      t(resultaat.status === "gepubliceerd" ? "nieuwsBeheer.gepubliceerd" : "nieuwsBeheer.ingetrokken", {
        titel: resultaat.titel,
      }),
    );
  };

  return (
    <>
      <div className="elk-nieuwsbeheer__kop">
        <Paragraph>{t("nieuwsBeheer.intro")}</Paragraph>
        {!formulier && (
          <Button
            ref={toevoegenRef}
            appearance="primary-action-button"
            onClick={() => {
              setMelding(null);
              uitvoeren.wisFout();
              setFormulier(true);
            }}
          >
            {t("nieuwsBeheer.toevoegen")}
          </Button>
        )}
      </div>
      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {uitvoeren.fout && <ApiFout fout={uitvoeren.fout} />}
      {formulier && (
        <NieuwsFormulier
          naOpgeslagen={(item) => {
            setFormulier(false);
            ververs();
            toon(t("nieuwsBeheer.opgeslagen", { titel: item.titel }));
          }}
          annuleren={() => {
            setFormulier(false);
            toon(null);
          }}
        />
      )}
      {items.length === 0 ? (
        <Paragraph className="elk-leeg">{t("nieuwsBeheer.geen")}</Paragraph>
      ) : (
        <NieuwsTabel
          items={items}
          actie={(item, actie) => {
            setMelding(null);
            uitvoeren.wisFout();
            setBevestigen({ item, actie });
          }}
        />
      )}
      {bevestigen && (
        <BevestigDialoog
          titel={t(
            bevestigen.actie === "publiceren"
              ? "nieuwsBeheer.publicerenTitel"
              : "nieuwsBeheer.intrekkenTitel",
          )}
          vraag={t(
            bevestigen.actie === "publiceren"
              ? "nieuwsBeheer.publicerenVraag"
              : "nieuwsBeheer.intrekkenVraag",
            {
              titel: bevestigen.item.titel,
            },
          )}
          bevestigLabel={t(
            bevestigen.actie === "publiceren" ? "nieuwsBeheer.publiceren" : "nieuwsBeheer.intrekken",
          )}
          annuleerLabel={t("nieuwsBeheer.annuleren")}
          bevestigStijl="primair"
          bezig={uitvoeren.bezig}
          onBevestig={bevestig}
          onAnnuleer={() => setBevestigen(null)}
        />
      )}
    </>
  );
}
