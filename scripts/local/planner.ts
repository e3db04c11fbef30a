/**
 * The local stand-in for EventBridge Scheduler, which runs the announcement job (LOT-04), the
 * outbox job for mails SQS did not take (issue #10) and the OSO status job (OSO-02, OSO-03)
 * every minute: the same handlers, one after the other — and the retention job (issue #10) once a
 * day.
 */
export function startPlanner(
  intervalMs: number,
  /** Issue #10: the retention job, daily as in AWS (EventBridge Scheduler, 02:00 UTC); not at start. */
  bewaartermijnIntervalMs = 24 * 60 * 60 * 1000,
): { stop: () => Promise<void> } {
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
        const { handler } = await import("../../functions/src/scheduled/uitgestelde-mails");
        await handler();
      } catch (error) {
        console.error("[planner] uitgestelde mails failed", error instanceof Error ? error.message : error);
      }
      try {
        const { handler } = await import("../../functions/src/scheduled/oso-status");
        await handler();
      } catch (error) {
        console.error("[planner] oso-status failed", error instanceof Error ? error.message : error);
      }
    });
  }, intervalMs);
  const bewaren = setInterval(() => {
    bezig = bezig.then(async () => {
      try {
        const { handler } = await import("../../functions/src/bewaren/verwijder-verlopen");
        await handler();
      } catch (error) {
        console.error("[planner] bewaartermijn failed", error instanceof Error ? error.message : error);
      }
    });
  }, bewaartermijnIntervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      clearInterval(bewaren);
      await bezig;
    },
  };
}
