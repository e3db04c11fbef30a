import type { PoDoorstroomtoets, ROUTES } from "@elk/contracts";
import {
  getOkidoc,
  keys,
  type LeerlingRecord,
  type OkidocMetToets,
  type Opgeslagen,
  slaDoorstroomtoetsOp,
} from "@elk/data";
import {
  ADVIEZEN,
  adviesRang,
  controleerDoorstroomtoets,
  DOORSTROOMTOETS_DOMEINEN,
  DOORSTROOMTOETS_VELDEN,
  leerlingNaam,
  NIVEAUS_PER_DOMEIN,
  niveauLabel,
  OngeldigeInvoerFout,
  stelAdviesBij,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { eigenLeerling } from "../okidoc/gedeeld";

function weergave(l: LeerlingRecord, o: Opgeslagen<OkidocMetToets> | undefined): PoDoorstroomtoets {
  const v = o?.velden ?? {};
  const basis = o?.bijgesteldAdvies?.advies ?? l.advies;
  return {
    leerlingId: l.id,
    leerlingNaam: leerlingNaam(l),
    elkNummer: l.elkNummer,
    ...(l.advies ? { advies: l.advies } : {}),
    ...(o?.bijgesteldAdvies ? { bijgesteldAdvies: o.bijgesteldAdvies.advies } : {}),
    ...(v.niveauLezen ? { niveauLezen: v.niveauLezen } : {}),
    ...(v.niveauTaalverzorging ? { niveauTaalverzorging: v.niveauTaalverzorging } : {}),
    ...(v.niveauRekenen ? { niveauRekenen: v.niveauRekenen } : {}),
    ...(v.doorstroomtoets ? { toets: v.doorstroomtoets } : {}),
    niveaus: Object.fromEntries(
      DOORSTROOMTOETS_DOMEINEN.map((d) => [
        d.id,
        NIVEAUS_PER_DOMEIN[d.id].map((waarde) => ({ waarde, label: niveauLabel(waarde) })),
      ]),
    ),
    hogereAdviezen: basis ? ADVIEZEN.filter((a) => adviesRang(a) >= adviesRang(basis)) : [],
    ...(o ? { version: o.version } : {}),
  };
}

/** PO-02: the doorstroomtoets results of a pupil of the own primary school. */
export async function poDoorstroomtoets(
  req: IngelogdVerzoek<typeof ROUTES.poDoorstroomtoets>,
): Promise<PoDoorstroomtoets> {
  const leerling = await eigenLeerling(getDb(), req.actor, req.params.leerlingId);
  return weergave(
    leerling,
    (await getOkidoc(getDb(), leerling.id)) as Opgeslagen<OkidocMetToets> | undefined,
  );
}

/**
 * PO-02: enter the results into the oki-doc's fields, whatever its state, and raise the advice if
 * the school decides so — never lower it (stelAdviesBij). Recorded in the pupil's history.
 */
export async function poDoorstroomtoetsOpslaan(
  req: IngelogdVerzoek<typeof ROUTES.poDoorstroomtoetsOpslaan>,
): Promise<PoDoorstroomtoets> {
  const db = getDb();
  const leerling = await eigenLeerling(db, req.actor, req.params.leerlingId);
  const vorige = (await getOkidoc(db, leerling.id)) as Opgeslagen<OkidocMetToets> | undefined;
  const uitslag = controleerDoorstroomtoets(req.body);
  const nu = new Date().toISOString();
  let bijgesteldAdvies = vorige?.bijgesteldAdvies;
  if (
    req.body.bijgesteldAdvies &&
    req.body.bijgesteldAdvies !== (bijgesteldAdvies?.advies ?? leerling.advies)
  ) {
    const huidig = bijgesteldAdvies?.advies ?? leerling.advies;
    if (!huidig) {
      throw new OngeldigeInvoerFout("Vul eerst het basisschooladvies in het oki-doc in.", {
        bijgesteldAdvies: "Er is nog geen advies om bij te stellen.",
      });
    }
    bijgesteldAdvies = {
      advies: stelAdviesBij(huidig, req.body.bijgesteldAdvies),
      op: nu,
      door: req.actor.naam,
    };
  }
  const velden = Object.fromEntries(
    Object.entries(vorige?.velden ?? {}).filter(([id]) => !DOORSTROOMTOETS_VELDEN.includes(id)),
  );
  const nieuw: OkidocMetToets = {
    leerlingId: leerling.id,
    schooljaar: leerling.schooljaar,
    poSchoolId: leerling.poSchoolId ?? "",
    status: vorige?.status ?? "concept",
    velden: { ...velden, ...uitslag },
    gewijzigdOp: nu,
    ...(bijgesteldAdvies ? { bijgesteldAdvies } : {}),
  };
  await slaDoorstroomtoetsOp(db, {
    vorige,
    nieuw,
    gebeurtenis: gebeurtenisDoor(req.actor, keys.leerling.item(leerling.id), "doorstroomtoets-ingevoerd", {
      ...uitslag,
      ...(bijgesteldAdvies && bijgesteldAdvies !== vorige?.bijgesteldAdvies
        ? { bijgesteldAdvies: bijgesteldAdvies.advies }
        : {}),
    }),
  });
  return weergave(leerling, (await getOkidoc(db, leerling.id)) as Opgeslagen<OkidocMetToets> | undefined);
}
