import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useId, useRef } from "react";
import "../../../../components/dialoog.css";
import { FormulierMelding } from "../../../../components/formulier";
import { useI18n } from "../../../../i18n/i18n";
import { useModaal } from "../../../../lib/use-modaal";
import type { Aanmelding } from "../../api/overzicht";

/**
 * A modal dialog of the pupil's menu (native <dialog>: focus stays inside, Escape closes it).
 * It names the pupil under its title, so the user knows whom the decision is about.
 */
export function Dialoog(props: {
  titel: string;
  /** The pupil the dialog is about; a bulk action has none. */
  regel?: Aanmelding;
  intro?: string;
  /** Escape is ignored while a call runs. */
  bezig?: boolean;
  breed?: boolean;
  onSluit: () => void;
  children: ReactNode;
}) {
  const { titel, regel, intro, bezig, breed, onSluit, children } = props;
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useModaal(ref);

  return (
    <dialog
      ref={ref}
      className={`elk-dialoog elk-behandeldialoog${breed ? " elk-behandeldialoog--breed" : ""}`}
      aria-labelledby={`${id}-titel`}
      aria-describedby={intro ? `${id}-intro` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!bezig) onSluit();
      }}
    >
      <div className="elk-dialoog__inhoud">
        <div>
          <Heading2 id={`${id}-titel`}>{titel}</Heading2>
          {regel && (
            <Paragraph className="elk-behandeldialoog__leerling">
              {t("behandel.leerling", { naam: regel.leerlingNaam, elkNummer: regel.elkNummer })}
            </Paragraph>
          )}
        </div>
        {intro && <Paragraph id={`${id}-intro`}>{intro}</Paragraph>}
        {children}
      </div>
    </dialog>
  );
}

/** A dialog around a form: the fields, a message of a failed call, the action and Annuleren. */
export function FormDialoog(props: {
  titel: string;
  regel?: Aanmelding;
  intro?: string;
  bevestigLabel: string;
  /** Red for what cannot be undone. */
  gevaar?: boolean;
  bezig: boolean;
  /** The call's failure that belongs to no field. */
  melding: string | null;
  /** False while the data the form needs are still loading. */
  klaar?: boolean;
  onVerstuur: () => void;
  onSluit: () => void;
  children: ReactNode;
}) {
  const { bevestigLabel, gevaar, bezig, melding, klaar = true, onVerstuur, onSluit, children } = props;
  const { t } = useI18n();
  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    if (!bezig) onVerstuur();
  };
  return (
    <Dialoog {...props}>
      <form className="elk-formulier elk-behandeldialoog__formulier" noValidate onSubmit={verstuur}>
        <FormulierMelding tekst={melding} />
        {children}
        <div className="elk-formulier__knoppen">
          {klaar && (
            <Button
              type="submit"
              appearance="primary-action-button"
              hint={gevaar ? "danger" : undefined}
              busy={bezig}
              disabled={bezig}
            >
              {bezig ? t("behandel.bezig") : bevestigLabel}
            </Button>
          )}
          <Button type="button" appearance="secondary-action-button" disabled={bezig} onClick={onSluit}>
            {t("behandel.annuleren")}
          </Button>
        </div>
      </form>
    </Dialoog>
  );
}

/** A dialog that shows something (history, notes, attachments) and closes. */
export function ToonDialoog(props: {
  titel: string;
  regel: Aanmelding;
  intro?: string;
  onSluit: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Dialoog {...props} breed>
      {props.children}
      <div className="elk-formulier__knoppen">
        <Button appearance="secondary-action-button" onClick={props.onSluit}>
          {t("behandel.sluiten")}
        </Button>
      </div>
    </Dialoog>
  );
}
