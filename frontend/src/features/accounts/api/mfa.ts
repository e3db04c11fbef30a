import {
  type MfaBevestigenVerzoek,
  type MfaHerstelcodesVerzoek,
  type MfaInstellenVerzoek,
  type MfaUitzettenVerzoek,
  ROUTES,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";

/** Issue #10, ACC-08: the own second factor on Mijn gegevens. */
export function mfaStatus(signal?: AbortSignal) {
  return roepAan(ROUTES.mfaStatus, { signal });
}

export function mfaInstellen(invoer: MfaInstellenVerzoek) {
  return roepAan(ROUTES.mfaInstellen, { body: invoer });
}

export function mfaBevestigen(invoer: MfaBevestigenVerzoek) {
  return roepAan(ROUTES.mfaBevestigen, { body: invoer });
}

export function mfaUitzetten(invoer: MfaUitzettenVerzoek) {
  return roepAan(ROUTES.mfaUitzetten, { body: invoer });
}

export function mfaHerstelcodes(invoer: MfaHerstelcodesVerzoek) {
  return roepAan(ROUTES.mfaHerstelcodes, { body: invoer });
}
