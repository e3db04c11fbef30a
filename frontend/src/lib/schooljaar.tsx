import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { bewaardSchooljaar, bewaarSchooljaar } from "./session";

/** HOME-04: data are kept per school year; the chosen year is shared with every screen. */
export interface SchooljaarKeuze {
  schooljaar: string;
  schooljaren: readonly string[];
  kiesSchooljaar: (schooljaar: string) => void;
}

const SchooljaarContext = createContext<SchooljaarKeuze | null>(null);

export function beginSchooljaar(
  schooljaren: readonly string[],
  standaard: string,
  bewaard: string | null,
): string {
  return bewaard !== null && schooljaren.includes(bewaard) ? bewaard : standaard;
}

export function SchooljaarProvider(props: {
  schooljaren: readonly string[];
  standaardSchooljaar: string;
  children: ReactNode;
}) {
  const { schooljaren, standaardSchooljaar, children } = props;
  const [schooljaar, setSchooljaar] = useState(() =>
    beginSchooljaar(schooljaren, standaardSchooljaar, bewaardSchooljaar()),
  );
  const kiesSchooljaar = useCallback((nieuw: string) => {
    bewaarSchooljaar(nieuw);
    setSchooljaar(nieuw);
  }, []);
  const waarde = useMemo(
    () => ({ schooljaar, schooljaren, kiesSchooljaar }),
    [schooljaar, schooljaren, kiesSchooljaar],
  );
  return <SchooljaarContext.Provider value={waarde}>{children}</SchooljaarContext.Provider>;
}

export function useSchooljaar(): SchooljaarKeuze {
  const keuze = useContext(SchooljaarContext);
  if (!keuze) throw new Error("useSchooljaar needs a <SchooljaarProvider> above it");
  return keuze;
}
