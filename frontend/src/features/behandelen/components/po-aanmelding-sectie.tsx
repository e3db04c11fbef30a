import type { PoAanmelding } from "@elk/contracts";
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import "../behandelen.css";
import { ApiFout } from "../../../components/api-fout";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { FormulierMelding, formulierFout, Tekstvak } from "../../../components/formulier";
import { Notities } from "../../../components/notities/notities";
import { useI18n } from "../../../i18n/i18n";
import type { ApiError } from "../../../lib/api-client";
import { alsApiError } from "../../../lib/use-api";
import { type PoVerzoek, poBehandelen, usePoAanmelding } from "../api/po-aanmelding";

type Registratie = NonNullable<PoAanmelding["aanmelding"]>;

/**
 * PO-03: on the primary school's page of a pupil, the registration's school and state (the
 * placement only from the announcement on, the server sees to that), the request for a warm
 * handover (tafelmiddag) and the notes shared with the primary school. Nothing when the pupil
 * has no registration.
 */
export function PoAanmeldingSectie({ leerlingId }: { leerlingId: string }) {
  const resultaat = usePoAanmelding(leerlingId);
  if (resultaat.status === "laden") return null;
  if (resultaat.status === "fout") {
    // A pupil the primary school cannot see (any more) simply has no section.
    return resultaat.fout.status === 404 ? null : (
      <ApiFout fout={resultaat.fout} opnieuw={resultaat.opnieuw} />
    );
  }
  const { aanmelding } = resultaat.data;
  if (!aanmelding) return null;
  return <Sectie leerlingId={leerlingId} aanmelding={aanmelding} ververs={resultaat.ververs} />;
}

function Sectie(props: { leerlingId: string; aanmelding: Registratie; ververs: () => void }) {
  const { leerlingId, ververs } = props;
  const { t } = useI18n();
  const titelId = useId();
  // The answer of a request shows at once; the reload follows behind it.
  const [antwoord, setAntwoord] = useState<Registratie | null>(null);
  const aanmelding = antwoord && antwoord.version >= props.aanmelding.version ? antwoord : props.aanmelding;
  const [paneel, setPaneel] = useState<"aanvragen" | "annuleren" | null>(null);
  const [melding, setMelding] = useState<{ soort: "ok" | "fout"; tekst: string } | null>(null);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiError | null>(null);
  const aanvraagKnopRef = useRef<HTMLButtonElement>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  const { tafelmiddag, opties } = aanmelding;

  const open = (nieuw: "aanvragen" | "annuleren") => {
    setMelding(null);
    setFout(null);
    setPaneel(nieuw);
  };

  const sluit = () => {
    setPaneel(null);
    setFout(null);
    requestAnimationFrame(() => aanvraagKnopRef.current?.focus());
  };

  const verstuur = async (verzoek: PoVerzoek, gelukt: string) => {
    setBezig(true);
    setFout(null);
    try {
      const nieuw = await poBehandelen(leerlingId, verzoek);
      if (nieuw.aanmelding) setAntwoord(nieuw.aanmelding);
      setPaneel(null);
      setMelding({ soort: "ok", tekst: gelukt });
      ververs();
      requestAnimationFrame(() => meldingRef.current?.focus());
    } catch (e) {
      const antwoordFout = alsApiError(e);
      // Someone changed the registration meanwhile: say so, and show it as it is now.
      if (antwoordFout.status === 409) {
        setPaneel(null);
        setMelding({ soort: "fout", tekst: antwoordFout.message });
        ververs();
        requestAnimationFrame(() => meldingRef.current?.focus());
      } else setFout(antwoordFout);
    } finally {
      setBezig(false);
    }
  };

  const warmeOverdracht = tafelmiddag.po
    ? tafelmiddag.vo
      ? t("poAanmelding.tafelmiddag.beide")
      : t("poAanmelding.tafelmiddag.po")
    : tafelmiddag.vo
      ? t("poAanmelding.tafelmiddag.vo")
      : t("poAanmelding.tafelmiddag.geen");

  return (
    <section className="elk-po-aanmelding" aria-labelledby={titelId}>
      <Heading2 id={titelId}>{t("poAanmelding.titel")}</Heading2>
      <DataList className="elk-gegevens">
        <DataListItem>
          <DataListKey>{t("poAanmelding.school")}</DataListKey>
          <DataListValue>{aanmelding.school}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("poAanmelding.status")}</DataListKey>
          <DataListValue lang="nl">
            {aanmelding.geplaatstOp
              ? t("poAanmelding.geplaatstOp", {
                  status: aanmelding.statusLabel,
                  afdeling: aanmelding.geplaatstOp,
                })
              : aanmelding.statusLabel}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("poAanmelding.tafelmiddag")}</DataListKey>
          <DataListValue>{warmeOverdracht}</DataListValue>
        </DataListItem>
      </DataList>

      {melding && (
        <Alert
          type={melding.soort === "ok" ? "ok" : "error"}
          role={melding.soort === "ok" ? "status" : "alert"}
          ref={meldingRef}
          tabIndex={-1}
        >
          <Paragraph lang="nl">{melding.tekst}</Paragraph>
        </Alert>
      )}

      {paneel !== "aanvragen" &&
        (opties.includes("po-tafelmiddag-aanvragen") || opties.includes("po-tafelmiddag-annuleren")) && (
          <div className="elk-formulier__knoppen">
            {opties.includes("po-tafelmiddag-aanvragen") && (
              <Button
                ref={aanvraagKnopRef}
                appearance="primary-action-button"
                onClick={() => open("aanvragen")}
              >
                {t("poAanmelding.aanvragen")}
              </Button>
            )}
            {opties.includes("po-tafelmiddag-annuleren") && (
              <Button
                ref={aanvraagKnopRef}
                appearance="secondary-action-button"
                onClick={() => open("annuleren")}
              >
                {t("poAanmelding.annuleren")}
              </Button>
            )}
          </div>
        )}

      {paneel === "aanvragen" && (
        <AanvraagFormulier
          bezig={bezig}
          fout={fout}
          onVerstuur={(toelichting) =>
            void verstuur(
              { actie: "po-tafelmiddag-aanvragen", toelichting, version: aanmelding.version },
              t("poAanmelding.aangevraagd"),
            )
          }
          onAnnuleer={sluit}
        />
      )}
      {paneel === "annuleren" && (
        <BevestigDialoog
          titel={t("poAanmelding.annuleren")}
          vraag={t("poAanmelding.annuleren.vraag")}
          bevestigLabel={t("poAanmelding.annuleren")}
          annuleerLabel={t("poAanmelding.terug")}
          bezig={bezig}
          onBevestig={() =>
            void verstuur(
              { actie: "po-tafelmiddag-annuleren", version: aanmelding.version },
              t("poAanmelding.geannuleerd"),
            )
          }
          onAnnuleer={sluit}
        >
          {fout && <ApiFout fout={fout} />}
        </BevestigDialoog>
      )}

      <Heading3>{t("poAanmelding.notities")}</Heading3>
      <Paragraph>{t("poAanmelding.notitiesIntro")}</Paragraph>
      <Notities leerlingId={leerlingId} />
    </section>
  );
}

