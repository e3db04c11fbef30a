import type { PoOkidoc } from "@elk/contracts";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import "../okidoc.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import {
  FormulierMelding,
  formulierFout,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { formatDatumTijd } from "../../../lib/datum";
import { useDocumentTitle } from "../../../lib/document-title";
import { RouterLink, useZoekParameters } from "../../../lib/router";
import { useVerzenden } from "../../../lib/use-verzenden";
import { okidocOpslaan, okidocVrijgeven, usePoOkidoc } from "../api/okidoc";
import { BijlagenBlok } from "../components/bijlagen-blok";
import { OkidocFormulier } from "../components/okidoc-formulier";
import { OkidocWeergave } from "../components/okidoc-weergave";
import { aantalOntbrekend, formulierWaarden } from "../utils/velden";

/**
 * Leerlingen groep 8 > Oki-doc (PO-01, TRT-03): the primary school fills in the pupil's oki-doc,
 * adds bijlagen and releases it; released, it is read-only until a VO school asks for an
 * addition, whose question then stands at the top. Under it, what the app puts there: the pupil's
 * registration (PO-03) — features do not import each other, so the app composes the page. What
 * stands under it gets `naWijziging`: after it changed the oki-doc (PO-02 writes the doorstroomtoets
 * results into it), the form reloads the newest version, keeping unsaved answers.
 */
export function OkidocRoute({
  onder,
}: {
  onder?: (leerlingId: string, naWijziging: () => void) => ReactNode;
}) {
  const { t } = useI18n();
  const leerlingId = useZoekParameters().get("leerling");
  if (!leerlingId) {
    return (
      <>
        <Terug />
        <Alert type="info">
          <Paragraph>{t("okidoc.geenLeerling")}</Paragraph>
        </Alert>
      </>
    );
  }
  return <OkidocScherm key={leerlingId} leerlingId={leerlingId} onder={onder} />;
}

function Terug() {
  const { t } = useI18n();
  return (
    <Paragraph>
      <RouterLink href="/leerlingen/po">{t("okidoc.terug")}</RouterLink>
    </Paragraph>
  );
}

function OkidocScherm({
  leerlingId,
  onder,
}: {
  leerlingId: string;
  onder?: (leerlingId: string, naWijziging: () => void) => ReactNode;
}) {
  const { t } = useI18n();
  const okidoc = usePoOkidoc(leerlingId);
  const naam = okidoc.status === "klaar" ? okidoc.data.leerling.naam : "";
  useDocumentTitle(naam ? t("okidoc.titel", { naam }) : t("okidoc.lijst.knop"));
  return (
    <>
      <Terug />
      <ApiWeergave resultaat={okidoc}>
        {(data) => <OkidocBeheer geladen={data} ververs={okidoc.ververs} />}
      </ApiWeergave>
      {onder?.(leerlingId, okidoc.ververs)}
    </>
  );
}

