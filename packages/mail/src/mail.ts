import { z } from "zod";

/** A mail as it waits in the outbox queue: addressed, rendered, in Dutch. */
export const UitgaandeMail = z.object({
  id: z.string().min(1),
  aan: z.array(z.email()).min(1),
  onderwerp: z.string().min(1),
  tekst: z.string().min(1),
  html: z.string().optional(),
  antwoordAan: z.email().optional(),
});
export type UitgaandeMail = z.infer<typeof UitgaandeMail>;
