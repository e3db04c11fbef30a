import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPEN } from "@elk/domain";

/** Some systems give no type for a file: then its extension says it. */
const TYPE_VAN_EXTENSIE: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};

export type BestandFout = "type" | "leeg" | "groot";

/** REG-11 in the browser too: a PDF, JPG or PNG of at most 4 MB; the API checks the same. */
export function controleerBestand(bestand: File): { contentType: string } | { fout: BestandFout } {
  const extensie = bestand.name.split(".").pop()?.toLowerCase() ?? "";
  const contentType = bestand.type || TYPE_VAN_EXTENSIE[extensie] || "";
  if (!DOCUMENT_TYPEN[contentType]) return { fout: "type" };
  if (bestand.size === 0) return { fout: "leeg" };
  if (bestand.size > DOCUMENT_MAX_BYTES) return { fout: "groot" };
  return { contentType };
}
