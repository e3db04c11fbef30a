import { misluktePogingen, telMisluktePoging } from "@elk/data";
import { adresSleutel, isAdresGeblokkeerd, isGeblokkeerd, TeVeelInlogpogingenFout } from "@elk/domain";
import { clientAdres } from "../../accounts/adres";
import { getDb } from "../../config/db";
import { logger } from "../../middleware/logger";
import type { Verzoek } from "../../middleware/router";

/**
 * Throttling (issue #10, inlogpogingen.ts): failures are counted per username and per client
 * address in 15-minute windows; beyond either limit, 429 without the password (or code) being
 * tried, known username or not. The sign-in and the account page's second-factor routes share it:
 * a wrong code or password there counts as a failed sign-in of that username.
 */
export async function weigerBijTeVeel(wie: string | undefined, adres: string | undefined, venster: string) {
  const db = getDb();
  const [perNaam, perAdres] = await Promise.all([
    wie ? misluktePogingen(db, wie, venster) : 0,
    adres ? misluktePogingen(db, adres, venster) : 0,
  ]);
  if (isGeblokkeerd(perNaam) || isAdresGeblokkeerd(perAdres)) {
    logger.warn("sign-in refused: too many failures", {
      venster,
      perNaam: isGeblokkeerd(perNaam),
      perAdres: isAdresGeblokkeerd(perAdres),
    });
    throw new TeVeelInlogpogingenFout();
  }
}

export async function telMislukt(
  wie: string | undefined,
  adres: string | undefined,
  venster: { start: string; eindeSeconden: number },
) {
  const db = getDb();
  await Promise.all([
    wie ? telMisluktePoging(db, wie, venster) : undefined,
    adres ? telMisluktePoging(db, adres, venster) : undefined,
  ]);
}

export function adresVan(req: Verzoek<unknown>): string | undefined {
  const adres = clientAdres(req.event);
  return adres ? adresSleutel(adres) : undefined;
}
