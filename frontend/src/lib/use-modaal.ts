import { type RefObject, useEffect } from "react";

/**
 * Opens a native <dialog> as a modal when it mounts and closes it when it unmounts; `eersteFocus`
 * takes the focus on opening instead of the first button. The browser gives focus back to the
 * opener only when a dialog closes while still in the page — React removes it first, which would
 * drop the focus on the page's body (WCAG 2.4.3). Then it goes back to where it was before,
 * unless the screen has put it somewhere itself.
 */
export function useModaal(
  ref: RefObject<HTMLDialogElement | null>,
  eersteFocus?: RefObject<HTMLElement | null>,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: refs; the dialog opens once, on mount
  useEffect(() => {
    const dialoog = ref.current;
    const opener = document.activeElement;
    if (dialoog && !dialoog.open) dialoog.showModal();
    eersteFocus?.current?.focus();
    return () => {
      dialoog?.close();
      const verloren = !document.activeElement || document.activeElement === document.body;
      if (verloren && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
}
