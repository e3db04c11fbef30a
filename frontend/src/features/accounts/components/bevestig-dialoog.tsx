import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useId, useRef } from "react";
import { useI18n } from "../../../i18n/i18n";

/**
 * A modal question before an action that cannot be undone. The native <dialog> traps focus, closes
 * on Escape and returns focus to where it was. (Utrecht's AlertDialog drops its className, so the
 * element is used directly.)
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
        <div className="elk-formulier__knoppen">
          <Button
            appearance="primary-action-button"
            hint="danger"
            busy={bezig}
            disabled={bezig}
            onClick={onBevestig}
          >
            {bevestigLabel}
          </Button>
          <Button appearance="secondary-action-button" disabled={bezig} onClick={onAnnuleer} autoFocus>
            {t("accounts.annuleren")}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
