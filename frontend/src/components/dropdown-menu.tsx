import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { usePathname } from "../lib/router";

/**
 * A disclosure: a button that shows and hides a panel below it (WAI-ARIA disclosure pattern,
 * simpler and more robust than role="menu"). Escape closes it and returns focus to the button;
 * a click outside closes it; so does following a link inside (the path changes), and in a menu
 * of actions choosing one (`sluitBijKeuze`).
 */
export function DropdownMenu(props: {
  label: ReactNode;
  /** Accessible name when the visible label is not enough. */
  ariaLabel?: string;
  children: ReactNode;
  uitlijning?: "links" | "rechts";
  className?: string;
  /**
   * A menu of actions (Bulkacties): choosing one closes it, so nothing on the screen moves under
   * the user's next click. Not for a panel whose buttons act in place (the notifications).
   */
  sluitBijKeuze?: boolean;
}) {
  const { label, ariaLabel, children, uitlijning = "rechts", className, sluitBijKeuze = false } = props;
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
      {/* sluitBijKeuze: choosing an item closes the panel (the keyboard's Enter is a click too);
          the focus goes back to the menu's button unless the item moved it on (a dialog). */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the items are buttons and links; this only listens to their clicks */}
      <div
        id={paneelId}
        className={`elk-dropdown__paneel elk-dropdown__paneel--${uitlijning}`}
        hidden={!open}
        onClick={(event) => {
          const paneel = event.currentTarget;
          if (!sluitBijKeuze || !(event.target as Element).closest("button, a")) return;
          setOpen(false);
          requestAnimationFrame(() => {
            const actief = document.activeElement;
            if (!actief || actief === document.body || paneel.contains(actief)) knopRef.current?.focus();
          });
        }}
      >
        {children}
      </div>
    </div>
  );
}
