/**
 * The local stand-in for the EventBridge rule that runs the announcement job every minute
 * (LOT-04): the same handler, with the moment it fires as the event's time.
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
    });
  }, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await bezig;
    },
  };
}
