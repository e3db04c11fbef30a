import { expect, inject } from "vitest";
import type { Dienst, StoringsModus, StoringsStand } from "../../scripts/local/storing";

/**
 * Issue #10, Faults: make a service the functions use fail — `weg` (down), `beperkt` (throttling
 * a share `kans` of the calls) — or put it back (`door`), through the local stack's fault proxy
 * (scripts/local/storing.ts). A test that sets a fault puts the service back in afterEach.
 */
export async function zetStoring(dienst: Dienst, modus: StoringsModus, kans = 1): Promise<void> {
  const res = await fetch(`${inject("storingUrl")}/storing/${dienst}`, {
    method: "PUT",
    body: JSON.stringify({ modus, kans }),
  });
  expect(res.status).toBe(200);
}

/** The proxy's state: the mode and how many calls it let through or refused since it was set. */
export async function storingsStand(dienst: Dienst): Promise<StoringsStand> {
  return (await (await fetch(`${inject("storingUrl")}/storing/${dienst}`)).json()) as StoringsStand;
}
