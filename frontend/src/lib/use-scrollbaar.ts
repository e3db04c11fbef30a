import { useEffect, useState } from "react";

/**
 * WCAG 2.1.1: an area that scrolls must be scrollable with the keyboard too. Gives a ref for the
 * area and whether its content is now larger than the area (a wide table on a narrow screen, a
 * long list); the caller then puts it in the tab order with a name. An area that fits stays out
 * of it, so it costs no extra Tab press.
 */
export function useScrollbaar<T extends HTMLElement>(): [(element: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [scrollbaar, setScrollbaar] = useState(false);
  useEffect(() => {
    if (!element) return;
    const meet = () =>
      setScrollbaar(
        element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1,
      );
    // The area and what is in it may change size: a window resized, rows or notes added.
    const grootte = new ResizeObserver(meet);
    const volg = () => {
      grootte.disconnect();
      grootte.observe(element);
      for (const kind of element.children) grootte.observe(kind);
      meet();
    };
    const inhoud = new MutationObserver(volg);
    inhoud.observe(element, { childList: true });
    volg();
    return () => {
      grootte.disconnect();
      inhoud.disconnect();
    };
  }, [element]);
  return [setElement, scrollbaar];
}
