import { randomUUID } from "node:crypto";
import {
  type AanmeldingRecord,
  contactpersonenVanAanmelding,
  getGebruiker,
  getLeerling,
  getOkidoc,
  keys,
  notificatieItems,
  notitieItem,
  type Opgeslagen,
  okidocStatusBijwerking,
  schrijfBehandeling,
  zonderSleutels,
} from "@elk/data";
import {
  type Actor,
  type BehandelOpdracht,
  behandel,
  behandelendeSchool,
  type CentralePlaatsingOpdracht,
  GelijktijdigGewijzigdFout,
  type Gevolg,
  isBekendgemaakt,
  nietGeplaatstNaCentraleLoting,
  nieuweNotitie,
  OngeldigeInvoerFout,
  plaatsNaCentraleLoting,
  type RegionConfig,
  type Reserveplaats,
  vereisBehandeling,
  vereisBehandelrecht,
  vereisSysteemBehandeling,
} from "@elk/domain";
import { nietGeplaatstProjectleider, voorrangBesluit } from "@elk/mail";
import { isHuidigWachtwoord } from "../../accounts/cognito";
import { getDb } from "../../config/db";
import { verstuur } from "../../config/outbox";
import { getRegistry } from "../../config/registry";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { maakPlaatsingBekend, poGebruikers } from "../../scheduled/bekendmaking";
import { kalenderVoor } from "../aanmelden/kalender";
import type { Scholen } from "./gedeeld";

/** TRT-09: withdrawing is confirmed with the password of the person really acting. */
async function vereisWachtwoord(actor: Actor, wachtwoord: string): Promise<void> {
  const gebruiker = await getGebruiker(getDb(), actor.meekijkendDoor?.gebruikerId ?? actor.gebruikerId);
  if (!gebruiker || !(await isHuidigWachtwoord(gebruiker.cognitoUsername, wachtwoord))) {
    throw new OngeldigeInvoerFout("Het wachtwoord is niet juist.", {
      wachtwoord: "Het wachtwoord is niet juist.",
    });
  }
}

/**
 * One decision on a registration (TRT-03 … TRT-15): checks, the domain's transition, and its
 * consequences — registry, oki-doc, messages, notes and history in one transaction; the mails
 * after it. `version` is what the user saw: anything changed since is "intussen gewijzigd".
 */
