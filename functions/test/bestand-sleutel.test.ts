import { describe, expect, it } from "vitest";
import { SCAN_PREFIXEN } from "../../infra/lib/constructs/malware-scan";
import { okidocS3 } from "../src/http/okidoc/gedeeld";
import { swvS3 } from "../src/http/swv/gedeeld";
import { bestandBijSleutel, UPLOAD_PREFIXEN } from "../src/scan/bestand-sleutel";

describe("a scan result finds its upload by the file's place in the bucket (issue #10)", () => {
  it("#10 every kind of upload is found from the key it was stored under; ELK's own files are not uploads", () => {
    expect(bestandBijSleutel(okidocS3.bijlage("2026-2027", "l1", "b1"))).toEqual({
      soort: "okidoc-bijlage",
      leerlingId: "l1",
      id: "b1",
    });
    // The key functions/src/http/aanmelden/documenten.ts stores a buitenleerling's document under.
    expect(bestandBijSleutel("documenten/2026-2027/l2/d2")).toEqual({
      soort: "document",
      leerlingId: "l2",
      id: "d2",
    });
    expect(bestandBijSleutel(swvS3.bijlage("2026-2027", "a3", "b3"))).toEqual({
      soort: "swv-bijlage",
      aanvraagId: "a3",
      id: "b3",
    });
    for (const eigen of [
      okidocS3.pdf("2026-2027", "l1", 2, 3),
      "exports/x.xlsx",
      "oso/2026-2027/s/a/v1.xml",
      "loting/cpl-2026-2027.json",
      "malware-protection-resource-validation-object",
    ]) {
      expect(bestandBijSleutel(eigen), eigen).toBeUndefined();
    }
  });

  it("#10 GuardDuty's plan watches exactly the prefixes uploads are stored under", () => {
    expect([...SCAN_PREFIXEN].sort()).toEqual([...UPLOAD_PREFIXEN].sort());
  });
});
