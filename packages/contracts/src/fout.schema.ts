import { z } from "zod";

/** Every 4xx/5xx body. `message` is Dutch and meant for the user; a 5xx never says more than that. */
export const FoutAntwoord = z.object({
  code: z.string(),
  message: z.string(),
  velden: z.record(z.string(), z.string()).optional(),
});
export type FoutAntwoord = z.infer<typeof FoutAntwoord>;
