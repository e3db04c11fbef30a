import type { GebruikerRegel } from "@elk/contracts";
import type { GebruikerRecord } from "@elk/data";
import { type Actor, controleerBlokkeerRecht, controleerResetten, mag, type RegionConfig } from "@elk/domain";

/** Does the rule let this through? (The rules throw; the list only shows what is allowed.) */
function toegestaan(regel: () => void): boolean {
  try {
    regel();
    return true;
  } catch {
    return false;
  }
}

/** An account as Instellingen > Gebruikers shows it, with what the viewer may do to it. */
export function alsRegel(
  g: GebruikerRecord & { version?: number },
  actor: Actor,
  config: RegionConfig,
): GebruikerRegel {
  const { organisatieType } = g;
  // Parents' accounts live under their own key (OUDERS) and never reach a staff list.
  if (organisatieType === "ouder") throw new Error("a parent account is not a staff account");
  return {
    id: g.id,
    gebruikersnaam: g.gebruikersnaam,
    naam: g.naam,
    voornaam: g.voornaam,
    tussenvoegsel: g.tussenvoegsel,
    achternaam: g.achternaam,
    email: g.email,
    telefoon: g.telefoon,
    rollen: g.rollen,
    organisatieType,
    schoolId: g.schoolId,
    bestuurId: g.bestuurId,
    locatieNaam: g.locatieNaam,
    status: g.status,
    version: g.version ?? 1,
    magMeekijken:
      !actor.meekijkendDoor &&
      g.status === "actief" &&
      g.id !== actor.gebruikerId &&
      (g.organisatieType === "vo" || g.organisatieType === "po") &&
      mag(actor, "meekijken", config, { bestuurId: g.bestuurId }),
    // A blocked account is unblocked before it can be reset (issue #10).
    magResetten: g.status !== "geblokkeerd" && toegestaan(() => controleerResetten(actor, g, config)),
    magBlokkeren: toegestaan(() => controleerBlokkeerRecht(actor, g, config)),
  };
}
