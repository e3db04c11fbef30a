/**
 * Issue #10 (uploads): every stored upload is scanned for malware before anyone but its uploader
 * can have it. In AWS GuardDuty Malware Protection for S3 scans the files bucket; locally a
 * stand-in flags the EICAR test file. The result is recorded on the file's record.
 *
 * - `bezig`: stored, not scanned yet — listed for the uploader, nobody else downloads it;
 * - `schoon`: no threat found — downloadable by whoever may see it;
 * - `besmet`: a threat found (or a file the scanner cannot read, such as a password-protected
 *   document) — the file is deleted, never downloadable; the uploader sees that it was removed.
 *
 * A record without a scan state was stored before scanning existed; it counts as `bezig`
 * (fail closed): nothing unscanned reaches another party.
 */
export type ScanStatus = "bezig" | "schoon" | "besmet";

export const SCAN_STATUSSEN: readonly ScanStatus[] = ["bezig", "schoon", "besmet"];

/** What the uploader is told about a file that was not safe. */
export const BESMET_MELDING = "Het bestand is niet veilig en is verwijderd.";
/** What anyone is told about a file that is still being scanned. */
export const BEZIG_MELDING = "Het bestand wordt gecontroleerd op virussen. Probeer het straks opnieuw.";

/** Who asks: the one who uploaded the file (or their school), or any other party. */
export type Vrager = "uploader" | "ander";

/** What a party may do with a stored file in a scan state. */
export interface BestandToegang {
  /** The file appears in the party's list (with its state). */
  vermelden: boolean;
  /** The party may get the file's content (a download link, a dossier with it). */
  downloaden: boolean;
  /** The Dutch text shown beside the file, when there is one. */
  melding?: string;
}

/** The one rule: who may list and who may download a stored file, in each scan state. */
export function bestandToegang(scan: ScanStatus | undefined, vrager: Vrager): BestandToegang {
  const status = scan ?? "bezig";
  if (status === "schoon") return { vermelden: true, downloaden: true };
  if (status === "besmet") {
    return vrager === "uploader"
      ? { vermelden: true, downloaden: false, melding: BESMET_MELDING }
      : { vermelden: false, downloaden: false };
  }
  return { vermelden: true, downloaden: false, melding: BEZIG_MELDING };
}

/** May this party receive the file's content? */
export function magBestandDownloaden(scan: ScanStatus | undefined, vrager: Vrager): boolean {
  return bestandToegang(scan, vrager).downloaden;
}

/**
 * GuardDuty Malware Protection for S3's result (`scanResultDetails.scanResultStatus` of the
 * "GuardDuty Malware Protection Object Scan Result" event) as a scan state. UNSUPPORTED (a file it
 * cannot open, e.g. password-protected) is not shared either: fail closed. FAILED and
 * ACCESS_DENIED decide nothing — the file stays `bezig` (not downloadable) and the failure is
 * raised as an error for the operators.
 */
export function scanStatusUitResultaat(resultaat: string): ScanStatus | undefined {
  switch (resultaat) {
    case "NO_THREATS_FOUND":
      return "schoon";
    case "THREATS_FOUND":
    case "UNSUPPORTED":
      return "besmet";
    default:
      return undefined;
  }
}
