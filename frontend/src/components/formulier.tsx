import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { type ReactNode, type RefObject, useEffect, useId } from "react";
import "./formulier.css";
import type { I18n } from "../i18n/i18n";
import { useI18n } from "../i18n/i18n";
import type { ApiError } from "../lib/api-client";
import { foutTekst } from "./api-fout";

/** What a form shows of a failed call: a message above the form and/or messages at the fields. */
export interface FormulierFout {
  algemeen: string | null;
  velden: Readonly<Record<string, string>>;
}

const GEEN_FOUT: FormulierFout = { algemeen: null, velden: {} };

/**
 * The API's field messages go next to their fields. `veldVoorCode` places an error without field
 * messages at a field (a taken username is a 409 without `velden`).
 */
export function formulierFout(
  fout: ApiError | null,
  t: I18n["t"],
  veldVoorCode: Readonly<Record<string, string>> = {},
): FormulierFout {
  if (!fout) return GEEN_FOUT;
  const veld = veldVoorCode[fout.code];
  if (veld && fout.vanServer) return { algemeen: null, velden: { [veld]: fout.message } };
  const veldMeldingen = Object.values(fout.velden);
  if (veldMeldingen.length > 0) {
    // A message that is also a field's says it once, at the field.
    return { algemeen: veldMeldingen.includes(fout.message) ? null : fout.message, velden: fout.velden };
  }
  return { algemeen: foutTekst(fout, t), velden: {} };
}

/** After a failed submit, focus goes to the first field in error, or else to the message. */
export function useFocusOpFout(formulier: RefObject<HTMLElement | null>, fout: unknown): void {
  useEffect(() => {
    if (!fout) return;
    const doel = formulier.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
    doel?.focus();
  }, [formulier, fout]);
}

export function FormulierMelding({ tekst }: { tekst: string | null }) {
  if (!tekst) return null;
  return (
    <Alert type="error" role="alert" tabIndex={-1}>
      <Paragraph>{tekst}</Paragraph>
    </Alert>
  );
}

/** A form's buttons: the submit, busy while the call runs, and "Annuleren" beside it. */
export function Knoppenrij(props: {
  bezig: boolean;
  opslaan: string;
  opslaanBezig: string;
  annuleren: string;
  onAnnuleer: () => void;
}) {
  const { bezig, onAnnuleer } = props;
  return (
    <div className="elk-formulier__knoppen">
      <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
        {bezig ? props.opslaanBezig : props.opslaan}
      </Button>
      <Button type="button" appearance="secondary-action-button" onClick={onAnnuleer}>
        {props.annuleren}
      </Button>
    </div>
  );
}

/** ACC-01: mandatory fields carry a red asterisk; the legend explains it once per form. */
export function VerplichtLegenda() {
  const { t } = useI18n();
  return (
    <Paragraph appearance="small" className="elk-verplicht-legenda">
      <span className="elk-verplicht" aria-hidden="true">
        *
      </span>{" "}
      {t("formulier.verplichtVeld")}
    </Paragraph>
  );
}

export function VerplichtTeken() {
  return (
    <span className="elk-verplicht" aria-hidden="true">
      {" *"}
    </span>
  );
}

interface VeldBasis {
  naam: string;
  label: ReactNode;
  fout?: string | undefined;
  verplicht?: boolean;
  beschrijving?: ReactNode;
  disabled?: boolean;
}

/** The id's a field's input points to with aria-describedby. */
function useVeldIds(naam: string, heeftBeschrijving: boolean, fout: string | undefined) {
  const basis = useId();
  const id = `${basis}-${naam}`;
  const beschrijvingId = `${id}-beschrijving`;
  const foutId = `${id}-fout`;
  const beschrijvingen = [heeftBeschrijving && beschrijvingId, fout && foutId].filter(Boolean).join(" ");
  return { id, beschrijvingId, foutId, beschrijvingen: beschrijvingen || undefined };
}