export async function voerUit(p: {
  actor: Actor;
  aanmelding: Opgeslagen<AanmeldingRecord>;
  opdracht: BehandelOpdracht;
  version: number;
  wachtwoord?: string;
  scholen: Scholen;
  config: RegionConfig;
}): Promise<Opgeslagen<AanmeldingRecord>> {
  const { actor, opdracht, config } = p;
  const nu = new Date();
  // Registrations made before the primary school was kept on them: look it up once.
  const a = p.aanmelding.poSchoolId
    ? p.aanmelding
    : { ...p.aanmelding, poSchoolId: (await getLeerling(getDb(), p.aanmelding.leerlingId))?.poSchoolId };
  // The right first: who may not act hears that, not that the registration changed (issue #10).
  vereisBehandelrecht(actor, a, opdracht.actie, config);
  if (p.version !== a.version) throw new GelijktijdigGewijzigdFout();
  vereisBehandeling(actor, a, opdracht.actie, config);
  if (opdracht.actie === "terugtrekken") await vereisWachtwoord(actor, p.wachtwoord ?? "");

  const uitkomst = behandel(a, opdracht, { actor, nu, school: (id) => p.scholen.get(id) });
  const nieuw = uitkomst.aanmelding;
  const op = nu.toISOString();
  const items: Array<Record<string, unknown> & { PK: string; SK: string; type: string }> = [];
  const bijwerken = [];
  let registratie: Parameters<typeof schrijfBehandeling>[2]["registratie"];
  const mails: Array<() => Promise<void>> = [];
  const melding = (soort: string, tekst: string, zichtbaarVanaf?: string) => ({
    id: randomUUID(),
    op,
    soort,
    tekst,
    zichtbaarVanaf,
    leerlingId: a.leerlingId,
    aanmeldingId: a.id,
    leerlingNaam: a.leerlingNaam,
    elkNummer: a.elkNummer,
  });

  for (const gevolg of uitkomst.gevolgen as Gevolg[]) {
    switch (gevolg.soort) {
      case "registratie-vrijgeven":
        registratie = { soort: "vrijgeven" };
        break;
      case "registratie-verplaatsen": {
        const school = p.scholen.get(gevolg.schoolId);
        registratie = {
          soort: "verplaatsen",
          registratie: {
            regio: config.id,
            aanmeldingId: a.id,
            leerlingNaam: a.leerlingNaam,
            school: school?.naam ?? "",
            telefoon: school?.telefoon ?? "",
            geregistreerdOp: a.aangemeldOp ?? op,
          },
        };
        break;
      }
      case "okidoc-aanvulling":
        bijwerken.push(
          okidocStatusBijwerking(a.leerlingId, "aanvulling-gevraagd", {
            vraag: gevolg.vraag,
            school: p.scholen.get(behandelendeSchool(a) ?? "")?.naam ?? "",
            door: actor.naam,
            op,
          }),
        );
        break;
      case "okidoc-heropenen":
        if (await getOkidoc(getDb(), a.leerlingId))
          bijwerken.push(okidocStatusBijwerking(a.leerlingId, "concept"));
        break;
      case "bericht-po":
        // TRT-05: a placement reaches the primary school with the announcement (maakPlaatsingBekend).
        if (a.poSchoolId && !gevolg.naBekendmaking) {
          items.push(
            ...notificatieItems(await poGebruikers(a.poSchoolId), melding(opdracht.actie, gevolg.tekst)),
          );
        }
        break;
      case "bericht-groepen": {
        const school = behandelendeSchool(a);
        if (school) {
          items.push(
            ...notificatieItems(
              await contactpersonenVanAanmelding(getDb(), school, a.id),
              melding(opdracht.actie, gevolg.tekst),
            ),
          );
        }
        break;
      }
      case "notitie": {
        const vo = actor.schoolId === behandelendeSchool(a);
        items.push(
          notitieItem(
            nieuweNotitie({
              id: randomUUID(),
              leerlingId: a.leerlingId,
              nu,
              tekst: gevolg.tekst,
              door: { gebruikerId: actor.gebruikerId, naam: actor.naam },
              organisatie: { id: actor.schoolId ?? "", naam: actor.locatieNaam },
              alleenEigenOrganisatie: false,
              andereKant: vo ? a.poSchoolId : behandelendeSchool(a),
            }),
          ),
        );
        break;
      }
      case "mail-ouders-voorrang":
        mails.push(async () => {
          const leerling = await getLeerling(getDb(), a.leerlingId);
          if (!leerling) return;
          await verstuur(
            leerling.emailOuders,
            voorrangBesluit(config, {
              leerlingNaam: a.leerlingNaam,
              school: p.scholen.get(behandelendeSchool(a) ?? "")?.naam ?? "de school",
              besluit: gevolg.besluit,
              appUrl: process.env.APP_URL ?? "http://localhost:3000",
            }),
          );
        });
        break;
      case "mail-projectleider":
        mails.push(() =>
          verstuur(
            config.projectleider.email,
            nietGeplaatstProjectleider(config, {
              leerlingNaam: a.leerlingNaam,
              elkNummer: a.elkNummer,
              school: p.scholen.get(behandelendeSchool(a) ?? "")?.naam ?? "",
              toelichting: gevolg.toelichting,
              door: actor.naam,
            }),
          ),
        );
        break;
    }
  }

  const { version: _v, ...rest } = nieuw;
  await schrijfBehandeling(getDb(), getRegistry(), {
    aanmelding: zonderSleutels(rest) as unknown as AanmeldingRecord,
    version: a.version,
    gebeurtenis: gebeurtenisDoor(
      actor,
      keys.aanmelding.item(a.id),
      uitkomst.gebeurtenis.soort,
      uitkomst.gebeurtenis.gegevens,
      nu,
    ),
    registratie,
    nieuw: items,
    bijwerken,
  });
  // The mails go out once the decision is stored; the outbox queue retries them.
  for (const mail of mails) await mail();
  // LOT-04: placed after the announcement — the parents hear it now.
  if (nieuw.status === "geplaatst" && isBekendgemaakt(await kalenderVoor(a.schooljaar), nu)) {
    await maakPlaatsingBekend(nieuw, p.scholen.get(behandelendeSchool(nieuw) ?? "")?.naam ?? "", nu);
  }
  return { ...nieuw, version: a.version + 1 };
}

/** Who "the system" is in a decision it takes itself (LOT-03): no user, no role, no school. */
export const SYSTEEM_ACTOR: Actor = {
  gebruikerId: "systeem",
  gebruikersnaam: "systeem",
  naam: "Centrale Plaatsing en Loting",
  email: "",
  rollen: [],
  organisatieType: "regio",
  locatieNaam: "ELK",
};

