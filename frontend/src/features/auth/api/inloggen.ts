import {
  type InloggenAntwoord,
  type InloggenMfaAntwoord,
  type InloggenMfaVerzoek,
  type InloggenVerzoek,
  type MfaStap,
  ROUTES,
} from "@elk/contracts";
import { useCallback, useState } from "react";
import { ApiError, roepAan } from "../../../lib/api-client";
import { verwerkAntwoord } from "../../../lib/mfa-stap";
import { bewaarSessie } from "../../../lib/session";

export function inloggen(verzoek: InloggenVerzoek): Promise<InloggenAntwoord> {
  return roepAan(ROUTES.inloggen, { body: verzoek });
}

export function inloggenMfa(verzoek: InloggenMfaVerzoek): Promise<InloggenMfaAntwoord> {
  return roepAan(ROUTES.inloggenMfa, { body: verzoek });
}

export interface Inloggen {
  /** `"ingelogd"`, the second factor's step, or `null` when it failed (`fout` says why). */
  inloggen: (verzoek: InloggenVerzoek) => Promise<"ingelogd" | MfaStap | null>;
  /** The answer (tokens kept), or `null` when it failed. */
  code: (verzoek: InloggenMfaVerzoek) => Promise<InloggenMfaAntwoord | null>;
  bezig: boolean;
  fout: ApiError | null;
  wisFout: () => void;
}

function alsFout(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, "ONBEKEND", String(e), false, { cause: e });
}

/** Signs in and keeps the tokens; the second factor's step when the account has one. */
export function useInloggen(): Inloggen {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiError | null>(null);

  const doeInloggen = useCallback(async (verzoek: InloggenVerzoek) => {
    setBezig(true);
    setFout(null);
    try {
      return verwerkAntwoord(await inloggen(verzoek)) ?? "ingelogd";
    } catch (e) {
      setFout(alsFout(e));
      return null;
    } finally {
      setBezig(false);
    }
  }, []);

  const doeCode = useCallback(async (verzoek: InloggenMfaVerzoek) => {
    setBezig(true);
    setFout(null);
    try {
      const antwoord = await inloggenMfa(verzoek);
      bewaarSessie(antwoord);
      return antwoord;
    } catch (e) {
      setFout(alsFout(e));
      return null;
    } finally {
      setBezig(false);
    }
  }, []);

  const wisFout = useCallback(() => setFout(null), []);
  return { inloggen: doeInloggen, code: doeCode, bezig, fout, wisFout };
}
