import type { OuderGegevens, ROUTES } from "@elk/contracts";
import {
  getOkidoc,
  getOsoDossier,
  getSchool,
  listAanmeldingenByLeerling,
  listDocumenten,
  listGebeurtenissen,
  listNotities,
  listOkidocBijlagen,
} from "@elk/data";
import { historieVoorOuders, isBekendgemaakt, notitiesVoorOuders, okidocWeergave } from "@elk/domain";
import { getDb } from "../../config/db";
import type { IngelogdVerzoek } from "../../middleware/router";
import { kindVanOuder, voScholenVoorAanmelden } from "./gedeeld";
import { kalenderVoor } from "./kalender";
import { voorOuders } from "./ouderportaal";

/**
 * AVG inzage (issue #10, PRIV): everything ELK holds about the child, for its own parent only — the
 * pupil's data (BSN masked), every registration with its voorkeurslijst, its history and, from the
 * announcement on, placement, lottery numbers and OSO transfer; the oki-doc as released to the VO
 * school with the names of its bijlagen. Another child, or one that does not exist: the same 404.
 */
export async function ouderGegevens(
  req: IngelogdVerzoek<typeof ROUTES.ouderGegevens>,
): Promise<OuderGegevens> {
  const leerling = await kindVanOuder(req.actor, req.params.leerlingId);
  const db = getDb();
  const nu = new Date();
  const [aanmeldingen, okidoc, scholen, basisschool, documenten, notities, kalender] = await Promise.all([
    listAanmeldingenByLeerling(db, leerling.id),
    getOkidoc(db, leerling.id),
    voScholenVoorAanmelden(),
    leerling.poSchoolId ? getSchool(db, leerling.poSchoolId) : Promise.resolve(undefined),
    listDocumenten(db, leerling.id),
    listNotities(db, leerling.id),
    kalenderVoor(leerling.schooljaar),
  ]);
  const vrijgegeven = okidoc && (okidoc.status === "vrijgegeven" || okidoc.status === "aangevuld");
  const bijlagen = vrijgegeven ? await listOkidocBijlagen(db, leerling.id) : [];

  const perAanmelding = await Promise.all(
    aanmeldingen
      .sort((a, b) => (a.aangemeldOp ?? a.schooljaar).localeCompare(b.aangemeldOp ?? b.schooljaar))
      .map(async (a) => {
        const kalender = await kalenderVoor(a.schooljaar);
        const bekend = isBekendgemaakt(kalender, nu);
        const [gebeurtenissen, dossier] = await Promise.all([
          listGebeurtenissen(db, a.id),
          bekend ? getOsoDossier(db, a.id) : Promise.resolve(undefined),
        ]);
        return {
          ...voorOuders(a, scholen, kalender, nu),
          schooljaar: a.schooljaar,
          historie: historieVoorOuders(gebeurtenissen, bekend),
          ...(dossier ? { osoStatus: dossier.status } : {}),
        };
      }),
  );

  return {
    opgesteldOp: nu.toISOString(),
    kind: {
      leerlingId: leerling.id,
      elkNummer: leerling.elkNummer,
      roepnaam: leerling.roepnaam,
      ...(leerling.tussenvoegsel ? { tussenvoegsel: leerling.tussenvoegsel } : {}),
      achternaam: leerling.achternaam,
      geboortedatum: leerling.geboortedatum,
      geslacht: leerling.geslacht,
      adres: { ...leerling.adres },
      emailOuders: leerling.emailOuders,
      bsnGemaskeerd: leerling.bsnGemaskeerd,
      identificatie: leerling.identificatie,
      ...(leerling.advies ? { advies: leerling.advies } : {}),
      schooljaar: leerling.schooljaar,
      ...(basisschool
        ? { basisschool: basisschool.naam }
        : leerling.buitenleerling?.basisschool
          ? { basisschool: leerling.buitenleerling.basisschool.naam }
          : leerling.anderKernprocedure
            ? { basisschool: leerling.anderKernprocedure.basisschool.naam }
            : {}),
    },
    aanmeldingen: perAanmelding,
    documenten: documenten
      .map((d) => ({ bestandsnaam: d.bestandsnaam, geuploadOp: d.geuploadOp }))
      .sort((a, b) => a.geuploadOp.localeCompare(b.geuploadOp)),
    notities: notitiesVoorOuders(notities, isBekendgemaakt(kalender, nu)),
    ...(okidoc && vrijgegeven
      ? {
          okidoc: {
            status: okidoc.status,
            ...(okidoc.vrijgegevenOp ? { vrijgegevenOp: okidoc.vrijgegevenOp } : {}),
            secties: okidocWeergave(okidoc.velden, leerling.advies).map((s) => ({
              titel: s.titel,
              regels: s.regels.map((r) => ({ label: r.label, waarde: r.waarde })),
            })),
            bijlagen: bijlagen.map((b) => b.bestandsnaam),
          },
        }
      : {}),
  };
}
