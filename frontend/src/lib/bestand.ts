/** The file's content as base64, the way the API takes uploads (REG-11, PO-01). */
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

export type BestandFout = "type" | "leeg" | "groot" | "aantal";

/** What the API accepts as bijlage (oki-doc, SWV request): types by extension, size, count. */
export interface BijlageEisen {
  typen: Readonly<Record<string, { label: string; extensies: readonly string[] }>>;
  maxBytes: number;
  maxAantal: number;
}

/**
 * PO-01 / SWV in the browser too, before a large file travels: a known type by its extension, not
 * empty, not too large, and room for one more. The API checks the same.
 */
export function controleerBijlage(
  bestand: File,
  eisen: BijlageEisen,
  aantal: number,
): { contentType: string } | { fout: BestandFout } {
  if (aantal >= eisen.maxAantal) return { fout: "aantal" };
  const extensie = bestand.name.split(".").pop()?.toLowerCase() ?? "";
  const type = Object.entries(eisen.typen).find(([, t]) => t.extensies.includes(extensie))?.[0];
  if (!type) return { fout: "type" };
  if (bestand.size === 0) return { fout: "leeg" };
  if (bestand.size > eisen.maxBytes) return { fout: "groot" };
  return { contentType: type };
}

/** "PDF, Word, OpenDocument, Excel, JPG, PNG of tekst": the accepted kinds, once each. */
export function soortenTekst(eisen: BijlageEisen, of: string): string {
  const labels = [...new Set(Object.values(eisen.typen).map((t) => t.label))];
  return labels.length < 2 ? labels.join("") : `${labels.slice(0, -1).join(", ")} ${of} ${labels.at(-1)}`;
}

/** For the file input's accept attribute. */
export function acceptTekst(eisen: BijlageEisen): string {
  return Object.entries(eisen.typen)
    .flatMap(([type, t]) => [...t.extensies.map((e) => `.${e}`), type])
    .join(",");
}
