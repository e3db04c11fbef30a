import { GetCommand } from "@aws-sdk/lib-dynamodb";
import {
  type Gebruiker,
  gebruikersnaamBezetBericht,
  normaliseerGebruikersnaam,
  type Uitnodiging,
} from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Claim, type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

export type GebruikerRecord = Gebruiker & {
  /** The Cognito username: an internal, e-mail-shaped id (cognito-local insists on that). */
  cognitoUsername: string;
  /** The Cognito `sub` once the identity exists; the access token names the account by it. */
  cognitoSub?: string;
  /**
   * Issue #10: every token issued before this moment (ISO, to the second) is refused — set when an
   * administrator takes the account away (reset, block), so no session outlives it.
   */
  sessiesOngeldigVanaf?: string;
};

function organisatieSleutel(g: Pick<Gebruiker, "organisatieType" | "schoolId" | "bestuurId">): string {
  if (g.organisatieType === "ouder") return "OUDERS";
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

/** The stored form of an account: its keys and index keys follow from its organisation and name. */
export function gebruikerItem(gebruiker: GebruikerRecord) {
  return {
    ...keys.gebruiker.item(gebruiker.id),
    ...keys.gebruiker.index(organisatieSleutel(gebruiker), gebruiker.naam, gebruiker.id, gebruiker.bestuurId),
    type: "Gebruiker",
    ...gebruiker,
  };
}

export function cognitoSubClaim(gebruiker: Pick<GebruikerRecord, "id">, sub: string): Claim {
  return {
    soort: "COGNITO_SUB",
    waarde: sub,
    eigenaar: gebruiker.id,
    bericht: "Deze inlog is al aan een ander account gekoppeld.",
  };
}

/** A new account; a chosen username and its Cognito identity are claimed in the same transaction. */
export async function maakGebruikerAan(
  db: Db,
  gebruiker: GebruikerRecord,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    nieuw: [gebruikerItem(gebruiker)],
    claims: [
      ...(gebruiker.gebruikersnaam ? [usernameClaim(gebruiker, gebruiker.gebruikersnaam)] : []),
      ...(gebruiker.cognitoSub ? [cognitoSubClaim(gebruiker, gebruiker.cognitoSub)] : []),
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

/** ACC-01/02: an invited account (no username yet) and its link, written together. */
export async function maakGebruikerMetUitnodiging(
  db: Db,
  gebruiker: GebruikerRecord,
  uitnodiging: Uitnodiging,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    nieuw: [gebruikerItem(gebruiker), uitnodigingItem(uitnodiging)],
    gebeurtenissen: [gebeurtenis],
  });
}

export function uitnodigingItem(uitnodiging: Uitnodiging) {
  return {
    ...keys.uitnodiging(uitnodiging.tokenHash),
    type: "Uitnodiging",
    ...uitnodiging,
    // Expired links disappear by themselves a month after they expire.
    ttl: Math.floor(new Date(uitnodiging.verlooptOp).getTime() / 1000) + 30 * 24 * 3600,
  };
}

export async function getUitnodiging(db: Db, tokenHash: string): Promise<Uitnodiging | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.uitnodiging(tokenHash), ConsistentRead: true }),
  );
  return res.Item ? (zonderSleutels(res.Item) as unknown as Uitnodiging) : undefined;
}

/** ACC-02/05: a new link for an existing account, e.g. after a reset. */
export async function maakUitnodiging(
  db: Db,
  uitnodiging: Uitnodiging,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, { nieuw: [uitnodigingItem(uitnodiging)], gebeurtenissen: [gebeurtenis] });
}

export function usernameClaim(gebruiker: Pick<GebruikerRecord, "id">, gebruikersnaam: string): Claim {
  return {
    soort: "GEBRUIKERSNAAM",
    waarde: normaliseerGebruikersnaam(gebruikersnaam),
    eigenaar: gebruiker.id,
    bericht: gebruikersnaamBezetBericht(gebruikersnaam.trim()),
  };
}

/**
 * Replace an account whole (optimistic locking on its version), with the claims it takes and
 * gives back, the link it uses up (only if still unused and unexpired), and a new link if any.
 */
export async function vervangGebruiker(
  db: Db,
  gebruiker: Opgeslagen<GebruikerRecord>,
  opties: {
    claims?: Claim[];
    vrijgeven?: Array<Pick<Claim, "soort" | "waarde" | "eigenaar">>;
    gebruikLink?: { tokenHash: string; nu: string };
    nieuweLink?: Uitnodiging;
    gebeurtenis: Gebeurtenis;
  },
): Promise<void> {
  const { version, ...rest } = gebruiker;
  const record = zonderSleutels(rest) as unknown as GebruikerRecord;
  await schrijf(db, {
    vervang: [{ ...gebruikerItem(record), version }],
    claims: opties.claims,
    vrijgeven: opties.vrijgeven,
    nieuw: opties.nieuweLink ? [uitnodigingItem(opties.nieuweLink)] : [],
    bijwerken: opties.gebruikLink
      ? [
          {
            key: keys.uitnodiging(opties.gebruikLink.tokenHash),
            zet: { gebruiktOp: opties.gebruikLink.nu },
            voorwaarde: {
              expressie: "attribute_exists(PK) AND attribute_not_exists(gebruiktOp) AND verlooptOp > :nu",
              waarden: { ":nu": opties.gebruikLink.nu },
            },
          },
        ]
      : [],
    gebeurtenissen: [opties.gebeurtenis],
  });
}

/** Instellingen > Gebruikers of a contactpersoon ELK: every account of the bestuur's schools, one query. */
export async function listGebruikersByBestuur(db: Db, bestuurId: string): Promise<GebruikerRecord[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI2",
    KeyConditionExpression: "GSI2PK = :pk",
    ExpressionAttributeValues: { ":pk": `BESTUUR#${bestuurId}#GEBRUIKERS` },
  });
  return items.map((i) => zonderSleutels(i) as unknown as GebruikerRecord);
}

/** Use up a link on its own (a password reset): only if still unused and unexpired. */
export async function gebruikLink(
  db: Db,
  tokenHash: string,
  nu: string,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    bijwerken: [
      {
        key: keys.uitnodiging(tokenHash),
        zet: { gebruiktOp: nu },
        voorwaarde: {
          expressie: "attribute_exists(PK) AND attribute_not_exists(gebruiktOp) AND verlooptOp > :nu",
          waarden: { ":nu": nu },
        },
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}
