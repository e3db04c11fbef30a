import { seedSleutelUit } from "@elk/data";
import { requireEnv } from "./env";

let sleutel: Buffer | undefined;

/** LOT-03: the key that keeps a committed seed secret, derived from the deployment secret. */
export function getSeedSleutel(): Buffer {
  sleutel ??= seedSleutelUit(requireEnv("BSN_GEHEIM"));
  return sleutel;
}
