import type { NieuwsBeheerItem } from "@elk/contracts";
import { type Db, getNieuwsbericht, keys, wijzigNieuwsbericht } from "@elk/data";
import { type Actor, NietGevondenFout, type Nieuwsbericht, vereis } from "@elk/domain";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { alsNieuwsBeheerItem } from "./nieuws-item";

export type NieuwsOvergang = (
  bericht: Nieuwsbericht,
  nu: string,
) => { bericht: Nieuwsbericht; gewijzigd: boolean };

/**
 * Publish or withdraw a news item: the domain's transition, written with its history event only if
 * it changed anything, so repeating the request (a double click, a retry) does not act twice.
 */
export async function zetNieuwsStatus(
  db: Db,
  actor: Actor,
  nieuwsId: string | undefined,
  overgang: NieuwsOvergang,
  soort: "nieuws-gepubliceerd" | "nieuws-ingetrokken",
): Promise<NieuwsBeheerItem> {
  vereis(actor, "nieuws.beheren", getRegionConfig());
  const huidig = nieuwsId ? await getNieuwsbericht(db, nieuwsId) : undefined;
  if (!huidig) throw new NietGevondenFout("Het nieuwsbericht");
  const nu = new Date();
  const { bericht, gewijzigd } = overgang(huidig, nu.toISOString());
  if (!gewijzigd) return alsNieuwsBeheerItem(huidig);
  await wijzigNieuwsbericht(
    db,
    { voor: huidig, na: bericht, versie: huidig.version },
    gebeurtenisDoor(actor, keys.nieuws.item(huidig.id), soort, { titel: bericht.titel }, nu),
  );
  return alsNieuwsBeheerItem({ ...bericht, version: huidig.version + 1 });
}
