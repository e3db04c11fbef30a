import { InloggenAntwoord, InloggenVerzoek, UitloggenAntwoord } from "../auth.schema";
import type { RouteDef } from "../route-def";

export const authRoutes = {
  inloggen: {
    id: "inloggen",
    method: "POST",
    path: "/api/auth/inloggen",
    context: "auth",
    auth: "none",
    summary: "Inloggen met gebruikersnaam en wachtwoord",
    body: InloggenVerzoek,
    response: InloggenAntwoord,
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
