/**
 * The local stack of a benchmark, in a process of its own (`scripts/bench/stapel.ts` starts it):
 * the same `startStack` as `npm start` and test/global-setup.ts — DynamoDB Local, cognito-local,
 * s3rver, the SES and SQS stand-ins, the local gateway with the handlers, the poller — on free
 * ports, with fresh data in a temporary directory that is removed on stop. Its own process, so
 * the load generator does not share the gateway's event loop and `node --cpu-prof` profiles the
 * gateway alone (the parent asks for a profile of one phase over IPC). Prints one line `ELK-BENCH-STACK {json}` when ready; SIGTERM stops everything.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { regionConfig } from "@elk/infra/regions";
import { startStack } from "../local/stack";

// The AWS SDK warns that it wants Node 22 (the Lambdas' runtime); the local process is 20.
process.removeAllListeners("warning");
process.on("warning", (w) => {
  if (!`${w.name} ${w.message}`.includes("NodeVersionSupportWarning")) console.warn(w);
});

const dataDir = await mkdtemp(join(tmpdir(), "elk-bench-"));
const stack = await startStack({
  region: regionConfig("amstelland"),
  dataDir,
  appPort: 0,
  ...(process.env.ELK_BENCH_FRONTEND ? { frontendDir: process.env.ELK_BENCH_FRONTEND } : {}),
  // The announcement job runs only when a benchmark asks for it (the 16:00 peak leaves it off).
  bekendmakingIntervalMs: Number(process.env.ELK_BENCH_PLANNER_MS ?? 86_400_000),
  osoLasIntervalMs: 1000,
});

let bezig = false;
async function stop(): Promise<void> {
  if (bezig) return;
  bezig = true;
  await stack.stop().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  // A normal exit: --cpu-prof writes its profile now.
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
// The parent went away without stopping us: stop too, leaving no Java or cognito-local behind.
process.on("disconnect", () => void stop());

// A CPU profile of one phase, on the parent's word: {profiel: "start"} … {profiel: "stop", pad}.
let sessie: Session | undefined;
process.on("message", async (bericht: { profiel?: "start" | "stop"; pad?: string }) => {
  try {
    if (bericht.profiel === "start") {
      sessie = new Session();
      sessie.connect();
      await sessie.post("Profiler.enable");
      await sessie.post("Profiler.setSamplingInterval", { interval: 500 });
      await sessie.post("Profiler.start");
      process.send?.({ profiel: "gestart" });
    } else if (bericht.profiel === "stop" && sessie && bericht.pad) {
      const { profile } = await sessie.post("Profiler.stop");
      await writeFile(bericht.pad, JSON.stringify(profile));
      sessie.disconnect();
      sessie = undefined;
      process.send?.({ profiel: "gestopt" });
    }
  } catch (error) {
    process.send?.({ profiel: "fout", fout: String(error) });
  }
});

const info = {
  appUrl: stack.appUrl,
  endpoints: stack.endpoints,
  tableName: stack.tableName,
  userPoolId: stack.userPoolId,
  userPoolClientId: stack.userPoolClientId,
  bucketName: stack.bucketName,
  queues: stack.queues,
  oso: stack.oso,
  bsnGeheim: process.env.BSN_GEHEIM ?? "",
  dataDir,
};
process.stdout.write(`ELK-BENCH-STACK ${JSON.stringify(info)}\n`);
