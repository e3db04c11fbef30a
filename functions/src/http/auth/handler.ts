import { httpRouter } from "../../middleware/router";
import { inloggen, inloggenMfa } from "./inloggen";
import { mfaBevestigen, mfaHerstelcodes, mfaInstellen, mfaStatus, mfaUitzetten } from "./mfa";
import { uitloggen } from "./uitloggen";
import { vernieuwen } from "./vernieuwen";

export const handler = httpRouter({
  inloggen,
  inloggenMfa,
  vernieuwen,
  uitloggen,
  mfaStatus,
  mfaInstellen,
  mfaBevestigen,
  mfaUitzetten,
  mfaHerstelcodes,
});
