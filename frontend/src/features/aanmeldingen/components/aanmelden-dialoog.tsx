import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { type ReactNode, useId, useRef } from "react";
import "../../../components/dialoog.css";
import { useModaal } from "../../../lib/use-modaal";

/**
 * REG-09: "Er opent een dialoogschermpje" — for "Leerling aanmelden" (the ELK-nummer) and
 * "Buitenleerling aanmelden" (the BSN). A modal native <dialog>: focus stays inside, Escape
 * closes it and focus returns to the button.
 */
export function AanmeldenDialoog(props: {
  titel: string;
  intro: string;
  onSluit: () => void;
  children: ReactNode;
}) {
  const { titel, intro, onSluit, children } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useModaal(ref);

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
        <Heading2 id={`${id}-titel`}>{titel}</Heading2>
        <Paragraph>{intro}</Paragraph>
        {children}
      </div>
    </dialog>
  );
}