/**
 * LOT-03: the system assigns the outcome of the Centrale Plaatsing en Loting — *Toewijzen andere
 * school* to a choice 2–5, as the 1st-choice school would by hand (TRT-08), recorded in the history
 * as done by "systeem". Only the state is checked (`vereisSysteemBehandeling`), not a user's role.
 * One transaction per pupil, only if the registration is still the version read: a re-run after a
 * crash finds it toegewezen already and leaves it.
 */
export async function wijsToeAlsSysteem(p: {
  aanmelding: Opgeslagen<AanmeldingRecord>;
  schoolId: string;
  afdelingId: string;
  gegevens?: Record<string, unknown>;
  /** The CP&L's lottery number, kept on the registration (PAR-01). */
  lotingnummer?: number;
  scholen: Scholen;
  config: RegionConfig;
  nu?: Date;
}): Promise<Opgeslagen<AanmeldingRecord>> {
  const { aanmelding: a, scholen, config } = p;
  const nu = p.nu ?? new Date();
  vereisSysteemBehandeling(a, "toewijzen-andere-school");
  const uitkomst = behandel(
    a,
    { actie: "toewijzen-andere-school", schoolId: p.schoolId, afdelingId: p.afdelingId },
    { actor: SYSTEEM_ACTOR, nu, school: (id) => scholen.get(id) },
  );
  const school = scholen.get(p.schoolId);
  await schrijfAlsSysteem({
    vorige: a,
    nieuw: metLotingnummer(uitkomst.aanmelding, "cpl", p.lotingnummer),
    gebeurtenis: uitkomst.gebeurtenis.soort,
    gegevens: { ...uitkomst.gebeurtenis.gegevens, ...p.gegevens },
    nu,
    registratie: {
      soort: "verplaatsen",
      registratie: {
        regio: config.id,
        aanmeldingId: a.id,
        leerlingNaam: a.leerlingNaam,
        school: school?.naam ?? "",
        telefoon: school?.telefoon ?? "",
        geregistreerdOp: a.aangemeldOp ?? nu.toISOString(),
      },
    },
  });
  return { ...uitkomst.aanmelding, version: a.version + 1 };
}

function metLotingnummer<A extends { lotingnummers?: { decentraal?: number; cpl?: number } }>(
  a: A,
  soort: "decentraal" | "cpl",
  lotingnummer: number | undefined,
): A {
  return lotingnummer === undefined
    ? a
    : { ...a, lotingnummers: { ...a.lotingnummers, [soort]: lotingnummer } };
}

/**
 * A decision of the system (the lotteries): the registration as it is now, only if still the
 * version read (`vorige`), and its history event recorded as done by "systeem".
 */
async function schrijfAlsSysteem(p: {
  vorige: Opgeslagen<AanmeldingRecord>;
  nieuw: Opgeslagen<AanmeldingRecord>;
  gebeurtenis: string;
  gegevens: Record<string, unknown>;
  nu: Date;
  registratie?: Parameters<typeof schrijfBehandeling>[2]["registratie"];
}): Promise<void> {
  const { version: _v, ...rest } = p.nieuw;
  await schrijfBehandeling(getDb(), getRegistry(), {
    aanmelding: zonderSleutels(rest) as unknown as AanmeldingRecord,
    version: p.vorige.version,
    gebeurtenis: gebeurtenisDoor(
      "systeem",
      keys.aanmelding.item(p.vorige.id),
      p.gebeurtenis,
      p.gegevens,
      p.nu,
    ),
    ...(p.registratie ? { registratie: p.registratie } : {}),
  });
}

/** Who "the system" is in a central draw's decisions (RegionConfig "centrale-loting"). */
export const CENTRALE_LOTING_ACTOR: Actor = { ...SYSTEEM_ACTOR, naam: "Centrale loting" };

/**
 * The central draw applied by the system (Amsterdam): placed where the draw or a reserve list put
 * the pupil (`opdracht`), or — without one — not placed, *uitgeloot* with its reserve places. One
 * transaction, only if the registration is still the version read; the registry follows a move
 * to another school. Placed after the announcement, the parents and the primary school hear it
 * now (LOT-04), as with a placement by hand.
 */
