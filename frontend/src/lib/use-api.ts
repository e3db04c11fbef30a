import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "./api-client";

export type ApiStatus<T> =
  | { status: "laden" }
  | { status: "klaar"; data: T }
  | { status: "fout"; fout: ApiError };

export type ApiResultaat<T> = ApiStatus<T> & {
  /** Load again, showing "laden" meanwhile (after a failure). */
  opnieuw: () => void;
  /** Load again in the background: the current data stay on screen until the new data are in. */
  ververs: () => void;
};

export function alsApiError(fout: unknown): ApiError {
  if (fout instanceof ApiError) return fout;
  return new ApiError(0, "ONBEKEND", fout instanceof Error ? fout.message : String(fout), false, {
    cause: fout,
  });
}

/**
 * Loads data when the component mounts or `sleutel` changes; aborts when it unmounts.
 * A small stand-in for a query library: enough for read-only screens.
 */
export function useApi<T>(sleutel: string, haal: (signal: AbortSignal) => Promise<T>): ApiResultaat<T> {
  const [toestand, setToestand] = useState<ApiStatus<T>>({ status: "laden" });
  const [poging, setPoging] = useState(0);
  const haalRef = useRef(haal);
  haalRef.current = haal;
  const stilRef = useRef(false);

  // `poging` is a dependency on purpose: bumping it loads again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: poging triggers a reload without being read
  useEffect(() => {
    const controller = new AbortController();
    // Only the reload asked for by `ververs` is silent; a new `sleutel` always shows "laden".
    if (!stilRef.current) setToestand({ status: "laden" });
    stilRef.current = false;
    haalRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setToestand({ status: "klaar", data });
      },
      (fout: unknown) => {
        if (!controller.signal.aborted) setToestand({ status: "fout", fout: alsApiError(fout) });
      },
    );
    return () => controller.abort();
  }, [sleutel, poging]);

  const opnieuw = useCallback(() => setPoging((n) => n + 1), []);
  const ververs = useCallback(() => {
    stilRef.current = true;
    setPoging((n) => n + 1);
  }, []);
  return { ...toestand, opnieuw, ververs };
}
