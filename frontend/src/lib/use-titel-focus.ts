import { type RefObject, useEffect, useRef } from "react";

/**
 * A new step moves focus to its title, as a new page would — not on the first render. `stap`
 * is whatever marks the step; the returned ref goes on the step's heading.
 */
export function useTitelFocus(stap: unknown): RefObject<HTMLHeadingElement | null> {
  const titelRef = useRef<HTMLHeadingElement>(null);
  const eersteRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stap` is the trigger
  useEffect(() => {
    if (eersteRender.current) {
      eersteRender.current = false;
      return;
    }
    titelRef.current?.focus();
  }, [stap]);
  return titelRef;
}
