import { useCallback, useState } from "react";
import type { ApiError } from "./api-client";
import { alsApiError } from "./use-api";

export interface Verzenden<A extends unknown[], T> {
  /**
   * Resolves with the answer, or `undefined` when the call failed (then `fout` says why). So an
   * action resolves to a value on success, never to `undefined`.
   */
  verzend: (...args: A) => Promise<T | undefined>;
  bezig: boolean;
  fout: ApiError | null;
  wisFout: () => void;
}

/** A form's call to the API: busy while it runs, the failure kept for the form to show. */
export function useVerzenden<A extends unknown[], T extends NonNullable<unknown>>(
  actie: (...args: A) => Promise<T>,
): Verzenden<A, T> {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiError | null>(null);
  const verzend = useCallback(
    async (...args: A) => {
      setBezig(true);
      setFout(null);
      try {
        return await actie(...args);
      } catch (e) {
        setFout(alsApiError(e));
        return undefined;
      } finally {
        setBezig(false);
      }
    },
    [actie],
  );
  const wisFout = useCallback(() => setFout(null), []);
  return { verzend, bezig, fout, wisFout };
}
