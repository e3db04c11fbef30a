import { z } from "zod";

/** Placeholder: filled by the groepen work of issue 5. */
export const GroepenLeeg = z.object({});
