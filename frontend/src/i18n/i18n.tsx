import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { MessageKey } from "./nl";
import { isTaal, LOCALE, type Params, type Taal, vertaal } from "./taal";

const OPSLAG_SLEUTEL = "elk.taal";

export interface I18n {
  taal: Taal;
  locale: string;
  kiesTaal: (taal: Taal) => void;
  t: (key: MessageKey, params?: Params) => string;
}

const I18nContext = createContext<I18n | null>(null);

function bewaardeTaal(): Taal {
  try {
    const waarde = localStorage.getItem(OPSLAG_SLEUTEL);
    return isTaal(waarde) ? waarde : "nl";
  } catch {
    return "nl";
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [taal, setTaal] = useState<Taal>(bewaardeTaal);

  useEffect(() => {
    document.documentElement.lang = taal;
  }, [taal]);

  const kiesTaal = useCallback((nieuw: Taal) => {
    setTaal(nieuw);
    try {
      localStorage.setItem(OPSLAG_SLEUTEL, nieuw);
    } catch {
      // Storage may be disabled (private mode); the choice then lasts for this page only.
    }
  }, []);

  const waarde = useMemo<I18n>(
    () => ({ taal, locale: LOCALE[taal], kiesTaal, t: (key, params) => vertaal(taal, key, params) }),
    [taal, kiesTaal],
  );
  return <I18nContext.Provider value={waarde}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n needs an <I18nProvider> above it");
  return i18n;
}
