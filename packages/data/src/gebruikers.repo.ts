import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type Gebruiker, gebruikersnaamBezetBericht, normaliseerGebruikersnaam } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

export type GebruikerRecord = Gebruiker & {
  /** The Cognito username: an internal, e-mail-shaped id (cognito-local insists on that). */
  cognitoUsername: string;
  /** The Cognito `sub` once the identity exists; the access token names the account by it. */
  cognitoSub?: string;
};

function organisatieSleutel(g: Pick<Gebruiker, "organisatieType" | "schoolId" | "bestuurId">): string {
  if (g.schoolId) return `SCHOOL#${g.schoolId}`;
  if (g.bestuurId) return `BESTUUR#${g.bestuurId}`;
  return "REGIO";
}

function naarGebruiker(item: Record<string, unknown>): Opgeslagen<GebruikerRecord> {
  return item as unknown as Opgeslagen<GebruikerRecord>;
}

export async function getGebruiker(db: Db, id: string): Promise<Opgeslagen<GebruikerRecord> | undefined> {
  const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.gebruiker.item(id) }));
  return res.Item ? naarGebruiker(res.Item) : undefined;
}

/** The account behind a verified access token: its `sub` claim points at the account (strongly consistent). */
export async function getGebruikerByCognitoSub(
  db: Db,
  sub: string,
): Promise<Opgeslagen<GebruikerRecord> | undefined> {
  const claim = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.claim("COGNITO_SUB", sub), ConsistentRead: true }),
  );
  const eigenaar = claim.Item?.eigenaar;
  if (typeof eigenaar !== "string") return undefined;
  return getGebruiker(db, eigenaar);
}

/** Sign-in by the chosen ELK username: the username claim points at the account (strongly consistent). */
export async function getGebruikerByGebruikersnaam(
  db: Db,
  gebruikersnaam: string,
): Promise<Opgeslagen<GebruikerRecord> | undefined> {
  const claim = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.claim("GEBRUIKERSNAAM", normaliseerGebruikersnaam(gebruikersnaam)),
      ConsistentRead: true,
    }),
  );
  const eigenaar = claim.Item?.eigenaar;
  if (typeof eigenaar !== "string") return undefined;
  return getGebruiker(db, eigenaar);
}

export async function listGebruikersByOrganisatie(
  db: Db,
  organisatie: Pick<Gebruiker, "organisatieType" | "schoolId" | "bestuurId">,
): Promise<GebruikerRecord[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": `ORGANISATIE#${organisatieSleutel(organisatie)}#GEBRUIKERS` },
  });
  return items.map((i) => zonderSleutels(i) as unknown as GebruikerRecord);
}

/** A new account; a chosen username is claimed in the same transaction. */
export async function maakGebruikerAan(
  db: Db,
  gebruiker: GebruikerRecord,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const key = keys.gebruiker.item(gebruiker.id);
  await schrijf(db, {
    nieuw: [
      {
        ...key,
        ...keys.gebruiker.index(organisatieSleutel(gebruiker), gebruiker.naam, gebruiker.id),
        type: "Gebruiker",
        ...gebruiker,
      },
    ],
    claims: [
      ...(gebruiker.gebruikersnaam
        ? [
            {
              soort: "GEBRUIKERSNAAM" as const,
              waarde: normaliseerGebruikersnaam(gebruiker.gebruikersnaam),
              eigenaar: gebruiker.id,
              bericht: gebruikersnaamBezetBericht(gebruiker.gebruikersnaam),
            },
          ]
        : []),
      ...(gebruiker.cognitoSub
        ? [
            {
              soort: "COGNITO_SUB" as const,
              waarde: gebruiker.cognitoSub,
              eigenaar: gebruiker.id,
              bericht: "Deze inlog is al aan een ander account gekoppeld.",
            },
          ]
        : []),
    ],
    gebeurtenissen: [gebeurtenis],
  });
}
