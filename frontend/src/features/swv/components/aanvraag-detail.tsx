import type { SwvAanvraagDetail } from "@elk/contracts";
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { formulierFout, Tekstvak } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { formatDatumTijd } from "../../../lib/datum";
import { useVerzenden } from "../../../lib/use-verzenden";
import { swvAccorderen, swvIndienen, swvTerugsturen } from "../api/swv";
import { AanvraagFormulier } from "./aanvraag-formulier";
import { soortLabel, statusLabel } from "./labels";
import { SwvBijlagen } from "./swv-bijlagen";
import { SwvHistorie } from "./swv-historie";

type Dialoog = "indienen" | "terugsturen" | "accorderen" | null;

/**
 * One request: its data, what changed hands, and exactly the steps the user may take now — the
 * drafter edits a concept, adds bijlagen and offers it; the approver sends it back with a comment
 * or approves and sends it. Every answer of the API is the request as it now is.
 */
export function AanvraagDetail({ geladen }: { geladen: SwvAanvraagDetail }) {
  const { t, locale } = useI18n();
  const [aanvraag, setAanvraag] = useState(geladen);
  const [bewerken, setBewerken] = useState(false);
  const [dialoog, setDialoog] = useState<Dialoog>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [opmerking, setOpmerking] = useState("");
  const meldingRef = useRef<HTMLDivElement>(null);
  const indienen = useVerzenden(() => swvIndienen(aanvraag.id, aanvraag.version));
  const terugsturen = useVerzenden(() => swvTerugsturen(aanvraag.id, aanvraag.version, opmerking));
  const accorderen = useVerzenden(() => swvAccorderen(aanvraag.id, aanvraag.version));
  const datum = (iso: string) => formatDatumTijd(iso, locale);
  const mag = (actie: SwvAanvraagDetail["acties"][number]) => aanvraag.acties.includes(actie);

  useEffect(() => setAanvraag(geladen), [geladen]);

  const toon = (nieuw: SwvAanvraagDetail, tekst: string) => {
    setAanvraag(nieuw);
    setMelding(tekst);
    requestAnimationFrame(() => meldingRef.current?.focus());
  };

  async function stap(actie: typeof indienen, tekst: (nieuw: SwvAanvraagDetail) => string) {
    const nieuw = await actie.verzend();
    if (!nieuw) return;
    setDialoog(null);
    toon(nieuw, tekst(nieuw));
  }

  const open = (welke: Dialoog) => {
    for (const actie of [indienen, terugsturen, accorderen]) actie.wisFout();
    setMelding(null);
    setOpmerking("");
    setDialoog(welke);
  };

  const swv = aanvraag.samenwerkingsverband;
  const opmerkingFout = formulierFout(terugsturen.fout, t);

  return (
    <>
      <Heading1>{t("swv.detail.titel", { naam: aanvraag.leerling.naam })}</Heading1>
      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {aanvraag.teruggestuurd && aanvraag.laatstTeruggestuurd && (
        <Alert type="warning">
          <Heading2>
            {t("swv.detail.teruggestuurd.titel", {
              naam: aanvraag.laatstTeruggestuurd.door.naam,
              datum: datum(aanvraag.laatstTeruggestuurd.op),
            })}
          </Heading2>
          <Paragraph lang="nl" className="elk-swv__tekst">
            {aanvraag.laatstTeruggestuurd.opmerking}
          </Paragraph>
          {mag("indienen") && <Paragraph>{t("swv.detail.teruggestuurd.uitleg")}</Paragraph>}
        </Alert>
      )}
      {aanvraag.status === "ter-accordering" && !mag("accorderen-en-versturen") && (
        <Alert type="info">
          <Paragraph>{t("swv.detail.terAccordering")}</Paragraph>
        </Alert>
      )}

      <DataList className="elk-gegevens elk-swv__gegevens">
        <DataListItem>
          <DataListKey>{t("swv.detail.leerling")}</DataListKey>
          <DataListValue>
            {t("swv.detail.leerlingWaarde", {
              naam: aanvraag.leerling.naam,
              elkNummer: aanvraag.leerling.elkNummer,
            })}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("swv.detail.soort")}</DataListKey>
          <DataListValue>{t(soortLabel(aanvraag.soort))}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("swv.detail.status")}</DataListKey>
          <DataListValue>
            <span data-testid="swv-status">{t(statusLabel(aanvraag.status))}</span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("swv.detail.opgesteld")}</DataListKey>
          <DataListValue>
            {t("swv.detail.doorOp", {
              naam: aanvraag.aangemaaktDoor.naam,
              datum: datum(aanvraag.aangemaaktOp),
            })}
          </DataListValue>
        </DataListItem>
        {aanvraag.ingediend && (
          <DataListItem>
            <DataListKey>{t("swv.detail.ingediend")}</DataListKey>
            <DataListValue>
              {t("swv.detail.doorOp", {
                naam: aanvraag.ingediend.door.naam,
                datum: datum(aanvraag.ingediend.op),
              })}
            </DataListValue>
          </DataListItem>
        )}
        {aanvraag.verstuurd && (
          <DataListItem>
            <DataListKey>{t("swv.detail.verstuurd")}</DataListKey>
            <DataListValue>
              {t("swv.detail.verstuurdNaar", {
                datum: datum(aanvraag.verstuurd.op),
                naam: aanvraag.verstuurd.door.naam,
                swv: aanvraag.verstuurd.aan.naam,
                email: aanvraag.verstuurd.aan.email,
              })}
            </DataListValue>
          </DataListItem>
        )}
      </DataList>

      {bewerken ? (
        <AanvraagFormulier
          modus={{ soort: "wijzigen", aanvraag }}
          naOpgeslagen={(nieuw) => {
            setBewerken(false);
            toon(nieuw, t("swv.opgeslagen"));
          }}
          annuleren={() => setBewerken(false)}
        />
      ) : (
        <section className="elk-swv__sectie" aria-labelledby="swv-motivatie">
          <Heading2 id="swv-motivatie">{t("swv.detail.motivatie")}</Heading2>
          {aanvraag.motivatie ? (
            <Paragraph lang="nl" className="elk-swv__tekst">
              {aanvraag.motivatie}
            </Paragraph>
          ) : (
            <Paragraph className="elk-leeg">{t("swv.detail.geenMotivatie")}</Paragraph>
          )}
        </section>
      )}

      <SwvBijlagen aanvraag={aanvraag} naWijziging={toon} />

      {!bewerken &&
        (mag("wijzigen") || mag("indienen") || mag("terugsturen") || mag("accorderen-en-versturen")) && (
          <div className="elk-formulier__knoppen elk-swv__stappen">
            {mag("indienen") && (
              <Button appearance="primary-action-button" onClick={() => open("indienen")}>
                {t("swv.indienen")}
              </Button>
            )}
            {mag("accorderen-en-versturen") && (
              <Button appearance="primary-action-button" onClick={() => open("accorderen")}>
                {t("swv.accorderen")}
              </Button>
            )}
            {mag("terugsturen") && (
              <Button appearance="secondary-action-button" onClick={() => open("terugsturen")}>
                {t("swv.terugsturen")}
              </Button>
            )}
            {mag("wijzigen") && (
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setMelding(null);
                  setBewerken(true);
                }}
              >
                {t("swv.detail.wijzigen")}
              </Button>
            )}
          </div>
        )}

      <SwvHistorie historie={aanvraag.historie} />

      {dialoog === "indienen" && (
        <BevestigDialoog
          titel={t("swv.indienen.titel")}
          vraag={t("swv.indienen.vraag")}
          bevestigLabel={t("swv.indienen")}
          annuleerLabel={t("swv.annuleren")}
          bevestigStijl="primair"
          bezig={indienen.bezig}
          onBevestig={() => stap(indienen, () => t("swv.indienen.klaar"))}
          onAnnuleer={() => setDialoog(null)}
        >
          {indienen.fout && <ApiFout fout={indienen.fout} />}
        </BevestigDialoog>
      )}
      {dialoog === "accorderen" && (
        <BevestigDialoog
          titel={t("swv.accorderen.titel")}
          vraag={t("swv.accorderen.vraag", { naam: swv?.naam ?? "", email: swv?.email ?? "" })}
          bevestigLabel={t("swv.accorderen")}
          annuleerLabel={t("swv.annuleren")}
          bevestigStijl="primair"
          bezig={accorderen.bezig}
          onBevestig={() =>
            stap(accorderen, (nieuw) => t("swv.accorderen.klaar", { naam: nieuw.verstuurd?.aan.naam ?? "" }))
          }
          onAnnuleer={() => setDialoog(null)}
        >
          {accorderen.fout && <ApiFout fout={accorderen.fout} />}
        </BevestigDialoog>
      )}
      {dialoog === "terugsturen" && (
        <BevestigDialoog
          titel={t("swv.terugsturen.titel")}
          vraag={t("swv.terugsturen.vraag")}
          bevestigLabel={t("swv.terugsturen")}
          annuleerLabel={t("swv.annuleren")}
          bevestigStijl="primair"
          bezig={terugsturen.bezig}
          onBevestig={() => stap(terugsturen, () => t("swv.terugsturen.klaar"))}
          onAnnuleer={() => setDialoog(null)}
        >
          <Tekstvak
            naam="opmerking"
            label={t("swv.terugsturen.opmerking")}
            waarde={opmerking}
            onWijzig={setOpmerking}
            verplicht
            fout={opmerkingFout.velden.opmerking}
          />
          {terugsturen.fout && !opmerkingFout.velden.opmerking && <ApiFout fout={terugsturen.fout} />}
        </BevestigDialoog>
      )}
    </>
  );
}
