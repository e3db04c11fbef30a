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

/** The file's content as base64, the way the API takes it. */
export function leesAlsBase64(bestand: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const lezer = new FileReader();
    lezer.onload = () => {
      const url = String(lezer.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    lezer.onerror = () => reject(lezer.error ?? new Error("file not readable"));
    lezer.readAsDataURL(bestand);
  });
}

/** "12 kB", "1,4 MB": a file's size as people read it. */
export function formatGrootte(bytes: number, locale: string): string {
  const getal = (waarde: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(waarde);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${getal(bytes / 1024)} kB`;
  return `${getal(bytes / (1024 * 1024))} MB`;
}
