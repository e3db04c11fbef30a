import { type ExportStand, type ExportStarten, ROUTES } from "@elk/contracts";
import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, roepAan } from "./api-client";
import { alsApiError } from "./use-api";

/**
 * EXP-01 … EXP-03: ask for an export, follow its progress while the worker builds it, and fetch it
 * by a short-lived link when it is ready. The link is asked for at the moment of downloading, so
 * it is fresh, and every download is recorded by the server.
 */
export function useExport() {
  const [stand, setStand] = useState<ExportStand | null>(null);
  const [fout, setFout] = useState<ApiError | null>(null);
  const [bezig, setBezig] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const volg = useCallback((id: string) => {
    timer.current = setTimeout(async () => {
      try {
        const nieuw = await roepAan(ROUTES.exportStand, { params: { exportId: id } });
        setStand(nieuw);
        if (nieuw.status === "wachtrij" || nieuw.status === "bezig") volg(id);
      } catch (e) {
        setFout(alsApiError(e));
      }
    }, 500);
  }, []);

  const start = useCallback(
    async (opdracht: ExportStarten) => {
      clearTimeout(timer.current);
      setFout(null);
      setStand(null);
      setBezig(true);
      try {
        const eerste = await roepAan(ROUTES.exportStarten, { body: opdracht });
        setStand(eerste);
        volg(eerste.id);
      } catch (e) {
        setFout(alsApiError(e));
      } finally {
        setBezig(false);
      }
    },
    [volg],
  );

  const download = useCallback(async () => {
    if (!stand) return;
    try {
      const link = await roepAan(ROUTES.exportDownload, { params: { exportId: stand.id } });
      const a = document.createElement("a");
      a.href = link.url;
      a.download = link.bestandsnaam;
      document.body.append(a);
      a.click();
      a.remove();
    } catch (e) {
      setFout(alsApiError(e));
    }
  }, [stand]);

  const sluit = useCallback(() => {
    clearTimeout(timer.current);
    setStand(null);
    setFout(null);
  }, []);

  return { stand, fout, bezig, start, download, sluit };
}

export type ExportHandle = ReturnType<typeof useExport>;
