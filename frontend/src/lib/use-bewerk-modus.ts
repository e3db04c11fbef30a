import { useRef, useState } from "react";

/**
 * A section that switches between reading and editing: opening clears the last message; closing
 * shows the outcome and puts focus where the user carries on — the message, or the button that
 * opened the form.
 */
export function useBewerkModus(beginBewerken = false) {
  const [bewerken, setBewerken] = useState(beginBewerken);
  const [melding, setMelding] = useState<string | null>(null);
  const knopRef = useRef<HTMLButtonElement>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  const open = () => {
    setMelding(null);
    setBewerken(true);
  };
  const sluit = (tekst: string | null) => {
    setBewerken(false);
    setMelding(tekst);
    requestAnimationFrame(() => (tekst ? meldingRef.current : knopRef.current)?.focus());
  };
  return { bewerken, melding, knopRef, meldingRef, open, sluit };
}