function VeldOmhulsel(
  props: VeldBasis & { ids: ReturnType<typeof useVeldIds>; children: ReactNode; className?: string },
) {
  const { label, fout, verplicht, beschrijving, ids, children, disabled, className } = props;
  return (
    <FormField
      className={className}
      invalid={Boolean(fout)}
      label={
        // The asterisk stays outside the <label>: the field's name is the label alone.
        <>
          <FormLabel htmlFor={ids.id} disabled={disabled}>
            {label}
          </FormLabel>
          {verplicht && <VerplichtTeken />}
        </>
      }
      description={
        beschrijving && <FormFieldDescription id={ids.beschrijvingId}>{beschrijving}</FormFieldDescription>
      }
      errorMessage={fout && <FormFieldErrorMessage id={ids.foutId}>{fout}</FormFieldErrorMessage>}
      input={children}
    />
  );
}

export function Tekstveld(
  props: VeldBasis & {
    waarde: string;
    onWijzig?: (waarde: string) => void;
    type?: "text" | "email" | "tel" | "password" | "date" | "time";
    autoComplete?: string;
    /** Usernames and e-mail addresses are not sentences. */
    letterlijk?: boolean;
  },
) {
  const {
    naam,
    waarde,
    onWijzig,
    type = "text",
    autoComplete,
    letterlijk,
    fout,
    verplicht,
    disabled,
  } = props;
  const ids = useVeldIds(naam, Boolean(props.beschrijving), fout);
  return (
    <VeldOmhulsel {...props} ids={ids}>
      <Textbox
        id={ids.id}
        name={naam}
        type={type}
        value={waarde}
        onChange={(event) => onWijzig?.(event.currentTarget.value)}
        autoComplete={autoComplete}
        required={verplicht}
        disabled={disabled}
        invalid={Boolean(fout)}
        aria-describedby={ids.beschrijvingen}
        {...(letterlijk || type !== "text" ? { autoCapitalize: "none", spellCheck: false } : {})}
      />
    </VeldOmhulsel>
  );
}

/** A text of several lines: a note, an explanation for the primary school. */
export function Tekstvak(
  props: VeldBasis & { waarde: string; onWijzig: (waarde: string) => void; regels?: number },
) {
  const { naam, waarde, onWijzig, regels = 4, fout, verplicht, disabled } = props;
  const ids = useVeldIds(naam, Boolean(props.beschrijving), fout);
  return (
    <VeldOmhulsel {...props} ids={ids}>
      <Textarea
        id={ids.id}
        name={naam}
        rows={regels}
        value={waarde}
        onChange={(event) => onWijzig(event.currentTarget.value)}
        required={verplicht}
        disabled={disabled}
        invalid={Boolean(fout)}
        aria-describedby={ids.beschrijvingen}
      />
    </VeldOmhulsel>
  );
}

export interface Keuze {
  waarde: string;
  label: string;
}

export function Keuzeveld(
  props: VeldBasis & {
    waarde: string;
    onWijzig: (waarde: string) => void;
    keuzes: readonly Keuze[];
    /** The empty first option ("Kies …"). */
    leeg: string;
  },
) {
  const { naam, waarde, onWijzig, keuzes, leeg, fout, verplicht, disabled } = props;
  const ids = useVeldIds(naam, Boolean(props.beschrijving), fout);
  return (
    <VeldOmhulsel {...props} ids={ids}>
      <Select
        id={ids.id}
        name={naam}
        value={waarde}
        onChange={(event) => onWijzig(event.currentTarget.value)}
        required={verplicht}
        disabled={disabled}
        invalid={Boolean(fout)}
        aria-describedby={ids.beschrijvingen}
      >
        <SelectOption value="">{leeg}</SelectOption>
        {keuzes.map((keuze) => (
          <SelectOption key={keuze.waarde} value={keuze.waarde}>
            {keuze.label}
          </SelectOption>
        ))}
      </Select>
    </VeldOmhulsel>
  );
}