export async function plaatsCentraalAlsSysteem(p: {
  aanmelding: Opgeslagen<AanmeldingRecord>;
  opdracht: CentralePlaatsingOpdracht | null;
  lotingnummer: number;
  reserveplaatsen: readonly Reserveplaats[];
  gegevens?: Record<string, unknown>;
  scholen: Scholen;
  config: RegionConfig;
  nu?: Date;
}): Promise<void> {
  const { aanmelding: a, scholen, config } = p;
  const nu = p.nu ?? new Date();
  const ctx = { actor: CENTRALE_LOTING_ACTOR, nu, school: (id: string) => scholen.get(id) };
  const uitkomst = p.opdracht
    ? plaatsNaCentraleLoting(a, p.opdracht, p.reserveplaatsen, ctx)
    : nietGeplaatstNaCentraleLoting(a, p.lotingnummer, p.reserveplaatsen, ctx);
  const nieuw = uitkomst.aanmelding;
  const school = scholen.get(nieuw.schoolId ?? "");
  await schrijfAlsSysteem({
    vorige: a,
    nieuw,
    gebeurtenis: uitkomst.gebeurtenis.soort,
    gegevens: { ...uitkomst.gebeurtenis.gegevens, ...p.gegevens },
    nu,
    ...(uitkomst.schoolGewijzigd
      ? {
          registratie: {
            soort: "verplaatsen" as const,
            registratie: {
              regio: config.id,
              aanmeldingId: a.id,
              leerlingNaam: a.leerlingNaam,
              school: school?.naam ?? "",
              telefoon: school?.telefoon ?? "",
              geregistreerdOp: a.aangemeldOp ?? nu.toISOString(),
            },
          },
        }
      : {}),
  });
  if (nieuw.status === "geplaatst" && isBekendgemaakt(await kalenderVoor(a.schooljaar), nu)) {
    await maakPlaatsingBekend(nieuw, school?.naam ?? "", nu);
  }
}

/** Who "the system" is in the decentral lottery's decisions (LOT-02). */
export const DECENTRALE_LOTING_ACTOR: Actor = { ...SYSTEEM_ACTOR, naam: "Decentrale loting" };

/**
 * LOT-02: the system applies the decentral lottery — *Uitloten* at the 1st-choice school, as the
 * school would by hand (TRT-07), with the lottery number in the explanation and on the
 * registration; recorded in the history as done by "systeem". One transaction, only if the
 * registration is still the version read.
 */
export async function lootUitAlsSysteem(p: {
  aanmelding: Opgeslagen<AanmeldingRecord>;
  lotingnummer: number;
  /** The place on the 1st-choice school's reserve list, kept on the registration (PAR-01). */
  reservepositie?: number;
  gegevens?: Record<string, unknown>;
  scholen: Scholen;
  nu?: Date;
}): Promise<void> {
  const { aanmelding: a } = p;
  const nu = p.nu ?? new Date();
  vereisSysteemBehandeling(a, "uitloten");
  const uitkomst = behandel(
    a,
    { actie: "uitloten", toelichting: `Decentrale loting, lotingnummer ${p.lotingnummer}` },
    { actor: DECENTRALE_LOTING_ACTOR, nu, school: (id) => p.scholen.get(id) },
  );
  await schrijfAlsSysteem({
    vorige: a,
    nieuw: {
      ...metLotingnummer(uitkomst.aanmelding, "decentraal", p.lotingnummer),
      ...(p.reservepositie !== undefined ? { reservepositie: p.reservepositie } : {}),
    },
    gebeurtenis: uitkomst.gebeurtenis.soort,
    gegevens: { ...uitkomst.gebeurtenis.gegevens, ...p.gegevens, lotingnummer: p.lotingnummer },
    nu,
  });
}

/**
 * LOT-02 / LOT-03: a lottery number kept on a registration whose status the draw leaves as it is
 * (a winner of the decentral lottery, a pupil the CP&L did not place), with a history event.
 * Only if the registration is still the version read.
 */
export async function legLotingnummerVast(p: {
  aanmelding: Opgeslagen<AanmeldingRecord>;
  soort: "decentraal" | "cpl";
  lotingnummer: number;
  gebeurtenis: { soort: string; gegevens: Record<string, unknown> };
  nu?: Date;
}): Promise<void> {
  const { aanmelding: a } = p;
  await schrijfAlsSysteem({
    vorige: a,
    nieuw: metLotingnummer(a, p.soort, p.lotingnummer),
    gebeurtenis: p.gebeurtenis.soort,
    gegevens: { ...p.gebeurtenis.gegevens, lotingnummer: p.lotingnummer },
    nu: p.nu ?? new Date(),
  });
}
