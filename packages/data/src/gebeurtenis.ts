import type { ItemKey } from "./keys";

/** One event in an entity's history (written by `schrijf`, transact.ts). */
export interface Gebeurtenis {
  /** The entity whose history this is. */
  van: ItemKey;
  id: string;
  tijdstip: string;
  soort: string;
  door:
    | { gebruikerId: string; naam: string; meekijkendDoor?: { gebruikerId: string; naam: string } }
    | "systeem";
  gegevens?: Record<string, unknown>;
  /**
   * Issue #10: who the actor is, for the region-wide audit trail only (not stored in the history):
   * its roles and location, and the ELK-nummer the event is about when the caller knows it.
   */
  wie?: { rollen?: readonly string[]; schoolId?: string; locatieNaam?: string; elkNummer?: string };
}
