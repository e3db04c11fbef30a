import { randomUUID } from "node:crypto";
import type { Gebeurtenis } from "@elk/data";
import type { Actor } from "@elk/domain";

/**
 * A history event of a state change, recorded with who did it — with both identities when a
 * contactpersoon ELK acts while looking along (ACC-07, TRT-15).
 */
export function gebeurtenisDoor(
  actor:
    | (Pick<Actor, "gebruikerId" | "naam" | "meekijkendDoor"> &
        Partial<Pick<Actor, "rollen" | "schoolId" | "locatieNaam">>)
    | "systeem",
  van: { PK: string; SK: string },
  soort: string,
  gegevens?: Record<string, unknown>,
  nu: Date = new Date(),
): Gebeurtenis {
  return {
    van,
    id: randomUUID(),
    tijdstip: nu.toISOString(),
    soort,
    door:
      actor === "systeem"
        ? "systeem"
        : {
            gebruikerId: actor.gebruikerId,
            naam: actor.naam,
            ...(actor.meekijkendDoor ? { meekijkendDoor: actor.meekijkendDoor } : {}),
          },
    gegevens,
    // Issue #10: the actor's roles and location for the region-wide audit trail (not the history).
    ...(actor !== "systeem" && (actor.rollen || actor.schoolId || actor.locatieNaam)
      ? {
          wie: {
            ...(actor.rollen ? { rollen: actor.rollen } : {}),
            ...(actor.schoolId ? { schoolId: actor.schoolId } : {}),
            ...(actor.locatieNaam ? { locatieNaam: actor.locatieNaam } : {}),
          },
        }
      : {}),
  };
}
