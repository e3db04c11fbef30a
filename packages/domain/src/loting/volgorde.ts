import { StatusConflictFout } from "../behandeling/fouten";
import { heeftDecentraleLoting, type RegionConfig } from "../regio/region-config";

/**
 * LOT-02 before LOT-03: where the region's schools draw first, the CP&L places the pupils that
 * draw put out, so it waits until the decentral lottery of the school year is definitief. A
 * region with one central draw has nothing to wait for.
 */
export function vereisDecentraleLotingDefinitief(
  config: Pick<RegionConfig, "plaatsingsprocedure">,
  schooljaar: string,
  decentraleStatus: "vastgelegd" | "toepassen" | "definitief" | undefined,
): void {
  if (!heeftDecentraleLoting(config) || decentraleStatus === "definitief") return;
  throw new StatusConflictFout(
    `Maak eerst de decentrale loting van ${schooljaar} definitief: de Centrale Plaatsing en Loting plaatst de leerlingen die daarin zijn uitgeloot.`,
  );
}
