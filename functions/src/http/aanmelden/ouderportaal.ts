import { randomUUID } from "node:crypto";
import type { AanmeldingWeergave, Keuzemogelijkheden, Kinderen, ROUTES } from "@elk/contracts";
import { type AanmeldingRecord, getLeerling, keys, slaAanmeldingOp, trekAanmeldingIn } from "@elk/data";
import {
  aantalKeuzes,
  behandelendeSchool,
  controleerVoorkeurslijst,
  isBekendgemaakt,
  isBinnenAanmeldperiode,
  type Kalender,
  leerlingNaam,
  magViaOuderportaal,
  OngeldigeInvoerFout,
  statusVoorOuders,
  vereis,
  vereisOuderportaalRoute,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { getRegistry } from "../../config/registry";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { maakDefinitief } from "./definitief";
import {
  keuzemogelijkhedenVoor,
  kindVanOuder,
  lopendeAanmelding,
  type VoScholen,
  vereisAanmeldperiode,
  vereisAdvies,
  voScholenVoorAanmelden,
  weergave,
  zichtbareAanmelding,
} from "./gedeeld";
import { kalenderVoor } from "./kalender";

/**
 * PAR-01 / LOT-04: what the parents see of the registration: until the announcement only that
 * it is registered; from then on where the child is placed (or assigned after the CP&L) and the
 * lottery numbers it drew with.
 */
export function voorOuders(
  a: AanmeldingRecord,
  scholen: VoScholen,
  kalender: Kalender,
  nu: Date,
): AanmeldingWeergave {
  const status = statusVoorOuders(a.status, kalender, nu);
  const school = scholen.get(behandelendeSchool(a) ?? "")?.naam ?? "";
  const afdeling =
    status === "geplaatst"
      ? a.plaatsing?.afdelingNaam
      : status === "toegewezen"
        ? a.toewijzing?.afdelingNaam
        : undefined;
  // The lottery numbers, like the outcome, not a minute before the announcement.
  const bekend = isBekendgemaakt(kalender, nu);
  const lotingnummers = bekend ? a.lotingnummers : undefined;
  const reservelijst = bekend && a.reservepositie !== undefined ? a.keuzes[0]?.schoolId : undefined;
  return {
    ...weergave(a, scholen),
    status,
    ...(afdeling !== undefined ? { plaatsing: { school, afdeling } } : {}),
    ...(lotingnummers && (lotingnummers.decentraal !== undefined || lotingnummers.cpl !== undefined)
      ? { lotingnummers }
      : {}),
    ...(reservelijst !== undefined && a.reservepositie !== undefined
      ? { reservepositie: { school: scholen.get(reservelijst)?.naam ?? "", positie: a.reservepositie } }
      : {}),
    ...(bekend && a.reserveplaatsen && a.reserveplaatsen.length > 0
      ? {
          reserveplaatsen: a.reserveplaatsen.map((r) => {
            const school = scholen.get(r.schoolId);
            return {
              school: school?.naam ?? "",
              afdeling: school?.afdelingen.find((af) => af.id === r.afdelingId)?.naam ?? r.afdelingId,
              voorkeur: r.voorkeur,
              positie: r.positie,
            };
          }),
        }
      : {}),
  };
}

/** PAR-01: the parent's children, each with its data (BSN masked) and its registration. */
export async function mijnKinderen(req: IngelogdVerzoek<typeof ROUTES.mijnKinderen>): Promise<Kinderen> {
  // Only parents have an ouderportaal (a staff account has no children here: 403, not a 500).
  vereis(req.actor, "ouderportaal.gebruiken", getRegionConfig());
  const ids = req.actor.leerlingIds ?? [];
  const leerlingen = (await Promise.all(ids.map((id) => getLeerling(getDb(), id)))).filter(
    (l) => l !== undefined,
  );
  const scholen = await voScholenVoorAanmelden();
  const schooljaar = leerlingen[0]?.schooljaar ?? "";
  const kalender = await kalenderVoor(schooljaar);
  const nu = new Date();
  const items = await Promise.all(
    leerlingen.map(async (l) => {
      const aanmelding = await zichtbareAanmelding(l.id, l.schooljaar);
      return {
        leerlingId: l.id,
        elkNummer: l.elkNummer,
        naam: leerlingNaam(l),
        geboortedatum: l.geboortedatum,
        advies: l.advies,
        bsnGemaskeerd: l.bsnGemaskeerd,
        schooljaar: l.schooljaar,
        aantalKeuzes: l.advies ? aantalKeuzes(l.advies, getRegionConfig()) : 0,
        magViaOuderportaal: l.advies ? magViaOuderportaal(l.advies) : false,
        aanmelding: aanmelding ? voorOuders(aanmelding, scholen, kalender, nu) : undefined,
      };
    }),
  );
  return {
    items,
    aanmeldperiode: kalender.aanmeldperiode,
    binnenAanmeldperiode: isBinnenAanmeldperiode(kalender, new Date()),
    bekendmaking: kalender.bekendmaking,
  };
}

/** REG-02 / REG-03: only schools and afdelingen that admit the child's advice are offered. */
export async function keuzemogelijkheden(
  req: IngelogdVerzoek<typeof ROUTES.keuzemogelijkheden>,
): Promise<Keuzemogelijkheden> {
  const leerling = await kindVanOuder(req.actor, req.params.leerlingId);
  return keuzemogelijkhedenVoor(vereisAdvies(leerling));
}

/** Save the voorkeurslijst as a concept while the parents build it; a final registration is not changed here. */
export async function voorkeurslijstOpslaan(
  req: IngelogdVerzoek<typeof ROUTES.voorkeurslijstOpslaan>,
): Promise<AanmeldingWeergave> {
  const nu = new Date();
  const leerling = await kindVanOuder(req.actor, req.params.leerlingId);
  await vereisAanmeldperiode(leerling.schooljaar, nu);
  const advies = vereisAdvies(leerling);
  vereisOuderportaalRoute(advies);
  const vorige = await lopendeAanmelding(leerling.id, leerling.schooljaar);
  if (vorige?.status === "aangemeld") {
    throw new OngeldigeInvoerFout(
      "De aanmelding is al definitief. Maak de aanmelding eerst ongedaan om de voorkeurslijst te wijzigen.",
    );
  }
  const scholen = await voScholenVoorAanmelden();
  controleerVoorkeurslijst(advies, req.body.keuzes, scholen, req.body.eersteKeuze, false, getRegionConfig());
  const aanmelding: AanmeldingRecord = {
    id: vorige?.id ?? randomUUID(),
    leerlingId: leerling.id,
    schooljaar: leerling.schooljaar,
    elkNummer: leerling.elkNummer,
    leerlingNaam: leerlingNaam(leerling),
    advies,
    keuzes: req.body.keuzes,
    eersteKeuze: req.body.eersteKeuze,
    status: "concept",
    via: "ouderportaal",
    bsnHash: leerling.bsnHash,
  };
  await slaAanmeldingOp(
    getDb(),
    aanmelding,
    vorige,
    gebeurtenisDoor(req.actor, keys.aanmelding.item(aanmelding.id), "voorkeurslijst-opgeslagen", {}, nu),
  );
  return weergave({ ...aanmelding, version: (vorige?.version ?? 0) + 1 }, scholen);
}

/** REG-02: the list complete, the registration final; the parents receive the list by e-mail. */
export async function definitiefAanmelden(
  req: IngelogdVerzoek<typeof ROUTES.definitiefAanmelden>,
): Promise<AanmeldingWeergave> {
  const nu = new Date();
  const leerling = await kindVanOuder(req.actor, req.params.leerlingId);
  const kalender = await vereisAanmeldperiode(leerling.schooljaar, nu);
  const advies = vereisAdvies(leerling);
  vereisOuderportaalRoute(advies);
  const vorige = await lopendeAanmelding(leerling.id, leerling.schooljaar);
  if (!vorige) throw new OngeldigeInvoerFout("Vul eerst de voorkeurslijst in en sla die op.");
  return maakDefinitief({
    actor: req.actor,
    leerling,
    advies,
    keuzes: vorige.keuzes,
    eersteKeuze: vorige.eersteKeuze,
    vorige,
    via: "ouderportaal",
    kalender,
    nu,
  });
}

/** REG-06: the parents undo the registration during the registration period; the pupil may register again. */
export async function aanmeldingIntrekken(
  req: IngelogdVerzoek<typeof ROUTES.aanmeldingIntrekken>,
): Promise<AanmeldingWeergave> {
  const nu = new Date();
  const leerling = await kindVanOuder(req.actor, req.params.leerlingId);
  await vereisAanmeldperiode(leerling.schooljaar, nu);
  const aanmelding = await lopendeAanmelding(leerling.id, leerling.schooljaar);
  if (aanmelding?.status !== "aangemeld")
    throw new OngeldigeInvoerFout("Er is geen definitieve aanmelding om ongedaan te maken.");
  await trekAanmeldingIn(
    getDb(),
    getRegistry(),
    aanmelding,
    nu.toISOString(),
    gebeurtenisDoor(
      req.actor,
      keys.aanmelding.item(aanmelding.id),
      "aanmelding-ingetrokken",
      { door: "ouder" },
      nu,
    ),
  );
  return weergave(
    {
      ...aanmelding,
      status: "ingetrokken",
      ingetrokkenOp: nu.toISOString(),
      version: aanmelding.version + 1,
    },
    await voScholenVoorAanmelden(),
  );
}
