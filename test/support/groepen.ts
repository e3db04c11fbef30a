import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDocumentClient, type Db, notificatieItems, schrijf } from "@elk/data";
import { inject } from "vitest";
import { api, inloggen } from "./api";
import { tokenUitLink, wachtOpMail } from "./mailbox";

/** A user of another VO school, invited by the region administrator and activated: its token and id. */
export async function gebruikerVanAndereSchool(
  schoolId = "keizer-karel-college",
): Promise<{ token: string; id: string }> {
  const email = `grp-${randomUUID().slice(0, 8)}@example.org`;
  const wachtwoord = "Sterk-Wachtw00rd!";
  const res = await api<{ id: string }>("POST", "/api/gebruikers", {
    token: await inloggen("regiobeheerder"),
    body: {
      voornaam: "Kees",
      achternaam: "Karel",
      email,
      rollen: ["aanmelden"],
      organisatieType: "vo",
      schoolId,
    },
  });
  if (res.status !== 200) throw new Error(`user not created: ${res.status} ${JSON.stringify(res.body)}`);
  const { token } = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren");
  const klaar = await api<{ accessToken: string }>("POST", "/api/activeren", {
    body: { token, gebruikersnaam: email, wachtwoord, wachtwoordHerhaald: wachtwoord },
  });
  if (klaar.status !== 200) throw new Error(`not activated: ${klaar.status} ${JSON.stringify(klaar.body)}`);
  return { token: klaar.body.accessToken, id: res.body.id };
}

/** The stack's table through the data layer, as another part of the app writes notifications. */
export function stackDb(): Db {
  const client = new DynamoDBClient({
    endpoint: inject("stack").endpoints.dynamodb,
    region: "eu-west-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  return { doc: createDocumentClient(client), tableName: inject("stack").tableName };
}

/**
 * A notification for these users, written the way the handling of a pupil writes it (GRP-02):
 * `notificatieItems` in a transaction.
 */
export async function stuurNotificatie(
  ontvangers: readonly string[],
  n: {
    tekst: string;
    op?: string;
    zichtbaarVanaf?: string;
    soort?: string;
    leerlingNaam?: string;
    elkNummer?: string;
    aanmeldingId?: string;
  },
): Promise<void> {
  await schrijf(stackDb(), {
    nieuw: notificatieItems(ontvangers, {
      id: randomUUID(),
      op: n.op ?? new Date().toISOString(),
      soort: n.soort ?? "okidoc-vrijgegeven",
      tekst: n.tekst,
      ...(n.zichtbaarVanaf ? { zichtbaarVanaf: n.zichtbaarVanaf } : {}),
      ...(n.leerlingNaam ? { leerlingNaam: n.leerlingNaam } : {}),
      ...(n.elkNummer ? { elkNummer: n.elkNummer } : {}),
      ...(n.aanmeldingId ? { aanmeldingId: n.aanmeldingId } : {}),
    }),
  });
}
