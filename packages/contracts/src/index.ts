import { z } from "zod";

// Validation messages the schemas do not word themselves come in Dutch: the UI is Dutch first.
z.config(z.locales.nl());

export * from "./aanmelden.schema";
export * from "./accounts.schema";
export * from "./audit.schema";
export * from "./auth.schema";
export * from "./behandelen.schema";
export * from "./fout.schema";
export * from "./groepen.schema";
export * from "./leerlingen.schema";
export * from "./loting.schema";
export * from "./okidoc.schema";
export * from "./openapi";
export * from "./organisatie.schema";
export * from "./oso.schema";
export * from "./overzichten.schema";
export * from "./portaal.schema";
export * from "./routes";
export * from "./swv.schema";
