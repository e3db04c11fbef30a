import { type InloggenAntwoord, type InloggenVerzoek, ROUTES } from "@elk/contracts";
import { useCallback, useState } from "react";
import { ApiError, roepAan } from "../../../lib/api-client";
import { bewaarSessie } from "../../../lib/session";

export function inloggen(verzoek: InloggenVerzoek): Promise<InloggenAntwoord> {
  return roepAan(ROUTES.inloggen, { body: verzoek });
}

export interface Inloggen {
  inloggen: (verzoek: InloggenVerzoek) => Promise<boolean>;
  bezig: boolean;
  fout: ApiError | null;
}

/** Signs in and keeps the tokens; resolves `true` on success, otherwise `fout` says why. */
export function useInloggen(): Inloggen {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiError | null>(null);

  const doeInloggen = useCallback(async (verzoek: InloggenVerzoek) => {
    setBezig(true);
    setFout(null);
    try {
      bewaarSessie(await inloggen(verzoek));
      return true;
    } catch (e) {
      setFout(e instanceof ApiError ? e : new ApiError(0, "ONBEKEND", String(e), false, { cause: e }));
      return false;
    } finally {
      setBezig(false);
    }
  }, []);

  return { inloggen: doeInloggen, bezig, fout };
}
