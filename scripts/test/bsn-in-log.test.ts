import { describe, expect, it } from "vitest";
import { bsnsInLog } from "../local/bsn-in-log";

describe("the log scan for BSNs (issue #10, AVG / UAVG art. 46)", () => {
  it("PRIV finds a BSN or onderwijsnummer anywhere in a line, masked; ignores numbers failing the elfproef, longer numbers and UUID fragments", () => {
    const regels = [
      '{"level":"info","message":"request","route":"okidoc","ms":12}',
      '{"level":"warn","message":"x","bsn":"111222333"}', // passes the elfproef
      '{"level":"info","message":"onderwijsnummer 101234567 x"}',
      '{"level":"info","message":"nine digits failing the elfproef 123456789"}',
      '{"level":"info","requestId":"4f3a2b1c-1112-2233-3aaa-111222333abc"}',
      '{"level":"info","time":"1111222333444"}',
    ].join("\n");
    const gevonden = bsnsInLog(regels);
    expect(gevonden).toHaveLength(2);
    expect(gevonden[0]).toContain("•••••2333");
    expect(gevonden[0]).not.toContain("111222333");
  });
});
