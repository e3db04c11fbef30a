import type { MijnGegevens, ROUTES } from "@elk/contracts";
import { getGebruiker } from "@elk/data";
import { geldigeRollen, menuVoor, ROL_NAMEN, standaardSchooljaar } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";

/** The signed-in account, its menu (HOME-02/03), its location name (ACC-04) and the school years (HOME-04). */
export async function mij(req: IngelogdVerzoek<typeof ROUTES.mij>): Promise<MijnGegevens> {
  const config = getRegionConfig();
  const { actor } = req;
  const rollen = geldigeRollen(actor, config);
  const account = await getGebruiker(getDb(), actor.gebruikerId);
  return {
    gebruiker: {
      id: actor.gebruikerId,
      gebruikersnaam: actor.gebruikersnaam,
      naam: actor.naam,
      voornaam: account?.voornaam,
      tussenvoegsel: account?.tussenvoegsel,
      achternaam: account?.achternaam,
      email: actor.email,
      telefoon: account?.telefoon,
      rollen,
      rolNamen: rollen.map((r) => ROL_NAMEN[r]),
      organisatieType: actor.organisatieType,
      locatieNaam: actor.locatieNaam,
      meekijkendDoor: actor.meekijkendDoor ? { naam: actor.meekijkendDoor.naam } : undefined,
    },
    menu: menuVoor(actor, config),
    schooljaren: [...config.kalender.schooljaren],
    standaardSchooljaar: standaardSchooljaar(config, new Date()),
    regio: {
      naam: config.naam,
      productNaam: config.productNaam,
      beheerorganisatie: config.beheerorganisatie,
      helpdesk: config.helpdesk,
      voorkeurslijst: config.voorkeurslijst,
      plaatsingsprocedure: config.plaatsingsprocedure,
    },
  };
}
