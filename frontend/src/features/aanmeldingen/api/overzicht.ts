import { type AanmeldingenOverzicht, type OverzichtRegel, ROUTES } from "@elk/contracts";
import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, roepAan } from "../../../lib/api-client";
import { alsApiError } from "../../../lib/use-api";

export type Aanmelding = OverzichtRegel;

export interface Overzicht {
  /** The last page that came in: it stays on screen while the next one loads. */
  data: AanmeldingenOverzicht | null;
  fout: ApiError | null;
  bezig: boolean;
  /** Load the same page again (after a decision, or after a failure). */
  ververs: () => void;
}

/**
 * TRT-01: one page of the overview, filtered, searched and sorted by the server. Unlike useApi a
 * new query does not blank the screen: the filters and the table stay, marked busy, so focus
 * stays in the search field while one types.
 */
export function useOverzicht(query: Readonly<Record<string, string | undefined>>): Overzicht {
  const sleutel = JSON.stringify(query);
  const [data, setData] = useState<AanmeldingenOverzicht | null>(null);
  const [fout, setFout] = useState<ApiError | null>(null);
  const [bezig, setBezig] = useState(true);
  const [poging, setPoging] = useState(0);
  const queryRef = useRef(query);
  queryRef.current = query;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `sleutel` and `poging` trigger a reload
  useEffect(() => {
    const controller = new AbortController();
    setBezig(true);
    roepAan(ROUTES.aanmeldingen, { query: queryRef.current, signal: controller.signal }).then(
      (antwoord) => {
        if (controller.signal.aborted) return;
        setData(antwoord);
        setFout(null);
        setBezig(false);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setFout(alsApiError(e));
        setBezig(false);
      },
    );
    return () => controller.abort();
  }, [sleutel, poging]);

  const ververs = useCallback(() => setPoging((n) => n + 1), []);
  return { data, fout, bezig, ververs };
}
