import { useEffect } from "react";
import { PRODUCT_NAAM } from "./regio";

/** Each screen names itself in the tab title, so screen-reader users know where a navigation landed. */
export function useDocumentTitle(titel: string): void {
  useEffect(() => {
    document.title = titel ? `${titel} — ${PRODUCT_NAAM}` : PRODUCT_NAAM;
  }, [titel]);
}
