import type { AanmeldingDetail, BehandelActie } from "@elk/contracts";
import { useState } from "react";
import type { ApiError } from "../../../../lib/api-client";
import { alsApiError } from "../../../../lib/use-api";
import { behandelen, type Opdracht } from "../../api/behandelen";
import type { Aanmelding } from "../../api/overzicht";

/** What the overview does once a dialog is done. */
export interface DialoogAfloop {
  /** The decision is recorded; `detail` is the registration as it is now. */
  onGedaan: (actie: BehandelActie, detail: AanmeldingDetail) => void;
  /**
   * 409: someone changed the pupil meanwhile, or its state no longer allows this. The dialog
   * closes; the overview shows the server's message and reloads.
   */
  onConflict: (fout: ApiError) => void;
  onSluit: () => void;
}

/** POST …/behandelen with the version of the row the user saw (TRT-15: the server decides). */
export function useBeslissing(regel: Aanmelding, afloop: DialoogAfloop) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<ApiError | null>(null);
  const beslis = async (opdracht: Opdracht) => {
    setBezig(true);
    setFout(null);
    try {
      const detail = await behandelen(regel.id, { ...opdracht, version: regel.version });
      afloop.onGedaan(opdracht.actie, detail);
    } catch (e) {
      const antwoord = alsApiError(e);
      if (antwoord.status === 409) afloop.onConflict(antwoord);
      else setFout(antwoord);
    } finally {
      setBezig(false);
    }
  };
  return { beslis, bezig, fout };
}
