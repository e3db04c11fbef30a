import type { SessieTokens } from "@elk/contracts";

/** Tokens live in sessionStorage: they die with the tab and never go to another tab or a later visit. */
const SESSIE_SLEUTEL = "elk.sessie";
const SCHOOLJAAR_SLEUTEL = "elk.schooljaar";
const MEEKIJKEN_SLEUTEL = "elk.meekijken";

export interface Sessie {
  accessToken: string;
  idToken: string;
  /** Epoch milliseconds. */
  verlooptOp: number;
}

function isSessie(waarde: unknown): waarde is Sessie {
  if (typeof waarde !== "object" || waarde === null) return false;
  const s = waarde as Record<string, unknown>;
  return (
    typeof s.accessToken === "string" && typeof s.idToken === "string" && typeof s.verlooptOp === "number"
  );
}

export function bewaarSessie(antwoord: SessieTokens, nu: number = Date.now()): void {
  const sessie: Sessie = {
    accessToken: antwoord.accessToken,
    idToken: antwoord.idToken,
    verlooptOp: nu + antwoord.verlooptOver * 1000,
  };
  sessionStorage.setItem(SESSIE_SLEUTEL, JSON.stringify(sessie));
  // A meekijk-sessie belongs to the sign-in that started it.
  sessionStorage.removeItem(MEEKIJKEN_SLEUTEL);
}

export function huidigeSessie(nu: number = Date.now()): Sessie | null {
  const ruw = sessionStorage.getItem(SESSIE_SLEUTEL);
  if (!ruw) return null;
  try {
    const sessie: unknown = JSON.parse(ruw);
    if (isSessie(sessie) && sessie.verlooptOp > nu) return sessie;
  } catch {
    // A damaged entry counts as signed out.
  }
  wisSessie();
  return null;
}

export function wisSessie(): void {
  sessionStorage.removeItem(SESSIE_SLEUTEL);
  sessionStorage.removeItem(SCHOOLJAAR_SLEUTEL);
  sessionStorage.removeItem(MEEKIJKEN_SLEUTEL);
}

/** ACC-07: the id of the meekijk-sessie this tab runs, sent with every API call until sign-out. */
export function huidigeMeekijkSessie(): string | null {
  return sessionStorage.getItem(MEEKIJKEN_SLEUTEL);
}

export function bewaarMeekijkSessie(sessieId: string): void {
  sessionStorage.setItem(MEEKIJKEN_SLEUTEL, sessieId);
  // The other user's school years may differ: start from its default.
  sessionStorage.removeItem(SCHOOLJAAR_SLEUTEL);
}

export function bewaardSchooljaar(): string | null {
  return sessionStorage.getItem(SCHOOLJAAR_SLEUTEL);
}

export function bewaarSchooljaar(schooljaar: string): void {
  sessionStorage.setItem(SCHOOLJAAR_SLEUTEL, schooljaar);
}
