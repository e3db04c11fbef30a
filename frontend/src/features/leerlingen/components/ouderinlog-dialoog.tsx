import type { LeerlingRegel } from "@elk/contracts";
import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useId, useRef } from "react";
import { useI18n } from "../../../i18n/i18n";

/**
 * ACC-09: asks before the parents are mailed their ouderinlog, naming the address it goes to. The
 * native <dialog> is modal, traps focus, closes on Escape and returns focus to where it was.
 */
export function OuderinlogDialoog(props: {
  leerling: LeerlingRegel;
  bezig: boolean;
  onBevestig: () => void;
  onAnnuleer: () => void;
}) {
  const { leerling, bezig, onBevestig, onAnnuleer } = props;
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
      className="elk-leerling-dialoog"
      role="alertdialog"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-vraag`}
      onCancel={(event) => {
        event.preventDefault();
        if (!bezig) onAnnuleer();
      }}
    >
      <div className="elk-leerling-dialoog__inhoud">
        <Heading2 id={`${id}-titel`}>
          {t(
            leerling.ouderinlogVerstuurdOp
              ? "leerlingen.ouderinlog.opnieuwTitel"
              : "leerlingen.ouderinlog.titel",
          )}
        </Heading2>
        <Paragraph id={`${id}-vraag`}>
          {t("leerlingen.ouderinlog.vraag", { naam: leerling.naam, email: leerling.emailOuders })}
        </Paragraph>
        <div className="elk-formulier__knoppen">
          <Button appearance="primary-action-button" busy={bezig} disabled={bezig} onClick={onBevestig}>
            {t("leerlingen.ouderinlog.knop")}
          </Button>
          <Button appearance="secondary-action-button" disabled={bezig} onClick={onAnnuleer} autoFocus>
            {t("leerlingen.annuleren")}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
