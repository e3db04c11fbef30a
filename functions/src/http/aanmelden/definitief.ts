import { randomUUID } from "node:crypto";
import type { AanmeldingWeergave } from "@elk/contracts";
import {
  type AanmeldingRecord,
  getOkidoc,
  keys,
  type LeerlingRecord,
  meldDefinitiefAan,
  type Opgeslagen,
} from "@elk/data";
import {
  type Actor,
  type Advies,
  controleerVoorkeurslijst,
  type EersteKeuzeOpties,
  type Kalender,
  type Keuze,
  leerlingNaam,
  OngeldigeInvoerFout,
  type School,
} from "@elk/domain";
import { voorkeurslijstBevestiging } from "@elk/mail";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { verstuur } from "../../config/outbox";
import { getRegistry } from "../../config/registry";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { voScholenVoorAanmelden, weergave } from "./gedeeld";

/**
 * Make a registration final (REG-02, REG-04, REG-05), by the parents or by a VO school (REG-09):
 * the list must be complete and valid; the registration and the registry's claim are written in
 * one transaction; the parents receive the voorkeurslijst by e-mail.
 */
export async function maakDefinitief(p: {
  actor: Actor;
  leerling: LeerlingRecord;
  advies: Advies;
  keuzes: Keuze[];
  eersteKeuze: EersteKeuzeOpties;
  vorige: Opgeslagen<AanmeldingRecord> | undefined;
  via: AanmeldingRecord["via"];
  kalender: Kalender;
  nu: Date;
}): Promise<AanmeldingWeergave> {
  const config = getRegionConfig();
  const scholen = await voScholenVoorAanmelden();
  if (p.vorige?.status === "aangemeld") return weergave(p.vorige, scholen); // a double click changes nothing
  controleerVoorkeurslijst(p.advies, p.keuzes, scholen, p.eersteKeuze, true, getRegionConfig());
  const eerste = scholen.get(p.keuzes[0]?.schoolId ?? "");
  if (!eerste) throw new OngeldigeInvoerFout("Kies eerst de school van eerste voorkeur.");

  const naam = leerlingNaam(p.leerling);
  // TRT-02: the registration carries the oki-doc's state and the primary school from the start.
  const okidoc = await getOkidoc(getDb(), p.leerling.id);
  const aanmelding: AanmeldingRecord = {
    id: p.vorige?.id ?? randomUUID(),
    leerlingId: p.leerling.id,
    schooljaar: p.leerling.schooljaar,
    elkNummer: p.leerling.elkNummer,
    leerlingNaam: naam,
    advies: p.advies,
    keuzes: p.keuzes,
    eersteKeuze: p.eersteKeuze,
    status: "aangemeld",
    aangemeldOp: p.nu.toISOString(),
    via: p.via,
    bsnHash: p.leerling.bsnHash,
    okidoc: okidoc?.status ?? "concept",
    ...(p.leerling.poSchoolId ? { poSchoolId: p.leerling.poSchoolId } : {}),
  };
  await meldDefinitiefAan(
    getDb(),
    getRegistry(),
    aanmelding,
    p.vorige,
    {
      regio: config.id,
      aanmeldingId: aanmelding.id,
      leerlingNaam: naam,
      school: eerste.naam,
      telefoon: eerste.telefoon,
      geregistreerdOp: aanmelding.aangemeldOp ?? p.nu.toISOString(),
    },
    gebeurtenisDoor(
      p.actor,
      keys.aanmelding.item(aanmelding.id),
      "aangemeld",
      {
        via: p.via,
        eersteKeuze: eerste.naam,
      },
      p.nu,
    ),
  );

  await mailVoorkeurslijst(p.leerling, aanmelding, p.kalender, scholen, p.nu);
  return weergave({ ...aanmelding, version: (p.vorige?.version ?? 0) + 1 }, scholen);
}

/** REG-08 / PAR-01: the parents receive the voorkeurslijst by e-mail when the registration is final. */
export async function mailVoorkeurslijst(
  leerling: LeerlingRecord,
  aanmelding: AanmeldingRecord,
  kalender: Kalender,
  scholen: ReadonlyMap<string, School>,
  nu: Date,
): Promise<void> {
  const config = getRegionConfig();
  const regels = weergave(aanmelding, scholen).keuzes.map((k) => ({
    school: k.schoolNaam,
    afdeling: k.afdelingNaam,
  }));
  const v = aanmelding.eersteKeuze.voorrang;
  await verstuur(
    leerling.emailOuders,
    voorkeurslijstBevestiging(config, {
      leerlingNaam: aanmelding.leerlingNaam,
      elkNummer: leerling.elkNummer,
      keuzes: regels,
      voorrang: v
        ? v.soort === "broer-zus"
          ? `broer/zus ${v.naamBroerZus} (klas ${v.klas})`
          : "kind van een medewerker"
        : undefined,
      bijzonderheden: [
        ...(aanmelding.eersteKeuze.meerling
          ? ["Uw kind is één van een meerling die zich ook bij deze school aanmeldt."]
          : []),
        ...(aanmelding.eersteKeuze.gelijkwaardigeAfdelingWens
          ? [
              "Bij niet toelaten of uitloten wilt u dat uw kind op de school van eerste voorkeur blijft, op een gelijkwaardige afdeling.",
            ]
          : []),
      ],
      aangemeldOp: aanmelding.aangemeldOp ?? nu.toISOString(),
      bekendmaking: kalender.bekendmaking,
      appUrl: process.env.APP_URL ?? "http://localhost:3000",
    }),
    config.mail.antwoordAan,
  );
}
