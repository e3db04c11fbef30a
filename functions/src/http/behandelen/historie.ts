import type { Historie, ROUTES } from "@elk/contracts";
import { listAanmeldingenByLeerling, listGebeurtenissen } from "@elk/data";
import { vereisBehandeling } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { voScholen } from "../aanmelden/gedeeld";
import { zichtbareAanmelding } from "./gedeeld";

type Gegevens = Record<string, unknown>;
const tekst = (g: Gegevens, veld: string) => (typeof g[veld] === "string" ? (g[veld] as string) : "");

/** TRT-11: what each event of a registration means, in the manual's words. Reads (audit) are not shown. */
const OMSCHRIJVING: Record<string, (g: Gegevens) => string> = {
  aangemeld: (g) => (g.via === "school" ? "Aangemeld door de VO-school" : "Aangemeld via het ouderportaal"),
  "aanmelding-ingetrokken": () => "Aanmelding ongedaan gemaakt door de ouders",
  "voorrang-toekennen": () => "Voorrang toegekend",
  "voorrang-afkeuren": () => "Voorrang afgewezen",
  plaatsen: (g) => `Geplaatst op ${tekst(g, "afdeling")}`,
  "niet-plaatsen": () => "Niet geplaatst",
  uitloten: () => "Uitgeloot bij de decentrale loting",
  ingeloot: () => "Ingeloot bij de decentrale loting",
  "gelijkwaardige-afdeling": (g) =>
    `Bij de decentrale loting niet ingeloot; een plaats op de gelijkwaardige afdeling ${tekst(g, "afdeling")}`,
  "toewijzen-andere-school": (g) => `Toegewezen aan ${tekst(g, "naar")}, ${tekst(g, "afdeling")}`,
  "cpl-niet-geplaatst": () => "Bij de Centrale Plaatsing en Loting niet geplaatst",
  "toewijzing-corrigeren": (g) => `Toewijzing gecorrigeerd naar ${tekst(g, "naar")}, ${tekst(g, "afdeling")}`,
  terugtrekken: () => "Teruggetrokken",
  "aanvulling-vragen": () => "Aanvulling op het oki-doc gevraagd",
  "okidoc-vrijgegeven": () => "Oki-doc vrijgegeven door de basisschool",
  "okidoc-aangevuld": () => "Oki-doc aangevuld en opnieuw vrijgegeven door de basisschool",
  "tafelmiddag-aanvragen": () => "Tafelmiddag aangevraagd",
  "tafelmiddag-annuleren": () => "Tafelmiddag geannuleerd",
  "tafelmiddag-po-annuleren": () => "Tafelmiddag in overleg met PO geannuleerd",
  "po-tafelmiddag-aanvragen": () => "Warme overdracht aangevraagd door de basisschool",
  "po-tafelmiddag-annuleren": () => "Warme overdracht geannuleerd door de basisschool",
  "advies-setting-aanpassen": () => "Aanmelding ongedaan gemaakt: advies / setting aanpassen",
};

/** TRT-11: Toon historie — every registration of the pupil, here and at other schools, oldest first. */
export async function historie(req: IngelogdVerzoek<typeof ROUTES.historie>): Promise<Historie> {
  const config = getRegionConfig();
  const a = await zichtbareAanmelding(req.actor, req.params.aanmeldingId ?? "", config);
  vereisBehandeling(req.actor, a, "historie-tonen", config);
  const [aanmeldingen, scholen] = await Promise.all([
    listAanmeldingenByLeerling(getDb(), a.leerlingId),
    voScholen(),
  ]);
  const regels = await Promise.all(
    aanmeldingen
      .filter((x) => x.status !== "concept" || x.id === a.id)
      .map(async (x) => {
        const school = scholen.get(x.keuzes[0]?.schoolId ?? "")?.naam ?? "";
        return (await listGebeurtenissen(getDb(), x.id)).flatMap((g) => {
          const omschrijf = OMSCHRIJVING[g.soort];
          if (!omschrijf) return [];
          const gegevens = (g.gegevens ?? {}) as Gegevens;
          const toelichting = tekst(gegevens, "toelichting") || tekst(gegevens, "vraag");
          return [
            {
              op: g.tijdstip,
              school: tekst(gegevens, "school") || tekst(gegevens, "van") || school,
              omschrijving: omschrijf(gegevens),
              door: g.door === "systeem" ? "ELK" : g.door.naam,
              ...(toelichting ? { toelichting } : {}),
            },
          ];
        });
      }),
  );
  return {
    leerlingNaam: a.leerlingNaam,
    elkNummer: a.elkNummer,
    items: regels.flat().sort((x, y) => x.op.localeCompare(y.op)),
  };
}
