import {
  InloggenAntwoord,
  InloggenMfaVerzoek,
  InloggenVerzoek,
  SessieTokens,
  UitloggenAntwoord,
  VernieuwenVerzoek,
} from "../auth.schema";
import type { RouteDef } from "../route-def";

export const authRoutes = {
  inloggen: {
    id: "inloggen",
    method: "POST",
    path: "/api/auth/inloggen",
    context: "auth",
    auth: "none",
    summary: "Inloggen met gebruikersnaam en wachtwoord; voor medewerkers met MFA volgt de code (#10)",
    body: InloggenVerzoek,
    response: InloggenAntwoord,
  },
  inloggenMfa: {
    id: "inloggenMfa",
    method: "POST",
    path: "/api/auth/inloggen/mfa",
    context: "auth",
    auth: "none",
    summary: "Inloggen, tweede stap: de code uit de authenticator-app (TOTP, #10)",
    body: InloggenMfaVerzoek,
    response: SessieTokens,
  },
  vernieuwen: {
    id: "vernieuwen",
    method: "POST",
    path: "/api/auth/vernieuwen",
    context: "auth",
    auth: "none",
    summary: "Een nieuw toegangstoken voor een lopende sessie (#10)",
    body: VernieuwenVerzoek,
    response: SessieTokens,
  },
  uitloggen: {
    id: "uitloggen",
    method: "POST",
    path: "/api/auth/uitloggen",
    context: "auth",
    auth: "jwt",
    summary: "Uitloggen: alle tokens van deze sessie worden ingetrokken",
    response: UitloggenAntwoord,
  },
} as const satisfies Record<string, RouteDef>;
