import { httpRouter } from "../../middleware/router";
import { auditlog } from "./auditlog";

/** Issue #10 (PRIV): the region-wide audit trail (read only). */
export const handler = httpRouter({ auditlog });
