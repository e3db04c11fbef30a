/**
 * The local stand-in for EventBridge Scheduler, which runs the announcement job (LOT-04) and the
 * OSO status job (OSO-02, OSO-03) every minute: the same handlers, one after the other.
 */
export function startPlanner(intervalMs: number): { stop: () => Promise<void> } {
  let bezig: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    bezig = bezig.then(async () => {
      try {
        const { handler } = await import("../../functions/src/scheduled/bekendmaking");
        await handler({ time: new Date().toISOString() });
      } catch (error) {
        console.error("[planner] bekendmaking failed", error instanceof Error ? error.message : error);
      }
      try {
        const { handler } = await import("../../functions/src/scheduled/oso-status");
        await handler();
      } catch (error) {
        console.error("[planner] oso-status failed", error instanceof Error ? error.message : error);
      }
    });
  }, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await bezig;
    },
  };
}
