import type { AanmeldingenOverzicht, ROUTES } from "@elk/contracts";
import { listAanmeldingenBySchool, listGroepen, listOsoDossiers } from "@elk/data";
import { GeenToegangFout, standaardSchooljaar, vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { filterOverzicht, overzichtRijen } from "../../overzicht/aanmeldingen-filter";
import { voScholen } from "../aanmelden/gedeeld";
import { osoStanden } from "./gedeeld";

const STANDAARD_PER_PAGINA = 50;

/**
 * TRT-01: Leerlingen > Overzicht — the registrations the school handles in the chosen year,
 * filtered, searched, sorted and paged on the server: one Query for the registrations, one for
 * the school's groups, one for the schools (cached per container), whatever the page.
 */
export async function aanmeldingen(
  req: IngelogdVerzoek<typeof ROUTES.aanmeldingen>,
): Promise<AanmeldingenOverzicht> {
  const config = getRegionConfig();
  vereis(req.actor, "leerlingen.inzien", config);
  const schoolId = req.actor.schoolId;
  if (!schoolId || req.actor.organisatieType !== "vo") throw new GeenToegangFout();
  const q = req.query;
  const schooljaar = q.schooljaar ?? standaardSchooljaar(config, new Date());
  const [lijst, groepen, scholen, dossiers] = await Promise.all([
    listAanmeldingenBySchool(getDb(), schoolId, schooljaar),
    listGroepen(getDb(), schoolId, schooljaar),
    voScholen(),
    listOsoDossiers(getDb(), schoolId, schooljaar),
  ]);
  const rijen = overzichtRijen(req.actor, lijst, scholen, groepen, config, osoStanden(dossiers));
  const gefilterd = filterOverzicht(rijen, q);
  const perPagina = q.perPagina ?? STANDAARD_PER_PAGINA;
  const pagina = q.pagina ?? 1;
  const afdelingen = new Map<string, string>();
  for (const r of rijen) if (r.afdelingId) afdelingen.set(r.afdelingId, r.regel.eersteKeuzeAfdeling);
  for (const af of scholen.get(schoolId)?.afdelingen ?? []) afdelingen.set(af.id, af.naam);
  return {
    items: gefilterd.slice((pagina - 1) * perPagina, pagina * perPagina).map((r) => r.regel),
    totaal: gefilterd.length,
    totaalSchool: rijen.length,
    pagina,
    perPagina,
    afdelingen: [...afdelingen]
      .map(([id, naam]) => ({ id, naam }))
      .sort((x, y) => x.naam.localeCompare(y.naam, "nl-NL")),
    groepen: groepen.map((g) => ({ id: g.id, naam: g.naam })),
  };
}
