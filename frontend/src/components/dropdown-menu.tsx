import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { usePathname } from "../lib/router";

/**
 * A disclosure: a button that shows and hides a panel below it (WAI-ARIA disclosure pattern,
 * simpler and more robust than role="menu"). Escape closes it and returns focus to the button;
 * a click outside closes it; so does following a link inside (the path changes).
 */
export function DropdownMenu(props: {
  label: ReactNode;
  /** Accessible name when the visible label is not enough. */
  ariaLabel?: string;
  children: ReactNode;
  uitlijning?: "links" | "rechts";
  className?: string;
}) {
  const { label, ariaLabel, children, uitlijning = "rechts", className } = props;
  const [open, setOpen] = useState(false);
  const paneelId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const knopRef = useRef<HTMLButtonElement>(null);
  const pad = usePathname();

  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the reaction to a new path
  useEffect(() => {
    setOpen(false);
  }, [pad]);

  useEffect(() => {
    if (!open) return;
    const bijKlik = (event: PointerEvent) => {
      if (wrapperRef.current && !wrapperRef.current.contains(event.target as Node)) setOpen(false);
    };
    const bijToets = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        knopRef.current?.focus();
      }
    };
    // Tabbing out of the panel closes it too, so it never hides content behind it.
    const bijFocus = (event: FocusEvent) => {
      if (wrapperRef.current && !wrapperRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", bijKlik);
    document.addEventListener("keydown", bijToets);
    document.addEventListener("focusin", bijFocus);
    return () => {
      document.removeEventListener("pointerdown", bijKlik);
      document.removeEventListener("keydown", bijToets);
      document.removeEventListener("focusin", bijFocus);
    };
  }, [open]);

  return (
    <div ref={wrapperRef} className={["elk-dropdown", className].filter(Boolean).join(" ")}>
      <button
        ref={knopRef}
        type="button"
        className="elk-dropdown__knop"
        aria-expanded={open}
        aria-controls={paneelId}
        aria-label={ariaLabel}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span className="elk-dropdown__pijl" aria-hidden="true" />
      </button>
      <div
        id={paneelId}
        className={`elk-dropdown__paneel elk-dropdown__paneel--${uitlijning}`}
        hidden={!open}
      >
        {children}
      </div>
    </div>
  );
}
