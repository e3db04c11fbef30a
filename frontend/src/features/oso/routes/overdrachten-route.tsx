import type { OsoDossierRegel, OsoOverdrachten } from "@elk/contracts";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import "../oso.css";
import { ApiFout } from "../../../components/api-fout";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useVerzenden } from "../../../lib/use-verzenden";
import { dossierOpnieuw, useOverdrachten } from "../api/oso";
import { DossiersTabel } from "../components/dossiers-tabel";

/** The worker and the school's LAS change the states meanwhile: the list is asked again this often. */
const VERVERS_MS = 5000;

/**
 * OSO > Overdrachten (OSO-05): the locatiebeheerder follows the school's OSO dossiers in the chosen
 * school year (HOME-04) — whether the aanleverpunt may request transfers at all, and each dossier
 * from the queue to "Opgehaald door het LAS". The list refreshes by itself while the page is open.
 */
export function OverdrachtenRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("oso.overdrachten.titel"));
  const { schooljaar } = useSchooljaar();
  const overdrachten = useOverdrachten(schooljaar);
  const { ververs } = overdrachten;

  useEffect(() => {
    const timer = setInterval(ververs, VERVERS_MS);
    return () => clearInterval(timer);
  }, [ververs]);

  return (
    <>
      <Heading1>{t("oso.overdrachten.titel")}</Heading1>
      <ApiWeergave resultaat={overdrachten}>
        {(data) => <Overdrachten key={schooljaar} data={data} ververs={ververs} />}
      </ApiWeergave>
    </>
  );
}

function Overdrachten({ data, ververs }: { data: OsoOverdrachten; ververs: () => void }) {
  const { t } = useI18n();
  const [melding, setMelding] = useState<string | null>(null);
  const [bezig, setBezig] = useState<string | null>(null);
  const opnieuw = useVerzenden(dossierOpnieuw);
  const meldingRef = useRef<HTMLDivElement>(null);
  const { geregistreerd, magOverdrachtAanvragen } = data.aanleverpunt;

  const probeerOpnieuw = async (dossier: OsoDossierRegel) => {
    if (bezig) return;
    setMelding(null);
    setBezig(dossier.aanmeldingId);
    const gedaan = await opnieuw.verzend(dossier.aanmeldingId);
    setBezig(null);
    ververs();
    if (!gedaan) return;
    setMelding(t("oso.overdrachten.opnieuwGedaan", { naam: dossier.leerlingNaam }));
    requestAnimationFrame(() => meldingRef.current?.focus());
  };

  return (
    <>
      <Paragraph>
        {t("oso.overdrachten.intro", { school: data.schoolNaam, schooljaar: data.schooljaar })}
      </Paragraph>
      {geregistreerd && magOverdrachtAanvragen ? (
        <Paragraph className="elk-oso-aanleverpunt">{t("oso.overdrachten.aanleverpuntGoed")}</Paragraph>
      ) : (
        <Alert type="warning">
          <Paragraph>
            {t(geregistreerd ? "oso.overdrachten.magNiet" : "oso.overdrachten.nietGeregistreerd")}
          </Paragraph>
        </Alert>
      )}
      {melding && (
        <Alert type="ok" ref={meldingRef} tabIndex={-1}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {opnieuw.fout && <ApiFout fout={opnieuw.fout} />}
      {data.items.length === 0 ? (
        <Paragraph className="elk-leeg">
          {t("oso.overdrachten.geen", { schooljaar: data.schooljaar })}
        </Paragraph>
      ) : (
        <DossiersTabel dossiers={data.items} bezig={bezig} onOpnieuw={(d) => void probeerOpnieuw(d)} />
      )}
    </>
  );
}
