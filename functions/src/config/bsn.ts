import { type BsnSleutels, bsnSleutelsUit } from "@elk/data";
import { requireEnv } from "./env";

let sleutels: BsnSleutels | undefined;

/** The keys that protect BSNs, derived from `BSN_GEHEIM` — the same secret in every region. */
export function getBsnSleutels(): BsnSleutels {
  sleutels ??= bsnSleutelsUit(requireEnv("BSN_GEHEIM"));
  return sleutels;
}
