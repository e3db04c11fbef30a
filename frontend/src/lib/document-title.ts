import { useEffect } from "react";
import { useRegio } from "./regio";

/** Each screen names itself in the tab title, so screen-reader users know where a navigation landed. */
export function useDocumentTitle(titel: string): void {
  const { productNaam } = useRegio();
  useEffect(() => {
    document.title = titel ? `${titel} — ${productNaam}` : productNaam;
  }, [titel, productNaam]);
}
