import type { AanmeldingDetail, ROUTES } from "@elk/contracts";
import {
  type AanmeldingRecord,
  getLeerlingByElkNummer,
  getOkidoc,
  listAanmeldingenByLeerling,
  listGroepen,
  type Opgeslagen,
} from "@elk/data";
import {
  type Actor,
  type BehandelOpdracht,
  behandelendeSchool,
  isLopend,
  NietGevondenFout,
  normaliseerElkNummer,
  type RegionConfig,
  vereis,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { voScholen } from "../aanmelden/gedeeld";
import { detailVoor, type Scholen, zichtbareAanmelding } from "./gedeeld";
import { voerUit } from "./uitvoeren";

async function detail(
  actor: Actor,
  a: Opgeslagen<AanmeldingRecord>,
  scholen: Scholen,
  config: RegionConfig,
): Promise<AanmeldingDetail> {
  const school = behandelendeSchool(a);
  const [groepen, okidoc] = await Promise.all([
    school ? listGroepen(getDb(), school, a.schooljaar) : Promise.resolve([]),
    a.okidoc === "aanvulling-gevraagd" ? getOkidoc(getDb(), a.leerlingId) : Promise.resolve(undefined),
  ]);
  return { ...detailVoor(actor, a, scholen, groepen, config), aanvullingVraag: okidoc?.aanvulling?.vraag };
}

/** TRT-01: one registration with its choices and the pupil's menu. */
export async function aanmelding(req: IngelogdVerzoek<typeof ROUTES.aanmelding>): Promise<AanmeldingDetail> {
  const config = getRegionConfig();
  const a = await zichtbareAanmelding(req.actor, req.params.aanmeldingId ?? "", config);
  return detail(req.actor, a, await voScholen(), config);
}

/** TRT-03 … TRT-15: a decision from the pupil's menu. */
export async function behandelen(req: IngelogdVerzoek<typeof ROUTES.behandelen>): Promise<AanmeldingDetail> {
  const config = getRegionConfig();
  const a = await zichtbareAanmelding(req.actor, req.params.aanmeldingId ?? "", config);
  const { version, ...opdracht } = req.body;
  const scholen = await voScholen();
  const wachtwoord = opdracht.actie === "terugtrekken" ? opdracht.wachtwoord : undefined;
  const bijgewerkt = await voerUit({
    actor: req.actor,
    aanmelding: a,
    opdracht: opdracht as BehandelOpdracht,
    version,
    wachtwoord,
    scholen,
    config,
  });
  return detail(req.actor, bijgewerkt, scholen, config);
}

/** TRT-08 / TRT-14: the region administrator finds the registration to correct by ELK-nummer. */
export async function aanmeldingZoeken(
  req: IngelogdVerzoek<typeof ROUTES.aanmeldingZoeken>,
): Promise<AanmeldingDetail> {
  const config = getRegionConfig();
  vereis(req.actor, "behandeling.corrigeren", config);
  const leerling = await getLeerlingByElkNummer(getDb(), normaliseerElkNummer(req.query.elkNummer));
  const lijst = leerling ? await listAanmeldingenByLeerling(getDb(), leerling.id) : [];
  const lopend = lijst.find(
    (a) => isLopend(a.status) && (!req.query.schooljaar || a.schooljaar === req.query.schooljaar),
  );
  if (!lopend) throw new NietGevondenFout("Een lopende aanmelding met dit ELK-nummer");
  const a = await zichtbareAanmelding(req.actor, lopend.id, config);
  const scholen = await voScholen();
  return {
    ...(await detail(req.actor, a, scholen, config)),
    toewijsbareScholen: [...scholen.values()]
      .filter((s) => s.schooltype === "VO" && s.id !== a.keuzes[0]?.schoolId)
      .map((s) => ({
        id: s.id,
        naam: s.naam,
        afdelingen: s.afdelingen
          .filter((af) => af.adviezen.includes(a.advies))
          .map((af) => ({ id: af.id, naam: af.naam })),
      }))
      .filter((s) => s.afdelingen.length > 0)
      .sort((x, y) => x.naam.localeCompare(y.naam, "nl-NL")),
  };
}
