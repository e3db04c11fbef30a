import type { OverzichtQuery, OverzichtRegel } from "@elk/contracts";
import type { AanmeldingRecord, Groep, Opgeslagen } from "@elk/data";
import { type Actor, type RegionConfig, weergaveStatus } from "@elk/domain";
import { afdelingVan, type OsoStanden, regelVoor, type Scholen } from "../http/behandelen/gedeeld";

/**
 * TRT-01 / EXP-01: which registrations Leerlingen > Overzicht shows under its filters and search,
 * in its order — one function, so the overview's pages and the export "of all pupils shown" can
 * never disagree.
 */
export type OverzichtRij = {
  a: Opgeslagen<AanmeldingRecord>;
  regel: OverzichtRegel;
  afdelingId: string;
  zoektekst: string;
};

export type OverzichtFilter = Omit<OverzichtQuery, "pagina" | "perPagina" | "schooljaar">;

export function overzichtRijen(
  actor: Actor,
  lijst: readonly AanmeldingRecord[],
  scholen: Scholen,
  groepen: readonly Groep[],
  config: RegionConfig,
  oso?: OsoStanden,
): OverzichtRij[] {
  return lijst.map((item) => {
    const a = item as Opgeslagen<AanmeldingRecord>;
    const regel = regelVoor(actor, a, scholen, groepen, config, oso);
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
}

function past(rij: OverzichtRij, q: OverzichtFilter): boolean {
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
function zoekt(rij: OverzichtRij, zoek: string): boolean {
  const termen = zoek.toLocaleLowerCase("nl-NL").split(/\s+/).filter(Boolean);
  return termen.every(
    (term) =>
      rij.zoektekst.includes(term) || rij.a.elkNummer.replace(/^0+/, "").startsWith(term.replace(/^0+/, "")),
  );
}

const SORTEERSLEUTEL: Record<NonNullable<OverzichtQuery["sorteer"]>, (r: OverzichtRij) => string> = {
  aangemeldOp: (r) => r.regel.aangemeldOp,
  elkNummer: (r) => r.regel.elkNummer,
  naam: (r) => r.regel.leerlingNaam.toLocaleLowerCase("nl-NL"),
  afdeling: (r) => r.regel.eersteKeuzeAfdeling.toLocaleLowerCase("nl-NL"),
  status: (r) => r.regel.statusLabel,
  advies: (r) => r.regel.advies,
};

/** The rows the overview shows under these filters and search, sorted as it sorts them. */
export function filterOverzicht(rijen: readonly OverzichtRij[], q: OverzichtFilter): OverzichtRij[] {
  const zoek = q.zoek?.trim();
  const gefilterd = rijen.filter((r) => past(r, q) && (!zoek || zoekt(r, zoek)));
  const sleutel = SORTEERSLEUTEL[q.sorteer ?? "aangemeldOp"];
  const teken = q.richting === "af" ? -1 : 1;
  return gefilterd.sort(
    (x, y) => teken * (sleutel(x).localeCompare(sleutel(y), "nl-NL") || x.a.id.localeCompare(y.a.id)),
  );
}
