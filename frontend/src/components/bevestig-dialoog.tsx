import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type ReactNode, useId, useRef } from "react";
import "./dialoog.css";
import "./formulier.css";
import { useModaal } from "../lib/use-modaal";

/**
 * A modal question before an action with consequences. The native <dialog> traps focus, closes on
 * Escape and returns focus to where it was; "Annuleren" has focus first, so Enter does no harm.
 */
export function BevestigDialoog(props: {
  titel: string;
  vraag: string;
  bevestigLabel: string;
  annuleerLabel: string;
  /** "gevaar" (red) for what cannot be undone, "primair" for an ordinary action such as publishing. */
  bevestigStijl?: "gevaar" | "primair";
  bezig: boolean;
  onBevestig: () => void;
  onAnnuleer: () => void;
  /** A failure of the action, shown inside the dialog. */
  children?: ReactNode;
}) {
  const {
    titel,
    vraag,
    bevestigLabel,
    annuleerLabel,
    bevestigStijl = "gevaar",
    bezig,
    onBevestig,
    onAnnuleer,
    children,
  } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const annuleerRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  // showModal() alone would focus the first button, the action itself: Annuleren takes it instead.
  useModaal(ref, annuleerRef);

  return (
    <dialog
      ref={ref}
      className="elk-dialoog"
      role="alertdialog"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-vraag`}
      onCancel={(event) => {
        event.preventDefault();
        if (!bezig) onAnnuleer();
      }}
    >
      <div className="elk-dialoog__inhoud">
        <Heading2 id={`${id}-titel`}>{titel}</Heading2>
        <Paragraph id={`${id}-vraag`}>{vraag}</Paragraph>
        {children}
        <div className="elk-formulier__knoppen">
          <Button
            appearance="primary-action-button"
            hint={bevestigStijl === "gevaar" ? "danger" : undefined}
            busy={bezig}
            disabled={bezig}
            onClick={onBevestig}
          >
            {bevestigLabel}
          </Button>
          <Button
            ref={annuleerRef}
            appearance="secondary-action-button"
            disabled={bezig}
            onClick={onAnnuleer}
          >
            {annuleerLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
