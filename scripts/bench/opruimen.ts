/**
 * Cleaning up when a benchmark is stopped (Ctrl-C, SIGTERM): the temporary directories and the
 * stack process it started are removed before it exits, as the finally blocks do on a normal end.
 */
const taken: Array<() => Promise<unknown> | unknown> = [];
let bezig = false;

async function ruimOp(signaal: NodeJS.Signals): Promise<void> {
  if (bezig) return;
  bezig = true;
  for (const taak of taken.reverse()) await Promise.resolve(taak()).catch(() => undefined);
  process.exit(signaal === "SIGINT" ? 130 : 143);
}

for (const signaal of ["SIGINT", "SIGTERM"] as const) process.on(signaal, () => void ruimOp(signaal));

/** Run `taak` should the process be stopped; returns a function that forgets it again. */
export function bijAfbreken(taak: () => Promise<unknown> | unknown): () => void {
  taken.push(taak);
  return () => {
    const i = taken.indexOf(taak);
    if (i >= 0) taken.splice(i, 1);
  };
}

/** CPU time (user + system, all threads) of this process in ms, since `vanaf` (process.cpuUsage()). */
export function cpuMs(vanaf: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(vanaf);
  return (u.user + u.system) / 1000;
}
