import type { GescandBestand } from "@elk/data";

/**
 * Where each kind of upload lives in the files bucket (okidoc/gedeeld.ts `okidocS3`,
 * aanmelden/documenten.ts, swv/gedeeld.ts `swvS3`), read back: the record a scan result is for.
 * Anything else in the bucket (PDFs ELK made, exports, OSO dossiers) is not an upload.
 */
const VORMEN: ReadonlyArray<{ patroon: RegExp; bestand: (m: RegExpExecArray) => GescandBestand }> = [
  {
    patroon: /^okidoc\/[^/]+\/([^/]+)\/bijlagen\/([^/]+)$/,
    bestand: (m) => ({ soort: "okidoc-bijlage", leerlingId: m[1] ?? "", id: m[2] ?? "" }),
  },
  {
    patroon: /^documenten\/[^/]+\/([^/]+)\/([^/]+)$/,
    bestand: (m) => ({ soort: "document", leerlingId: m[1] ?? "", id: m[2] ?? "" }),
  },
  {
    patroon: /^swv\/[^/]+\/([^/]+)\/bijlagen\/([^/]+)$/,
    bestand: (m) => ({ soort: "swv-bijlage", aanvraagId: m[1] ?? "", id: m[2] ?? "" }),
  },
];

/** The upload stored under this key, or undefined for a file that is not an upload. */
export function bestandBijSleutel(s3Key: string): GescandBestand | undefined {
  for (const vorm of VORMEN) {
    const m = vorm.patroon.exec(s3Key);
    if (m) return vorm.bestand(m);
  }
  return undefined;
}

/** The bucket prefixes holding uploads (GuardDuty's plan scans only these). */
export const UPLOAD_PREFIXEN = ["okidoc/", "documenten/", "swv/"] as const;
