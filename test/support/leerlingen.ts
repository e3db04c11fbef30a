import { randomUUID } from "node:crypto";
import type { LeerlingRegel } from "@elk/contracts";
import { inject } from "vitest";
import { api, inloggen } from "./api";
import { nieuwBsn } from "./bsn";
import { tokenUitLink, wachtOpMail } from "./mailbox";
import { wachtOpAmsterdamMail } from "./swv";

export const OUDER_WACHTWOORD = "Ouder-Wachtw00rd!";

export interface KindMetOuder {
  leerlingId: string;
  elkNummer: string;
  naam: string;
  emailOuders: string;
  ouderGebruikersnaam: string;
  ouderToken: string;
}

/**
 * A pupil of OBS De Populier (made by its PO user through the API), its ouderinlog sent, and the
 * parent's account set up from the mail's link — the way a real parent gets in.
 */
export async function kindMetOuder(
  overrides: Record<string, unknown> = {},
  regio: "amstelland" | "amsterdam" = "amstelland",
): Promise<KindMetOuder> {
  // Amsterdam (REGION-01): its own process, demo PO user and mailbox.
  const baseUrl = regio === "amsterdam" ? inject("amsterdamUrl") : undefined;
  const po = await inloggen("po-gebruiker", undefined, baseUrl);
  const emailOuders = `ouders-${randomUUID().slice(0, 8)}@example.org`;
  // Letters only, so a search on an ELK-nummer ("3") never matches a name ("Jansen-3903").
  const achternaam = `Jansen-${randomUUID()
    .replace(/[^a-f]/g, "")
    .padEnd(6, "x")
    .slice(0, 6)}`;
  const res = await api<LeerlingRegel>("POST", "/api/po/leerlingen", {
    token: po,
    baseUrl,
    body: {
      schooljaar: "2026-2027",
      roepnaam: "Noor",
      achternaam,
      bsn: nieuwBsn(),
      geboortedatum: "2014-09-03",
      geslacht: "v",
      adres: { straat: "Populierenlaan", huisnummer: "9", postcode: "1185 SB", plaats: "Amstelveen" },
      emailOuders,
      advies: "havo",
      ...overrides,
    },
  });
  if (res.status !== 200) throw new Error(`pupil not created: ${res.status} ${JSON.stringify(res.body)}`);
  const inlog = await api("POST", `/api/po/leerlingen/${res.body.id}/ouderinlog`, { token: po, baseUrl });
  if (inlog.status !== 200)
    throw new Error(`ouderinlog not sent: ${inlog.status} ${JSON.stringify(inlog.body)}`);
  const mail =
    regio === "amsterdam"
      ? await wachtOpAmsterdamMail(emailOuders, "Ouderinlog ELK Amsterdam")
      : await wachtOpMail(emailOuders, "Ouderinlog ELK Amstelland");
  const { token } = tokenUitLink(mail, "/activeren");
  const ouderGebruikersnaam = `ouder-${randomUUID().slice(0, 8)}`;
  const actief = await api<{ accessToken: string }>("POST", "/api/activeren", {
    baseUrl,
    body: {
      token,
      gebruikersnaam: ouderGebruikersnaam,
      wachtwoord: OUDER_WACHTWOORD,
      wachtwoordHerhaald: OUDER_WACHTWOORD,
    },
  });
  if (actief.status !== 200)
    throw new Error(`parent not activated: ${actief.status} ${JSON.stringify(actief.body)}`);
  return {
    leerlingId: res.body.id,
    elkNummer: res.body.elkNummer,
    naam: `Noor ${achternaam}`,
    emailOuders,
    ouderGebruikersnaam,
    ouderToken: actief.body.accessToken,
  };
}

export const HAVO_KEUZES = [
  { schoolId: "amstelveen-college", afdelingId: "havo" },
  { schoolId: "keizer-karel-college", afdelingId: "havo" },
  { schoolId: "alkwin-kollege", afdelingId: "havo-vwo" },
  { schoolId: "hermann-wesselink", afdelingId: "havo" },
  { schoolId: "thamen-college", afdelingId: "havo-vwo" },
];

export interface AangemeldKind extends KindMetOuder {
  aanmeldingId: string;
}

/**
 * A havo pupil of OBS De Populier whose parents registered it through the ouderportaal with
 * Amstelveen College first (REG-02), optionally with voorrang at the 1st choice. A new pupil,
 * unless `kind` names one made before (say, with its oki-doc already begun).
 */
export async function aangemeldKind(
  opties: {
    keuzes?: typeof HAVO_KEUZES;
    voorrang?: Record<string, unknown>;
    kind?: KindMetOuder;
    regio?: "amstelland" | "amsterdam";
  } = {},
): Promise<AangemeldKind> {
  const kind = opties.kind ?? (await kindMetOuder({}, opties.regio));
  const baseUrl = opties.regio === "amsterdam" ? inject("amsterdamUrl") : undefined;
  const lijst = await api<{ id: string }>("PUT", `/api/ouder/kinderen/${kind.leerlingId}/voorkeurslijst`, {
    token: kind.ouderToken,
    baseUrl,
    body: {
      keuzes: opties.keuzes ?? HAVO_KEUZES,
      eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false, voorrang: opties.voorrang },
    },
  });
  if (lijst.status !== 200) throw new Error(`voorkeurslijst: ${lijst.status} ${JSON.stringify(lijst.body)}`);
  const klaar = await api<{ id: string }>("POST", `/api/ouder/kinderen/${kind.leerlingId}/aanmelden`, {
    token: kind.ouderToken,
    baseUrl,
  });
  if (klaar.status !== 200) throw new Error(`aanmelden: ${klaar.status} ${JSON.stringify(klaar.body)}`);
  return { ...kind, aanmeldingId: klaar.body.id };
}
