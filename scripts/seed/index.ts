import type { Bestuur, Nieuwsbericht, School } from "@elk/domain";
import type { DemoAccount } from "./amstelland";
import * as amstelland from "./amstelland";
import * as amsterdam from "./amsterdam";

/** The demo data of a region: besturen, schools, one account per role, news. */
export interface SeedData {
  BESTUREN: readonly Bestuur[];
  SCHOLEN: readonly School[];
  DEMO_ACCOUNTS: readonly DemoAccount[];
  NIEUWS: readonly Nieuwsbericht[];
}

const PER_REGIO: Readonly<Record<string, SeedData>> = { amstelland, amsterdam };

export function seedDataVoor(regioId: string): SeedData {
  const data = PER_REGIO[regioId];
  if (!data) throw new Error(`No demo data for region "${regioId}"`);
  return data;
}

export { DEMO_TOTP_GEHEIM, DEMO_WACHTWOORD } from "./amstelland";