function OkidocBeheer({ geladen, ververs }: { geladen: PoOkidoc; ververs: () => void }) {
  const { t, locale } = useI18n();
  const [okidoc, setOkidoc] = useState(geladen);
  const [waarden, setWaarden] = useState<Record<string, string>>(geladen.velden);
  const [advies, setAdvies] = useState<string>(geladen.leerling.advies ?? "");
  const [melding, setMelding] = useState<string | null>(null);
  const [bevestigen, setBevestigen] = useState(false);
  const formulierRef = useRef<HTMLFormElement>(null);
  const meldingRef = useRef<HTMLDivElement>(null);

  // A reload (after a bijlage) brings the newest version and bijlagen; unsaved answers stay.
  useEffect(() => setOkidoc(geladen), [geladen]);

  // Only the form's own fields: the doorstroomtoets results belong to their section (PO-02).
  const body = (version: number) => ({
    velden: formulierWaarden(okidoc.formulier, waarden),
    ...(okidoc.adviesWijzigbaar ? { advies: (advies || null) as PoOkidoc["leerling"]["advies"] | null } : {}),
    version,
  });
  const opslaan = useVerzenden(() => okidocOpslaan(okidoc.leerling.id, body(okidoc.version)));
  const vrijgeven = useVerzenden(async () => {
    const opgeslagen = await okidocOpslaan(okidoc.leerling.id, body(okidoc.version));
    setOkidoc(opgeslagen);
    return okidocVrijgeven(okidoc.leerling.id, opgeslagen.version);
  });
  const fout = formulierFout(opslaan.fout ?? vrijgeven.fout, t);
  useFocusOpFout(formulierRef, opslaan.fout ?? vrijgeven.fout);

  const toon = (antwoord: PoOkidoc, tekst: string) => {
    setOkidoc(antwoord);
    setWaarden(antwoord.velden);
    setAdvies(antwoord.leerling.advies ?? "");
    setMelding(tekst);
    requestAnimationFrame(() => meldingRef.current?.focus());
  };

  async function bijOpslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMelding(null);
    vrijgeven.wisFout();
    const antwoord = await opslaan.verzend();
    if (antwoord) toon(antwoord, t("okidoc.opgeslagen"));
  }

  async function bijVrijgeven() {
    opslaan.wisFout();
    const antwoord = await vrijgeven.verzend();
    setBevestigen(false);
    if (antwoord) toon(antwoord, t("okidoc.vrijgegeven"));
  }

  const ontbrekend = aantalOntbrekend(okidoc.formulier, waarden, advies);
  const bezig = opslaan.bezig || vrijgeven.bezig;

  return (
    <>
      <Heading1>{t("okidoc.titel", { naam: okidoc.leerling.naam })}</Heading1>
      <Paragraph>
        {t("okidoc.intro", { naam: okidoc.leerling.naam, elkNummer: okidoc.leerling.elkNummer })}
      </Paragraph>
      <Paragraph className="elk-okidoc__status" data-testid="okidoc-status">
        <strong>{t("okidoc.status")}:</strong> {statusTekst(okidoc, t, locale)}
      </Paragraph>

      {okidoc.status === "aanvulling-gevraagd" && okidoc.aanvulling && (
        <Alert type="warning" className="elk-okidoc__aanvulling">
          <Heading2>{t("okidoc.aanvulling.titel", { school: okidoc.aanvulling.school })}</Heading2>
          <Paragraph>
            {t("okidoc.aanvulling.op", { datum: formatDatumTijd(okidoc.aanvulling.op, locale) })}
          </Paragraph>
          <Paragraph lang="nl" className="elk-okidoc__vraag">
            {okidoc.aanvulling.vraag}
          </Paragraph>
          <Paragraph>{t("okidoc.aanvulling.uitleg")}</Paragraph>
        </Alert>
      )}

      {melding && (
        <Alert type="ok" ref={meldingRef} tabIndex={-1} className="elk-okidoc__melding">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}

      {okidoc.magBewerken ? (
        <form ref={formulierRef} className="elk-formulier elk-okidoc" onSubmit={bijOpslaan} noValidate>
          <VerplichtLegenda />
          <OkidocFormulier
            okidoc={okidoc}
            waarden={waarden}
            onWijzig={(id, waarde) => setWaarden((vorige) => ({ ...vorige, [id]: waarde }))}
            advies={advies}
            onAdvies={setAdvies}
            fouten={fout.velden}
          />
          <Paragraph className="elk-okidoc__ontbreekt">
            {ontbrekend === 0
              ? t("okidoc.compleet")
              : ontbrekend === 1
                ? t("okidoc.ontbreektEen")
                : t("okidoc.ontbreekt", { aantal: ontbrekend })}
          </Paragraph>
          <FormulierMelding tekst={fout.algemeen} />
          <div className="elk-formulier__knoppen">
            <Button type="submit" appearance="secondary-action-button" busy={opslaan.bezig} disabled={bezig}>
              {opslaan.bezig ? t("okidoc.opslaanBezig") : t("okidoc.opslaan")}
            </Button>
            {okidoc.magVrijgeven && (
              <Button
                type="button"
                appearance="primary-action-button"
                disabled={bezig}
                onClick={() => {
                  setMelding(null);
                  opslaan.wisFout();
                  vrijgeven.wisFout();
                  setBevestigen(true);
                }}
              >
                {t("okidoc.vrijgeven")}
              </Button>
            )}
          </div>
        </form>
      ) : (
        <>
          <Alert type="info">
            <Paragraph>{t("okidoc.alleenLezen")}</Paragraph>
          </Alert>
          {okidoc.aanvulling && (
            <Paragraph appearance="small">
              {t("okidoc.aanvulling.eerder", {
                school: okidoc.aanvulling.school,
                vraag: okidoc.aanvulling.vraag,
              })}
            </Paragraph>
          )}
          <OkidocWeergave okidoc={okidoc} />
        </>
      )}

      <BijlagenBlok leerlingId={okidoc.leerling.id} okidoc={okidoc} naWijziging={ververs} />

      {bevestigen && (
        <BevestigDialoog
          titel={t("okidoc.vrijgeven.titel")}
          vraag={t("okidoc.vrijgeven.vraag", { naam: okidoc.leerling.naam })}
          bevestigLabel={vrijgeven.bezig ? t("okidoc.vrijgeven.bezig") : t("okidoc.vrijgeven")}
          annuleerLabel={t("okidoc.annuleren")}
          bevestigStijl="primair"
          bezig={vrijgeven.bezig}
          onBevestig={bijVrijgeven}
          onAnnuleer={() => setBevestigen(false)}
        />
      )}
    </>
  );
}

function statusTekst(okidoc: PoOkidoc, t: ReturnType<typeof useI18n>["t"], locale: string): string {
  const datum = okidoc.vrijgegevenOp ? formatDatumTijd(okidoc.vrijgegevenOp, locale) : "";
  return t(`okidoc.status.${okidoc.status}`, { datum });
}
