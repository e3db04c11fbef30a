import type { OsoKlaarzettenUitkomst } from "@elk/contracts";
import { Alert, Button, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import { useI18n } from "../../../i18n/i18n";
import { useMijnGegevens } from "../../../lib/mijn-gegevens";
import { useVerzenden } from "../../../lib/use-verzenden";
import { osoKlaarzetten } from "../api/oso";

/**
 * The OSO worker builds the dossiers after the call returns: the overview is read again a few
 * times, so the blue dot appears without the user reloading (and, when the LAS is quick, the green).
 */
const NA_VERVERSEN_MS = [2000, 5000, 10_000, 20_000];

type Uitkomst = { soort: "geen-selectie" } | { soort: "klaar"; uitkomst: OsoKlaarzettenUitkomst };

/** OSO-03: whoever manages or places the school's pupils sets their OSO dossiers ready. */
export function useMagOsoKlaarzetten(): boolean {
  const { gebruiker } = useMijnGegevens();
  return gebruiker.rollen.some((rol) => rol === "beheren" || rol === "beoordelen-en-plaatsen");
}

/**
 * Bulkacties > OSO-dossiers klaarzetten (OSO-03, OSO-04). Without a selection the manual's point
 * is shown and nothing is asked of the server ("Als je niets selecteert, zal ELK géén OSO-dossiers
 * maken").
 */
export function useOsoKlaarzetten(ververs: () => void) {
  const [uitkomst, setUitkomst] = useState<Uitkomst | null>(null);
  const zetten = useVerzenden(osoKlaarzetten);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const stopTimers = useCallback(() => {
    for (const timer of timers.current.splice(0)) clearTimeout(timer);
  }, []);
  useEffect(() => stopTimers, [stopTimers]);

  const start = async (aanmeldingIds: readonly string[], schooljaar: string): Promise<boolean> => {
    stopTimers();
    zetten.wisFout();
    if (aanmeldingIds.length === 0) {
      setUitkomst({ soort: "geen-selectie" });
      return false;
    }
    setUitkomst(null);
    const antwoord = await zetten.verzend(aanmeldingIds, schooljaar);
    if (!antwoord) return false;
    setUitkomst({ soort: "klaar", uitkomst: antwoord });
    ververs();
    if (antwoord.klaargezet > 0) timers.current = NA_VERVERSEN_MS.map((ms) => setTimeout(ververs, ms));
    return true;
  };

  const sluit = () => {
    zetten.wisFout();
    setUitkomst(null);
  };

  return { uitkomst, fout: zetten.fout, bezig: zetten.bezig, start, sluit };
}

export type OsoKlaarzettenHandle = ReturnType<typeof useOsoKlaarzetten>;

/**
 * What became of the request: the server's message and, per pupil without a dossier, the reason.
 * Focus moves to it, which also closes the Bulkacties menu that would cover it.
 */
export function OsoKlaarzettenUitkomstWeergave(props: { oso: OsoKlaarzettenHandle; naSluiten: () => void }) {
  const { oso, naSluiten } = props;
  const ref = useRef<HTMLDivElement>(null);
  const { uitkomst, fout } = oso;
  useEffect(() => {
    if (uitkomst || fout) ref.current?.focus();
  }, [uitkomst, fout]);
  if (!fout && !oso.bezig && !uitkomst) return null;
  return (
    <div ref={ref} tabIndex={-1} className="elk-oso-klaarzetten">
      <Inhoud
        oso={oso}
        sluit={() => {
          oso.sluit();
          naSluiten();
        }}
      />
    </div>
  );
}

function Inhoud({ oso, sluit }: { oso: OsoKlaarzettenHandle; sluit: () => void }) {
  const { t } = useI18n();
  if (oso.fout) return <ApiFout fout={oso.fout} />;
  if (oso.bezig) return <Paragraph role="status">{t("oso.klaarzetten.bezig")}</Paragraph>;
  const uitkomst = oso.uitkomst;
  if (!uitkomst) return null;
  if (uitkomst.soort === "geen-selectie") {
    return (
      <Alert type="warning">
        <Paragraph>{t("oso.klaarzetten.geenSelectie")}</Paragraph>
      </Alert>
    );
  }
  const { melding, nietMogelijk } = uitkomst.uitkomst;
  return (
    <Alert type={nietMogelijk.length > 0 ? "info" : "ok"}>
      <Paragraph lang="nl">{melding}</Paragraph>
      {nietMogelijk.length > 0 && (
        <>
          <Paragraph>{t("oso.klaarzetten.nietMogelijk")}</Paragraph>
          <UnorderedList>
            {nietMogelijk.map((n) => (
              <UnorderedListItem key={n.aanmeldingId} lang={n.naam ? "nl" : undefined}>
                {n.naam
                  ? t("oso.klaarzetten.leerling", { naam: n.naam, elkNummer: n.elkNummer, reden: n.reden })
                  : t("oso.klaarzetten.onbekend", { reden: n.reden })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Button appearance="subtle-button" onClick={sluit}>
        {t("oso.klaarzetten.sluiten")}
      </Button>
    </Alert>
  );
}
