import type { LeerlingenLijst, LeerlingRegel } from "@elk/contracts";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import "../leerlingen.css";
import { ApiFout } from "../../../components/api-fout";
import { ApiWeergave } from "../../../components/api-weergave";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useMijnGegevens } from "../../../lib/mijn-gegevens";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useVerzenden } from "../../../lib/use-verzenden";
import {
  leerlingToevoegen,
  leerlingWijzigen,
  ouderinlogVersturen,
  usePoLeerlingen,
} from "../api/po-leerlingen";
import { CsvImport } from "../components/csv-import";
import { LeerlingFormulier } from "../components/leerling-formulier";
import { LeerlingenTabel } from "../components/leerlingen-tabel";
import { invoerVan, LEGE_LEERLING, toevoegenBody, wijzigenBody } from "../utils/leerling-invoer";

type Paneel = { soort: "toevoegen" } | { soort: "importeren" } | { soort: "wijzigen"; leerlingId: string };

/**
 * Leerlingen > Leerlingen groep 8 (PO-01): the primary school keeps its pupils of the chosen school
 * year (HOME-04) — added one by one or from a CSV file, corrected with the pencil — and sends the
 * parents their ouderinlog (ACC-09), except for PrO pupils (REG-01).
 */
export function PoLeerlingenRoute() {
  const { t } = useI18n();
  const { schooljaar } = useSchooljaar();
  const school = useMijnGegevens().gebruiker.locatieNaam;
  const leerlingen = usePoLeerlingen(schooljaar);
  useDocumentTitle(t("leerlingen.po.titel"));
  return (
    <>
      <Heading1>{t("leerlingen.po.titel")}</Heading1>
      <Paragraph>{t("leerlingen.po.intro", { school, schooljaar })}</Paragraph>
      <Paragraph appearance="small">{t("leerlingen.po.pro")}</Paragraph>
      <ApiWeergave resultaat={leerlingen}>
        {(lijst) => <LeerlingenBeheer key={lijst.schooljaar} lijst={lijst} ververs={leerlingen.ververs} />}
      </ApiWeergave>
    </>
  );
}

