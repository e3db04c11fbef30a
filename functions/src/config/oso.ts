import { sleutelUit } from "@elk/data";
import { requireEnv } from "./env";

let sleutel: Buffer | undefined;

/** OSO-01: the key that keeps the aanleverpuntsleutels secret, derived from the deployment secret. */
export function getAanleverpuntSleutel(): Buffer {
  sleutel ??= sleutelUit(requireEnv("BSN_GEHEIM"), "elk:oso:aanleverpuntsleutel");
  return sleutel;
}
