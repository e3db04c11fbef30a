import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { bsnsInLog } from "../../scripts/local/bsn-in-log";

/*
 * Issue #10 / AVG, UAVG art. 46: no BSN ever in a log. Every function log line of the whole test
 * run — both regions, every API and browser test before this one — went to one file
 * (ELK_LOG_FILE, test/global-setup.ts); this file runs last (vitest.config.ts) and scans it for
 * nine-digit numbers passing the elfproef.
 */
describe("no BSN in the logs (issue #10, AVG)", () => {
  it("PRIV every log line of the run is free of BSNs and onderwijsnummers", async () => {
    const log = await readFile(inject("logBestand"), "utf8");
    const regels = log.split("\n").filter(Boolean);
    // A run that logged nothing would prove nothing.
    expect(regels.length).toBeGreaterThan(0);
    expect(bsnsInLog(log)).toEqual([]);
    console.log(`BSN scan: ${regels.length} log lines, none holds a BSN.`);
  });
});

describe("every body judged (issue #10, bad input)", () => {
  it("ARCH #10 every route with a body read it: no request of the run succeeded with its body unjudged", async () => {
    // The router judges a body when the handler first reads it, after its permission checks; a
    // handler that never did would accept a malformed body (functions/src/middleware/router.ts).
    const log = await readFile(inject("logBestand"), "utf8");
    const ongelezen = log
      .split("\n")
      .filter((r) => r.includes('"body-ongelezen"'))
      .map((r) => (JSON.parse(r) as { route?: string }).route);
    expect([...new Set(ongelezen)]).toEqual([]);
  });
});
