import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "./api-client";

export type ApiStatus<T> =
  | { status: "laden" }
  | { status: "klaar"; data: T }
  | { status: "fout"; fout: ApiError };

export type ApiResultaat<T> = ApiStatus<T> & { opnieuw: () => void };

function alsApiError(fout: unknown): ApiError {
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

  // `poging` is a dependency on purpose: bumping it loads again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: poging triggers a reload without being read
  useEffect(() => {
    const controller = new AbortController();
    setToestand({ status: "laden" });
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
  return { ...toestand, opnieuw };
}
