import { z } from "zod";

/** Placeholder: filled by the okidoc work of issue 5. */
export const OkidocLeeg = z.object({});
