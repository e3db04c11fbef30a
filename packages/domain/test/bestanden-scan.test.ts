import { describe, expect, it } from "vitest";
import {
  BESMET_MELDING,
  bestandToegang,
  magBestandDownloaden,
  SCAN_STATUSSEN,
  type ScanStatus,
  scanStatusUitResultaat,
} from "../src";

describe("a stored upload is scanned before anyone else has it (issue #10, PRIV)", () => {
  it("#10 PRIV the rule written out: who lists and who downloads, in every scan state", () => {
    // The table below is the text, written out independently of the code.
    const verwacht: Record<ScanStatus, Record<"uploader" | "ander", [boolean, boolean]>> = {
      bezig: { uploader: [true, false], ander: [true, false] },
      schoon: { uploader: [true, true], ander: [true, true] },
      besmet: { uploader: [true, false], ander: [false, false] },
    };
    for (const scan of SCAN_STATUSSEN) {
      for (const vrager of ["uploader", "ander"] as const) {
        const t = bestandToegang(scan, vrager);
        expect([t.vermelden, t.downloaden], `${scan} ${vrager}`).toEqual(verwacht[scan][vrager]);
        expect(magBestandDownloaden(scan, vrager)).toBe(verwacht[scan][vrager][1]);
      }
    }
  });

  it("#10 PRIV the uploader hears in Dutch that an unsafe file was removed; nobody else learns it existed", () => {
    expect(bestandToegang("besmet", "uploader").melding).toBe("Het bestand is niet veilig en is verwijderd.");
    expect(BESMET_MELDING).toBe("Het bestand is niet veilig en is verwijderd.");
    expect(bestandToegang("besmet", "ander")).toEqual({ vermelden: false, downloaden: false });
    expect(bestandToegang("bezig", "ander").melding).toMatch(/gecontroleerd op virussen/);
  });

  it("#10 a record from before scanning existed counts as not scanned: fail closed", () => {
    expect(magBestandDownloaden(undefined, "ander")).toBe(false);
    expect(magBestandDownloaden(undefined, "uploader")).toBe(false);
  });

  it("#10 GuardDuty's scan result as a state: threats and unreadable files are not shared, a failed scan decides nothing", () => {
    expect(scanStatusUitResultaat("NO_THREATS_FOUND")).toBe("schoon");
    expect(scanStatusUitResultaat("THREATS_FOUND")).toBe("besmet");
    expect(scanStatusUitResultaat("UNSUPPORTED")).toBe("besmet");
    expect(scanStatusUitResultaat("FAILED")).toBeUndefined();
    expect(scanStatusUitResultaat("ACCESS_DENIED")).toBeUndefined();
    expect(scanStatusUitResultaat("iets anders")).toBeUndefined();
  });
});
