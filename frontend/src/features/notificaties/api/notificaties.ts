import { type NotificatieLijst, ROUTES } from "@elk/contracts";
import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, roepAan } from "../../../lib/api-client";
import { alsApiError } from "../../../lib/use-api";

/** GRP-04: the user's notifications, newest first, with the number unread. */
export function getNotificaties(signal?: AbortSignal): Promise<NotificatieLijst> {
  return roepAan(ROUTES.notificaties, signal ? { signal } : {});
}

export function notificatieGelezen(notificatieId: string): Promise<NotificatieLijst> {
  return roepAan(ROUTES.notificatieGelezen, { params: { notificatieId } });
}

export function alleNotificatiesGelezen(): Promise<NotificatieLijst> {
  return roepAan(ROUTES.alleGelezen);
}

/** Told to every list on the page when one of them marked something read. */
const GEWIJZIGD = "elk:notificaties-gewijzigd";

export interface Notificaties {
  lijst: NotificatieLijst | null;
  fout: ApiError | null;
  /** Read again in the background; the list on screen stays until the new one is in. */
  vernieuw: () => void;
  markeerGelezen: (notificatieId: string) => Promise<void>;
  allesGelezen: () => Promise<void>;
  bezig: boolean;
}

/**
 * The notifications, read on mount and whenever `vernieuw` is called — no timer: the service
 * menu reads again when it opens and when the user navigates, which is often enough.
 */
export function useNotificaties(): Notificaties {
  const [lijst, setLijst] = useState<NotificatieLijst | null>(null);
  const [fout, setFout] = useState<ApiError | null>(null);
  const [bezig, setBezig] = useState(false);
  const lopend = useRef<AbortController | null>(null);
  const bron = useRef({});

  const vernieuw = useCallback(() => {
    lopend.current?.abort();
    const controller = new AbortController();
    lopend.current = controller;
    getNotificaties(controller.signal).then(
      (nieuw) => {
        if (controller.signal.aborted) return;
        setLijst(nieuw);
        setFout(null);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setFout(alsApiError(error));
      },
    );
  }, []);

  useEffect(() => {
    vernieuw();
    return () => lopend.current?.abort();
  }, [vernieuw]);

  useEffect(() => {
    const bijWijziging = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail !== bron.current) vernieuw();
    };
    window.addEventListener(GEWIJZIGD, bijWijziging);
    return () => window.removeEventListener(GEWIJZIGD, bijWijziging);
  }, [vernieuw]);

  const pasToe = useCallback(async (actie: () => Promise<NotificatieLijst>) => {
    // A read still under way would put back the state from before the change.
    lopend.current?.abort();
    setBezig(true);
    try {
      setLijst(await actie());
      setFout(null);
      window.dispatchEvent(new CustomEvent(GEWIJZIGD, { detail: bron.current }));
    } catch (error) {
      setFout(alsApiError(error));
    } finally {
      setBezig(false);
    }
  }, []);

  const markeerGelezen = useCallback(
    (notificatieId: string) => pasToe(() => notificatieGelezen(notificatieId)),
    [pasToe],
  );
  const allesGelezen = useCallback(() => pasToe(alleNotificatiesGelezen), [pasToe]);
  return { lijst, fout, vernieuw, markeerGelezen, allesGelezen, bezig };
}
