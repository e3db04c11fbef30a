import { Button } from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { FormulierMelding, formulierFout, Tekstveld, useFocusOpFout } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";

/**
 * REG-09, the manual's steps 3 and 4: a number, "Controleren", what ELK found said as a status,
 * then "Verder gaan". Which number (ELK-nummer or BSN), how it is checked and what is said of the
 * answer are the caller's.
 */
export function NummerControle<T extends NonNullable<unknown>>(props: {
  naam: string;
  label: string;
  beschrijving: string;
  /** The message when the field is left empty. */
  verplicht: string;
  controleer: (nummer: string) => Promise<T>;
  /** Places an API error without field messages at the field (see `formulierFout`). */
  veldVoorCode?: Readonly<Record<string, string>>;
  /** Whether typing clears the API's last message. */
  wisFoutBijWijzigen?: boolean;
  gevonden: (antwoord: T) => ReactNode;
  onVerder: (nummer: string, antwoord: T) => void;
  onAnnuleer?: (() => void) | undefined;
}) {
  const {
    naam,
    controleer,
    veldVoorCode,
    wisFoutBijWijzigen = false,
    gevonden,
    onVerder,
    onAnnuleer,
  } = props;
  const { t } = useI18n();
  const [nummer, setNummer] = useState("");
  const [leeg, setLeeg] = useState(false);
  const [resultaat, setResultaat] = useState<{ nummer: string; antwoord: T } | null>(null);
  const controleren = useVerzenden(controleer);
  const formRef = useRef<HTMLFormElement>(null);
  const { algemeen, velden } = formulierFout(controleren.fout, t, veldVoorCode);
  const veldFout = leeg ? props.verplicht : velden[naam];
  useFocusOpFout(formRef, leeg ? veldFout : controleren.fout);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResultaat(null);
    const ingevuld = nummer.trim();
    setLeeg(ingevuld === "");
    if (ingevuld === "") return;
    const antwoord = await controleren.verzend(ingevuld);
    if (antwoord) setResultaat({ nummer: ingevuld, antwoord });
  }

  return (
    <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
      <FormulierMelding tekst={algemeen} />
      <div className="elk-elk-nummer__veld">
        <Tekstveld
          naam={naam}
          label={props.label}
          beschrijving={props.beschrijving}
          verplicht
          letterlijk
          autoComplete="off"
          waarde={nummer}
          fout={veldFout}
          onWijzig={(waarde) => {
            setNummer(waarde);
            setResultaat(null);
            if (wisFoutBijWijzigen) controleren.wisFout();
          }}
        />
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={controleren.bezig}
          disabled={controleren.bezig}
        >
          {controleren.bezig ? t("aanmeldingen.controlerenBezig") : t("aanmeldingen.controleren")}
        </Button>
      </div>
      <div role="status">{resultaat && gevonden(resultaat.antwoord)}</div>
      <div className="elk-formulier__knoppen">
        {resultaat && (
          <Button
            type="button"
            appearance="primary-action-button"
            onClick={() => onVerder(resultaat.nummer, resultaat.antwoord)}
          >
            {t("aanmeldingen.verderGaan")}
          </Button>
        )}
        {onAnnuleer && (
          <Button type="button" appearance="secondary-action-button" onClick={onAnnuleer}>
            {t("aanmeldingen.annuleren")}
          </Button>
        )}
      </div>
    </form>
  );
}
