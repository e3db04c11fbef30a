import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useId, useRef } from "react";
import "../../../components/dialoog.css";
import { useI18n } from "../../../i18n/i18n";
import type { GevondenLeerling } from "../api/aanmeldingen";
import { ElkNummerControle } from "./elk-nummer-controle";

/**
 * REG-09: "Er opent een dialoogschermpje met een invulveld voor het ELK-leerlingnummer." A modal
 * native <dialog>: focus stays inside, Escape closes it and focus returns to the button.
 */
export function LeerlingAanmeldenDialoog(props: {
  onVerder: (leerling: GevondenLeerling) => void;
  onSluit: () => void;
}) {
  const { onVerder, onSluit } = props;
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
      className="elk-dialoog elk-dialoog--breed"
      aria-labelledby={`${id}-titel`}
      onCancel={(event) => {
        event.preventDefault();
        onSluit();
      }}
    >
      <div className="elk-dialoog__inhoud">
        <Heading2 id={`${id}-titel`}>{t("aanmeldingen.aanmelden")}</Heading2>
        <Paragraph>{t("aanmeldingen.aanmelden.intro")}</Paragraph>
        <ElkNummerControle onVerder={onVerder} onAnnuleer={onSluit} />
      </div>
    </dialog>
  );
}
