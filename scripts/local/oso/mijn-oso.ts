import type { School } from "@elk/domain";
import type { MijnOsoAanleverpunt } from "./traffic-center";

/**
 * "Mijn OSO" for the demo: Kennisnet approved an aanleverpunt for ELK at every school location of
 * the demo data, with a number and a key the contactpersoon ELK copies into OSO > Configureren.
 * Deterministic, so the numbers printed on start stay the same.
 */
export function demoAanleverpunten(scholen: readonly School[]): MijnOsoAanleverpunt[] {
  return [...scholen]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s, i) => ({
      nummer: 4000 + i + 1,
      sleutel: `demo-${s.brin.toLowerCase()}${s.vestigingscode}-${(i + 1) * 7919}`,
      brin: s.brin,
      vestigingscode: s.vestigingscode,
    }));
}
