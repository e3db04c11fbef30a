import { ROUTES } from "@elk/contracts";
import { useCallback, useState } from "react";
import { INLOGPAD, roepAan } from "../../../lib/api-client";
import { navigate } from "../../../lib/router";
import { wisSessie } from "../../../lib/session";

export async function uitloggen(): Promise<void> {
  await roepAan(ROUTES.uitloggen);
}

/**
 * Revokes the session's tokens at the API, then forgets them here. If the API cannot be reached
 * the user is still signed out in this tab: staying signed in against one's will is worse.
 */
export function useUitloggen(): { uitloggen: () => Promise<void>; bezig: boolean } {
  const [bezig, setBezig] = useState(false);
  const doeUitloggen = useCallback(async () => {
    setBezig(true);
    try {
      await uitloggen();
    } catch {
      // See above: sign out locally regardless.
    } finally {
      wisSessie();
      setBezig(false);
      navigate(INLOGPAD, { replace: true });
    }
  }, []);
  return { uitloggen: doeUitloggen, bezig };
}