/** The request for a warm handover: a short note is mandatory (TRT-10). */
function AanvraagFormulier(props: {
  bezig: boolean;
  fout: ApiError | null;
  onVerstuur: (toelichting: string) => void;
  onAnnuleer: () => void;
}) {
  const { bezig, fout, onVerstuur, onAnnuleer } = props;
  const { t } = useI18n();
  const titelId = useId();
  const [toelichting, setToelichting] = useState("");
  const [ontbreekt, setOntbreekt] = useState(false);
  const { algemeen, velden } = formulierFout(fout, t);
  const formulierRef = useRef<HTMLFormElement>(null);

  // The form opens in place of its button: focus goes to the note.
  useEffect(() => {
    formulierRef.current?.querySelector("textarea")?.focus();
  }, []);

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    const schoon = toelichting.trim();
    setOntbreekt(!schoon);
    if (schoon) onVerstuur(schoon);
  };

  return (
    <form
      ref={formulierRef}
      className="elk-formulier elk-po-aanmelding__formulier"
      noValidate
      aria-labelledby={titelId}
      onSubmit={verstuur}
    >
      <Heading3 id={titelId}>{t("poAanmelding.aanvragen")}</Heading3>
      <Paragraph>{t("poAanmelding.aanvragen.intro")}</Paragraph>
      <FormulierMelding tekst={algemeen} />
      <Tekstvak
        naam="toelichting"
        label={t("poAanmelding.toelichting")}
        waarde={toelichting}
        onWijzig={setToelichting}
        verplicht
        fout={ontbreekt ? t("poAanmelding.toelichtingVerplicht") : velden.toelichting}
      />
      <div className="elk-formulier__knoppen">
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {bezig ? t("poAanmelding.bezig") : t("poAanmelding.aanvragenKnop")}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={bezig} onClick={onAnnuleer}>
          {t("poAanmelding.terug")}
        </Button>
      </div>
    </form>
  );
}
