import type { AanmeldingenOverzicht, OverzichtQuery, OverzichtRegel, ROUTES } from "@elk/contracts";
import { type AanmeldingRecord, listAanmeldingenBySchool, listGroepen, type Opgeslagen } from "@elk/data";
import { GeenToegangFout, standaardSchooljaar, vereis } from "@elk/domain";
import { getDb } from "../../config/clients";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { voScholen } from "../aanmelden/gedeeld";
import { afdelingVan, regelVoor, weergaveStatus } from "./gedeeld";

const STANDAARD_PER_PAGINA = 50;

type Rij = { a: Opgeslagen<AanmeldingRecord>; regel: OverzichtRegel; afdelingId: string; zoektekst: string };

function past(rij: Rij, q: OverzichtQuery): boolean {
  const { a, regel } = rij;
  if (q.status && weergaveStatus(a) !== q.status) return false;
  if (q.afdeling && rij.afdelingId !== q.afdeling) return false;
  if (q.advies && a.advies !== q.advies) return false;
  if (q.voorrang && (regel.voorrangMarkering ?? "geen") !== q.voorrang) return false;
  if (q.oso && regel.oso !== q.oso) return false;
  if (q.tafelmiddag && (regel.tafelmiddag.vo || regel.tafelmiddag.po) !== (q.tafelmiddag === "ja"))
    return false;
  if (q.okidoc && regel.okidoc.beschikbaar !== (q.okidoc === "beschikbaar")) return false;
  if (q.groep && !regel.groepen.some((g) => g.id === q.groep)) return false;
  return true;
}

/** Search over the columns' content and the ELK-nummer, leading zeros optional (TRT-01). */
function zoekt(rij: Rij, zoek: string): boolean {
  const termen = zoek.toLocaleLowerCase("nl-NL").split(/\s+/).filter(Boolean);
  return termen.every(
    (term) =>
      rij.zoektekst.includes(term) || rij.a.elkNummer.replace(/^0+/, "").startsWith(term.replace(/^0+/, "")),
  );
}

const SORTEERSLEUTEL: Record<NonNullable<OverzichtQuery["sorteer"]>, (r: Rij) => string> = {
  aangemeldOp: (r) => r.regel.aangemeldOp,
  elkNummer: (r) => r.regel.elkNummer,
  naam: (r) => r.regel.leerlingNaam.toLocaleLowerCase("nl-NL"),
  afdeling: (r) => r.regel.eersteKeuzeAfdeling.toLocaleLowerCase("nl-NL"),
  status: (r) => r.regel.statusLabel,
  advies: (r) => r.regel.advies,
};

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
  const [lijst, groepen, scholen] = await Promise.all([
    listAanmeldingenBySchool(getDb(), schoolId, schooljaar),
    listGroepen(getDb(), schoolId, schooljaar),
    voScholen(),
  ]);
  const rijen: Rij[] = lijst.map((item) => {
    const a = item as Opgeslagen<AanmeldingRecord>;
    const regel = regelVoor(req.actor, a, scholen, groepen, config);
    const afdeling = afdelingVan(a, scholen);
    return {
      a,
      regel,
      afdelingId: afdeling.id,
      zoektekst: [
        regel.elkNummer,
        regel.leerlingNaam,
        regel.eersteKeuzeAfdeling,
        regel.statusLabel,
        regel.advies,
        regel.toegewezenDoor ?? "",
        regel.geplaatstOp ?? "",
        ...regel.groepen.map((g) => g.naam),
      ]
        .join(" ")
        .toLocaleLowerCase("nl-NL"),
    };
  });
  const zoek = q.zoek?.trim();
  const gefilterd = rijen.filter((r) => past(r, q) && (!zoek || zoekt(r, zoek)));
  const sleutel = SORTEERSLEUTEL[q.sorteer ?? "aangemeldOp"];
  const teken = q.richting === "af" ? -1 : 1;
  gefilterd.sort(
    (x, y) => teken * (sleutel(x).localeCompare(sleutel(y), "nl-NL") || x.a.id.localeCompare(y.a.id)),
  );
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
