import { type OuderGegevens, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** AVG inzage (issue #10): everything ELK holds about the child. */
export function useOuderGegevens(leerlingId: string): ApiResultaat<OuderGegevens> {
  return useApi(`ouder:gegevens:${leerlingId}`, (signal) =>
    roepAan(ROUTES.ouderGegevens, { params: { leerlingId }, signal }),
  );
}

const PREFIX = "/ouderportaal/gegevens/";

export function gegevensPad(leerlingId: string): string {
  return `${PREFIX}${encodeURIComponent(leerlingId)}`;
}

/** The child's id in "/ouderportaal/gegevens/{leerlingId}", or undefined. */
export function leerlingIdUitGegevensPad(pad: string): string | undefined {
  if (!pad.startsWith(PREFIX)) return undefined;
  const rest = pad.slice(PREFIX.length).replace(/\/+$/, "");
  if (rest === "" || rest.includes("/")) return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}

/** The JSON file the parent downloads: exactly what the API answered, readable. */
export function downloadJson(gegevens: OuderGegevens): void {
  const blob = new Blob([`${JSON.stringify(gegevens, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `gegevens-${gegevens.kind.elkNummer}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
