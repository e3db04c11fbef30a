import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useId, useRef } from "react";
import { useI18n } from "../../../i18n/i18n";

/**
 * Asks before an action that every user sees at once (publishing, withdrawing). The native
 * <dialog> is modal, traps focus, closes on Escape and returns focus to where it was.
 */
export function BevestigDialoog(props: {
  titel: string;
  vraag: string;
  bevestigLabel: string;
  bezig: boolean;
  onBevestig: () => void;
  onAnnuleer: () => void;
}) {
  const { titel, vraag, bevestigLabel, bezig, onBevestig, onAnnuleer } = props;
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialoog = ref.current;
    if (dialoog && !dialoog.open) dialoog.showModal();
    return () => dialoog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="elk-bevestiging"
      role="alertdialog"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-vraag`}
      onCancel={(event) => {
        event.preventDefault();
        if (!bezig) onAnnuleer();
      }}
    >
      <div className="elk-bevestiging__inhoud">
        <Heading2 id={`${id}-titel`}>{titel}</Heading2>
        <Paragraph id={`${id}-vraag`}>{vraag}</Paragraph>
        <div className="elk-bevestiging__knoppen">
          <Button appearance="primary-action-button" busy={bezig} disabled={bezig} onClick={onBevestig}>
            {bevestigLabel}
          </Button>
          <Button appearance="secondary-action-button" disabled={bezig} onClick={onAnnuleer} autoFocus>
            {t("nieuwsBeheer.annuleren")}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
