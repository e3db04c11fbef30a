import type { Notities as NotitiesLijst } from "@elk/contracts";
import { Alert, Button, FormFieldCheckbox, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useId, useRef, useState } from "react";
import "./notities.css";
import { useI18n } from "../../i18n/i18n";
import { formatDatumTijd } from "../../lib/datum";
import { useScrollbaar } from "../../lib/use-scrollbaar";
import { useVerzenden } from "../../lib/use-verzenden";
import { ApiWeergave } from "../api-weergave";
import { FormulierMelding, formulierFout, Tekstvak, useFocusOpFout } from "../formulier";
import { notitieToevoegen, useNotities } from "./notities-api";

/**
 * TRT-12 / PO-03 "Notities": the notes on a pupil, newest first, and a form to add one — visible
 * to the primary school and the VO school, or with "Alleen voor eigen organisatie" only to the
 * own colleagues. The same on the VO school's menu and the primary school's page.
 */
export function Notities({ leerlingId }: { leerlingId: string }) {
  const notities = useNotities(leerlingId);
  return (
    <div className="elk-notities">
      <ApiWeergave resultaat={notities}>{(lijst) => <NotitieLijst lijst={lijst} />}</ApiWeergave>
      <NotitieFormulier leerlingId={leerlingId} naGeplaatst={notities.ververs} />
    </div>
  );
}

function NotitieLijst({ lijst }: { lijst: NotitiesLijst }) {
  const { t, locale } = useI18n();
  // A long list scrolls within its box: then the keyboard must reach it to scroll it (WCAG 2.1.1).
  const [lijstRef, scrollbaar] = useScrollbaar<HTMLUListElement>();
  if (lijst.items.length === 0) return <Paragraph className="elk-leeg">{t("notities.geen")}</Paragraph>;
  const nieuwsteEerst = [...lijst.items].sort((a, b) => b.op.localeCompare(a.op));
  return (
    <ul
      ref={lijstRef}
      className="elk-notities__lijst"
      aria-label={t("notities.lijst")}
      tabIndex={scrollbaar ? 0 : undefined}
    >
      {nieuwsteEerst.map((notitie) => (
        <li key={notitie.id} className="elk-notitie" data-notitie-id={notitie.id}>
          <p className="elk-notitie__meta">
            <time dateTime={notitie.op}>{formatDatumTijd(notitie.op, locale)}</time>
            {" — "}
            <span lang="nl">
              {t("notities.door", { door: notitie.door, organisatie: notitie.organisatie })}
            </span>
            {notitie.alleenEigenOrganisatie && (
              <span className="elk-notitie__eigen">{t("notities.alleenEigen")}</span>
            )}
          </p>
          <p className="elk-notitie__tekst" lang="nl">
            {notitie.tekst}
          </p>
        </li>
      ))}
    </ul>
  );
}

function NotitieFormulier({ leerlingId, naGeplaatst }: { leerlingId: string; naGeplaatst: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [tekst, setTekst] = useState("");
  const [alleenEigen, setAlleenEigen] = useState(false);
  const [ontbreekt, setOntbreekt] = useState(false);
  // Counts the submits with an empty note: each one moves focus to the field again.
  const [leegVerstuurd, setLeegVerstuurd] = useState(0);
  const [geplaatst, setGeplaatst] = useState(false);
  const formulierRef = useRef<HTMLFormElement>(null);
  const plaatsen = useVerzenden(notitieToevoegen);
  const { algemeen, velden } = formulierFout(plaatsen.fout, t);
  const veldFout = ontbreekt ? t("notities.verplicht") : velden.tekst;
  useFocusOpFout(formulierRef, plaatsen.fout ?? (ontbreekt ? leegVerstuurd : null));

  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    setGeplaatst(false);
    if (!tekst.trim()) {
      setOntbreekt(true);
      setLeegVerstuurd((n) => n + 1);
      return;
    }
    setOntbreekt(false);
    const verzonden = tekst.trim();
    const notitie = await plaatsen.verzend(leerlingId, {
      tekst: verzonden,
      alleenEigenOrganisatie: alleenEigen,
    });
    if (!notitie) return;
    // Whatever was typed meanwhile is the next note: only the posted text is cleared.
    setTekst((nu) => (nu.trim() === verzonden ? "" : nu));
    setAlleenEigen(false);
    setGeplaatst(true);
    naGeplaatst();
  };

  return (
    <form ref={formulierRef} className="elk-formulier elk-notities__formulier" noValidate onSubmit={verstuur}>
      <FormulierMelding tekst={algemeen} />
      <Tekstvak
        naam={`${id}-tekst`}
        label={t("notities.nieuw")}
        beschrijving={t("notities.nieuwUitleg")}
        waarde={tekst}
        onWijzig={(waarde) => {
          setTekst(waarde);
          setGeplaatst(false);
        }}
        verplicht
        fout={veldFout}
      />
      <FormFieldCheckbox
        name="alleenEigenOrganisatie"
        label={t("notities.alleenEigenVeld")}
        description={t("notities.alleenEigenUitleg")}
        checked={alleenEigen}
        onChange={(event) => setAlleenEigen(event.currentTarget.checked)}
      />
      <div className="elk-formulier__knoppen">
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={plaatsen.bezig}
          disabled={plaatsen.bezig}
        >
          {plaatsen.bezig ? t("notities.plaatsenBezig") : t("notities.plaatsen")}
        </Button>
      </div>
      <div role="status">
        {geplaatst && (
          <Alert type="ok">
            <Paragraph>{t("notities.geplaatst")}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