function LeerlingenBeheer({ lijst, ververs }: { lijst: LeerlingenLijst; ververs: () => void }) {
  const { t } = useI18n();
  const [paneel, setPaneel] = useState<Paneel | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [bevestigen, setBevestigen] = useState<LeerlingRegel | null>(null);
  // An answer shows at once; the list reloads behind it.
  const [bijgewerkt, setBijgewerkt] = useState<Readonly<Record<string, LeerlingRegel>>>({});
  const versturen = useVerzenden(ouderinlogVersturen);
  const meldingRef = useRef<HTMLDivElement>(null);
  const toevoegenRef = useRef<HTMLButtonElement>(null);

  const items = [
    ...lijst.items.map((leerling) => {
      const antwoord = bijgewerkt[leerling.id];
      return antwoord && isNieuwer(antwoord, leerling) ? antwoord : leerling;
    }),
    ...Object.values(bijgewerkt).filter((antwoord) => !lijst.items.some((l) => l.id === antwoord.id)),
  ];
  const teWijzigen =
    paneel?.soort === "wijzigen" ? items.find((leerling) => leerling.id === paneel.leerlingId) : undefined;

  const open = (nieuw: Paneel) => {
    setMelding(null);
    versturen.wisFout();
    setPaneel(nieuw);
  };

  const sluit = (tekst: string | null) => {
    setPaneel(null);
    setMelding(tekst);
    requestAnimationFrame(() => (tekst ? meldingRef.current : toevoegenRef.current)?.focus());
  };

  const opgeslagen = (leerling: LeerlingRegel, tekst: string) => {
    setBijgewerkt((vorige) => ({ ...vorige, [leerling.id]: leerling }));
    ververs();
    sluit(tekst);
  };

  const bevestig = async () => {
    if (!bevestigen) return;
    const leerling = bevestigen;
    const antwoord = await versturen.verzend(leerling.id);
    setBevestigen(null);
    if (!antwoord) return;
    setBijgewerkt((vorige) => ({
      ...vorige,
      [leerling.id]: { ...leerling, ouderinlogVerstuurdOp: antwoord.ouderinlogVerstuurdOp },
    }));
    ververs();
    sluit(antwoord.bericht);
  };

  return (
    <>
      {!paneel && (
        <div className="elk-leerlingen__knoppen">
          <Button
            ref={toevoegenRef}
            appearance="primary-action-button"
            onClick={() => open({ soort: "toevoegen" })}
          >
            {t("leerlingen.po.toevoegen")}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => open({ soort: "importeren" })}>
            {t("leerlingen.po.importeren")}
          </Button>
        </div>
      )}
      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph lang="nl">{melding}</Paragraph>
        </Alert>
      )}
      {versturen.fout && <ApiFout fout={versturen.fout} />}

      {paneel?.soort === "toevoegen" && (
        <LeerlingFormulier
          modus="toevoegen"
          titel={t("leerlingen.formulier.toevoegenTitel")}
          begin={LEGE_LEERLING}
          opslaan={(invoer) => leerlingToevoegen(toevoegenBody(invoer, lijst.schooljaar))}
          naOpgeslagen={(leerling) =>
            opgeslagen(
              leerling,
              t("leerlingen.toegevoegd", { naam: leerling.naam, elkNummer: leerling.elkNummer }),
            )
          }
          annuleren={() => sluit(null)}
        />
      )}
      {teWijzigen && (
        <LeerlingFormulier
          // A reload after a 409 brings a newer version: the form opens again on it.
          key={`${teWijzigen.id}:${teWijzigen.version}`}
          modus="wijzigen"
          titel={t("leerlingen.formulier.wijzigenTitel", { naam: teWijzigen.naam })}
          begin={invoerVan(teWijzigen)}
          opslaan={(invoer) => leerlingWijzigen(teWijzigen.id, wijzigenBody(invoer, teWijzigen.version))}
          naOpgeslagen={(leerling) =>
            opgeslagen(leerling, t("leerlingen.gewijzigd", { naam: leerling.naam }))
          }
          annuleren={() => sluit(null)}
          herlaad={ververs}
        />
      )}
      {paneel?.soort === "importeren" && (
        <CsvImport
          schooljaar={lijst.schooljaar}
          naGeimporteerd={(resultaat) => {
            ververs();
            sluit(resultaat.bericht);
          }}
          annuleren={() => sluit(null)}
        />
      )}

      {items.length === 0 ? (
        <Paragraph className="elk-leeg">
          {t("leerlingen.po.geen", { schooljaar: lijst.schooljaar })}
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            {items.length === 1
              ? t("leerlingen.po.aantalEen")
              : t("leerlingen.po.aantal", { aantal: items.length })}
          </Paragraph>
          <LeerlingenTabel
            leerlingen={items}
            wijzigen={(leerling) => open({ soort: "wijzigen", leerlingId: leerling.id })}
            ouderinlog={(leerling) => {
              setMelding(null);
              versturen.wisFout();
              setBevestigen(leerling);
            }}
          />
        </>
      )}

      {bevestigen && (
        <BevestigDialoog
          titel={t(
            bevestigen.ouderinlogVerstuurdOp
              ? "leerlingen.ouderinlog.opnieuwTitel"
              : "leerlingen.ouderinlog.titel",
          )}
          vraag={t("leerlingen.ouderinlog.vraag", {
            naam: bevestigen.naam,
            email: bevestigen.emailOuders,
          })}
          bevestigLabel={t("leerlingen.ouderinlog.knop")}
          annuleerLabel={t("leerlingen.annuleren")}
          bevestigStijl="primair"
          bezig={versturen.bezig}
          onBevestig={bevestig}
          onAnnuleer={() => setBevestigen(null)}
        />
      )}
    </>
  );
}

/** An answer newer than the list: a saved change, or an ouderinlog sent since the list was read. */
function isNieuwer(antwoord: LeerlingRegel, gelezen: LeerlingRegel): boolean {
  return (
    antwoord.version > gelezen.version ||
    (antwoord.ouderinlogVerstuurdOp ?? "") > (gelezen.ouderinlogVerstuurdOp ?? "")
  );
}
