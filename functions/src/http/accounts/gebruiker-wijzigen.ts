import type { GebruikerRegel, ROUTES } from "@elk/contracts";
import { getGebruiker, keys, vervangGebruiker } from "@elk/data";
import { controleerBeheer, controleerRollen, GelijktijdigGewijzigdFout, NietGevondenFout } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { naamEnContact } from "./account-gegevens";
import { alsRegel } from "./gebruiker-regel";

/** Edit name, e-mail and roles of an account within reach; the username stays the user's own. */
export async function gebruikerWijzigen(
  req: IngelogdVerzoek<typeof ROUTES.gebruikerWijzigen>,
): Promise<GebruikerRegel> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const gebruiker = await getGebruiker(db, req.params.gebruikerId ?? "");
  if (!gebruiker) throw new NietGevondenFout("De gebruiker");
  controleerBeheer(actor, gebruiker, config);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  if (gebruiker.version !== body.version) throw new GelijktijdigGewijzigdFout();
  const rollen = controleerRollen(body.rollen, { ...gebruiker }, config);
  const gewijzigd = {
    ...gebruiker,
    ...naamEnContact(body),
    rollen,
  };
  await vervangGebruiker(db, gewijzigd, {
    gebeurtenis: gebeurtenisDoor(actor, keys.gebruiker.item(gebruiker.id), "gebruiker-gewijzigd", {
      rollenVoor: gebruiker.rollen,
      rollenNa: rollen,
    }),
  });
  return alsRegel({ ...gewijzigd, version: gebruiker.version + 1 }, actor, config);
}
