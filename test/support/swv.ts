import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { api, inloggen } from "./api";
import { nieuwBsn } from "./bsn";
import type { OntvangenMail } from "./mailbox";
import "../global-setup";

/** The samenwerkingsverband of Amsterdam's configuration (infra/regions/amsterdam.ts). */
export const SWV_EMAIL = "aanvragen@swv-amsterdam.example.org";

/** REG-02 in Amsterdam: a havo list holds 12 schools; the first is the school of the SWV demo accounts. */
export const AMSTERDAM_HAVO = [
  "zuideramstel-college",
  "ij-lyceum",
  "westerpark-college",
  "oost-gymnasium",
  "noord-college",
  "zuidas-lyceum",
  "oud-west-college",
  "nieuw-west-lyceum",
  "de-pijp-college",
  "watergraafsmeer-lyceum",
  "jordaan-college",
  "zuidoost-lyceum",
].map((schoolId) => ({ schoolId, afdelingId: "havo" }));

export interface AmsterdamseLeerling {
  aanmeldingId: string;
  elkNummer: string;
  naam: string;
}

/**
 * A pupil registered at Zuideramstel College in Amsterdam: a buitenleerling registered by the
 * Amsterdam aanmelder (REG-08) — the simplest way to get a pupil at an Amsterdam VO school.
 */
export async function amsterdamseLeerling(): Promise<AmsterdamseLeerling> {
  const amsterdam = inject("amsterdamUrl");
  const bsn = nieuwBsn();
  const achternaam = `Steun-${randomUUID().slice(0, 6)}`;
  const res = await api<{ id: string; elkNummer: string }>("POST", "/api/buitenleerlingen", {
    token: await inloggen("aanmelder", undefined, amsterdam),
    baseUrl: amsterdam,
    body: {
      schooljaar: "2026-2027",
      bsn,
      roepnaam: "Sem",
      achternaam,
      geboortedatum: "2014-05-05",
      geslacht: "m",
      adres: { straat: "Amstelkade", huisnummer: "5", postcode: "1078 AB", plaats: "Amsterdam" },
      emailOuders: `swv-${bsn}@example.org`,
      advies: "havo",
      keuzes: AMSTERDAM_HAVO,
      eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
    },
  });
  if (res.status !== 200) throw new Error(`not registered: ${res.status} ${JSON.stringify(res.body)}`);
  return { aanmeldingId: res.body.id, elkNummer: res.body.elkNummer, naam: `Sem ${achternaam}` };
}

/** Every mail Amsterdam's own process sent to `aan` (its own outbox, mailer and SES stand-in). */
export async function amsterdamMailsAan(aan: string): Promise<OntvangenMail[]> {
  const res = await fetch(`${inject("amsterdamMailboxUrl")}/store`);
  const { emails } = (await res.json()) as { emails: OntvangenMail[] };
  return emails.filter((m) => m.destination.to.includes(aan));
}

/** Wait until Amsterdam mails `aan` with this subject. */
export async function wachtOpAmsterdamMail(
  aan: string,
  onderwerp: string,
  ms = 15_000,
): Promise<OntvangenMail> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    const mail = (await amsterdamMailsAan(aan)).find((m) => m.subject === onderwerp);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no mail "${onderwerp}" to ${aan} from Amsterdam within ${ms} ms`);
}
