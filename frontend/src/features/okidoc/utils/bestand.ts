import type { PoOkidoc } from "@elk/contracts";

export type BestandFout = "type" | "leeg" | "groot" | "aantal";

type Eisen = PoOkidoc["bijlageEisen"];

/**
 * PO-01 in the browser too, before a large file travels: a known type by its extension, not
 * empty, not too large, and room for one more. The API checks the same.
 */
export function controleerBijlage(
  bestand: File,
  eisen: Eisen,
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
export function soortenTekst(eisen: Eisen, of: string): string {
  const labels = [...new Set(Object.values(eisen.typen).map((t) => t.label))];
  return labels.length < 2 ? labels.join("") : `${labels.slice(0, -1).join(", ")} ${of} ${labels.at(-1)}`;
}

/** For the file input's accept attribute. */
export function acceptTekst(eisen: Eisen): string {
  return Object.entries(eisen.typen)
    .flatMap(([type, t]) => [...t.extensies.map((e) => `.${e}`), type])
    .join(",");
}

/** The path of a pupil's oki-doc page. */
export function okidocPad(leerlingId: string): string {
  return `/leerlingen/po/okidoc?leerling=${encodeURIComponent(leerlingId)}`;
}
