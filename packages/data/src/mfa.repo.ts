import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { GelijktijdigGewijzigdFout } from "@elk/domain";
import type { Db } from "./client";
import { type Gebeurtenis, schrijf } from "./transact";

/**
 * Issue #10, MFA and sessions. The items here hold secrets only encrypted (the functions layer
 * encrypts with a key of its own, geheim.ts) and every link token only as a hash:
 * - `GEBRUIKER#<id> / MFA`: the account's TOTP secret, once set up, and the keyed hashes of its
 *   unused recovery codes (a map hash → true, so one is used up by an atomic conditional REMOVE);
 * - `GEBRUIKER#<id> / MFA#NIEUW`: an enrolment started on the account page, until its first code;
 * - `GEBRUIKER#<id> / MFA#STAP#<step>`: a time step whose code signed the account in (never twice);
 * - `INLOGSESSIE#<hash>`: between password and code, five minutes at most;
 * - `SESSIE#<hash>`: a signed-in session that can be renewed (the Cognito refresh token);
 * - `TOKEN#<jti> / SESSIE`: which session an access token came from, so sign-out ends it.
 */
const isConditieFout = (error: unknown) =>
  error instanceof Error && error.name === "ConditionalCheckFailedException";

export interface MfaInstelling {
  /** The TOTP secret (base32), encrypted. */
  geheim: string;
  ingesteldOp: string;
  /** Keyed hashes of the unused recovery codes (never the codes themselves). */
  herstelcodes?: readonly string[];
}

const mfaSleutel = (gebruikerId: string) => ({ PK: `GEBRUIKER#${gebruikerId}`, SK: "MFA" });

export async function getMfa(db: Db, gebruikerId: string): Promise<MfaInstelling | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: mfaSleutel(gebruikerId), ConsistentRead: true }),
  );
  return res.Item
    ? {
        geheim: res.Item.geheim as string,
        ingesteldOp: res.Item.ingesteldOp as string,
        herstelcodes: Object.keys((res.Item.herstelcodes as Record<string, unknown> | undefined) ?? {}),
      }
    : undefined;
}

const alsItem = (instelling: MfaInstelling) => ({
  geheim: instelling.geheim,
  ingesteldOp: instelling.ingesteldOp,
  herstelcodes: Object.fromEntries((instelling.herstelcodes ?? []).map((h) => [h, true])),
});

/** Set up once: a second enrolment racing the first loses (the first secret stays). */
export async function zetMfa(db: Db, gebruikerId: string, instelling: MfaInstelling): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...mfaSleutel(gebruikerId), type: "Mfa", ...alsItem(instelling) },
        ConditionExpression: "attribute_not_exists(PK)",
      }),
    );
    return true;
  } catch (error) {
    if (isConditieFout(error)) return false;
    throw error;
  }
}

/** Seeding and tests: the secret whatever was there. */
export async function vervangMfa(db: Db, gebruikerId: string, instelling: MfaInstelling): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...mfaSleutel(gebruikerId), type: "Mfa", ...alsItem(instelling) },
    }),
  );
}

/** A reset by an administrator: the account sets up a new second factor at its next sign-in. */
export async function verwijderMfa(db: Db, gebruikerId: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: mfaSleutel(gebruikerId) }));
}

/**
 * Uses up one recovery code: removed only if it is still there (a second use, or two at once,
 * finds it gone). The number left, or undefined when the code was not (or no longer) valid.
 */
export async function gebruikHerstelcode(
  db: Db,
  gebruikerId: string,
  codeHash: string,
): Promise<number | undefined> {
  try {
    const res = await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: mfaSleutel(gebruikerId),
        UpdateExpression: "REMOVE herstelcodes.#h",
        ConditionExpression: "attribute_exists(herstelcodes.#h)",
        ExpressionAttributeNames: { "#h": codeHash },
        ReturnValues: "ALL_NEW",
      }),
    );
    return Object.keys((res.Attributes?.herstelcodes as Record<string, unknown> | undefined) ?? {}).length;
  } catch (error) {
    if (isConditieFout(error)) return undefined;
    throw error;
  }
}

/** An enrolment started on the account page: the new secret (encrypted) until a code proves it. */
export interface MfaNieuw {
  geheim: string;
  verlooptOp: string;
  pogingen: number;
}

const mfaNieuwSleutel = (gebruikerId: string) => ({ PK: `GEBRUIKER#${gebruikerId}`, SK: "MFA#NIEUW" });

/** Starts (or starts over) an enrolment: an earlier unfinished one is replaced. */
export async function zetMfaNieuw(
  db: Db,
  gebruikerId: string,
  nieuw: { geheim: string; verlooptOp: string },
): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...mfaNieuwSleutel(gebruikerId),
        type: "MfaNieuw",
        ...nieuw,
        pogingen: 0,
        ttl: Math.floor(new Date(nieuw.verlooptOp).getTime() / 1000) + 3600,
      },
    }),
  );
}

/** One try at confirming an enrolment: counted atomically; undefined when none runs or it is spent. */
export async function probeerMfaNieuw(
  db: Db,
  gebruikerId: string,
  nu: string,
  maxPogingen: number,
): Promise<MfaNieuw | undefined> {
  try {
    const res = await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: mfaNieuwSleutel(gebruikerId),
        UpdateExpression: "ADD pogingen :een",
        ConditionExpression:
          "attribute_exists(PK) AND attribute_not_exists(gebruiktOp) AND verlooptOp > :nu AND pogingen < :max",
        ExpressionAttributeValues: { ":een": 1, ":nu": nu, ":max": maxPogingen },
        ReturnValues: "ALL_NEW",
      }),
    );
    return res.Attributes as MfaNieuw | undefined;
  } catch (error) {
    if (isConditieFout(error)) return undefined;
    throw error;
  }
}

/**
 * The second factor set anew, in one transaction: the new secret and recovery-code hashes, the
 * enrolment used up (only once), the account's earlier sessions ended (`sessiesOngeldigVanaf`)
 * when asked, and the history event.
 */
export async function bevestigMfa(
  db: Db,
  gebruikerId: string,
  instelling: MfaInstelling,
  opties: { nu: string; sessiesEinde?: SessiesEinde; gebeurtenis: Gebeurtenis },
): Promise<boolean> {
  try {
    await schrijf(db, {
      bijwerken: [
        {
          key: mfaNieuwSleutel(gebruikerId),
          zet: { gebruiktOp: opties.nu },
          voorwaarde: {
            expressie: "attribute_exists(PK) AND attribute_not_exists(gebruiktOp)",
          },
        },
        {
          key: mfaSleutel(gebruikerId),
          zet: { type: "Mfa", ...alsItem(instelling) },
          // Created or replaced whole: whatever was there (the old secret and codes) goes.
          voorwaarde: { expressie: "attribute_not_exists(PK) OR attribute_exists(PK)" },
        },
        ...sessiesEinde(gebruikerId, opties.sessiesEinde),
      ],
      gebeurtenissen: [opties.gebeurtenis],
    });
    return true;
  } catch (error) {
    // The enrolment was confirmed meanwhile (or the account is gone): this one is not applied.
    if (error instanceof GelijktijdigGewijzigdFout) return false;
    throw error;
  }
}

/** The account's sessions end from `vanaf` (middleware/actor.ts), under its optimistic lock. */
export interface SessiesEinde {
  vanaf: string;
  /** The account's stored version as read; the write bumps it. */
  version: number;
}

function sessiesEinde(gebruikerId: string, einde: SessiesEinde | undefined) {
  return einde
    ? [
        {
          key: { PK: `GEBRUIKER#${gebruikerId}`, SK: "GEBRUIKER" },
          zet: { sessiesOngeldigVanaf: einde.vanaf, version: einde.version + 1 },
          voorwaarde: {
            expressie: "attribute_exists(PK) AND #ver = :ver",
            namen: { "#ver": "version" },
            waarden: { ":ver": einde.version },
          },
        },
      ]
    : [];
}

/** Turned off by the account itself: the secret and its codes gone, sessions ended, the history told. */
export async function zetMfaUit(
  db: Db,
  gebruikerId: string,
  opties: { sessiesEinde: SessiesEinde; gebeurtenis: Gebeurtenis },
): Promise<void> {
  await schrijf(db, {
    bijwerken: sessiesEinde(gebruikerId, opties.sessiesEinde),
    gebeurtenissen: [opties.gebeurtenis],
  });
  await Promise.all([
    db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: mfaSleutel(gebruikerId) })),
    db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: mfaNieuwSleutel(gebruikerId) })),
  ]);
}

/** New recovery codes for the same secret: the old ones stop working; with the history event. */
export async function vervangHerstelcodes(
  db: Db,
  gebruikerId: string,
  hashes: readonly string[],
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    bijwerken: [
      {
        key: mfaSleutel(gebruikerId),
        zet: { herstelcodes: Object.fromEntries(hashes.map((h) => [h, true])) },
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

/** RFC 6238 §5.2: claims a step's code for the account; false when it was used before. */
export async function gebruikMfaStap(
  db: Db,
  gebruikerId: string,
  stap: number,
  verlooptOpSeconden: number,
): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          PK: `GEBRUIKER#${gebruikerId}`,
          SK: `MFA#STAP#${stap}`,
          type: "MfaStap",
          ttl: verlooptOpSeconden,
        },
        ConditionExpression: "attribute_not_exists(PK)",
      }),
    );
    return true;
  } catch (error) {
    if (isConditieFout(error)) return false;
    throw error;
  }
}

export interface InlogSessie {
  gebruikerId: string;
  /** The username as counted for throttling (inlogSleutel). */
  inlogSleutel: string;
  /** The tokens Cognito gave for the password, encrypted; handed out only after the code. */
  tokens: string;
  /** Enrolment: the new TOTP secret, encrypted, stored on the account only once a code proves it. */
  nieuwGeheim?: string;
  verlooptOp: string;
}

const inlogSessieSleutel = (hash: string) => ({ PK: `INLOGSESSIE#${hash}`, SK: "INLOGSESSIE" });

export async function maakInlogSessie(db: Db, hash: string, sessie: InlogSessie): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...inlogSessieSleutel(hash),
        type: "InlogSessie",
        ...sessie,
        pogingen: 0,
        ttl: Math.floor(new Date(sessie.verlooptOp).getTime() / 1000) + 3600,
      },
    }),
  );
}

/**
 * One attempt on a sign-in step: counted atomically, refused (undefined) when the step is unknown,
 * expired or out of attempts.
 */
export async function probeerInlogSessie(
  db: Db,
  hash: string,
  nu: string,
  maxPogingen: number,
): Promise<InlogSessie | undefined> {
  try {
    const res = await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: inlogSessieSleutel(hash),
        UpdateExpression: "ADD pogingen :een",
        ConditionExpression: "attribute_exists(PK) AND verlooptOp > :nu AND pogingen < :max",
        ExpressionAttributeValues: { ":een": 1, ":nu": nu, ":max": maxPogingen },
        ReturnValues: "ALL_NEW",
      }),
    );
    return res.Attributes as InlogSessie | undefined;
  } catch (error) {
    if (isConditieFout(error)) return undefined;
    throw error;
  }
}

/** The step done: gone, so its tokens are handed out once (false when another call was first). */
export async function sluitInlogSessie(db: Db, hash: string): Promise<boolean> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.tableName,
        Key: inlogSessieSleutel(hash),
        ConditionExpression: "attribute_exists(PK)",
      }),
    );
    return true;
  } catch (error) {
    if (isConditieFout(error)) return false;
    throw error;
  }
}

export interface VernieuwSessie {
  gebruikerId: string;
  /** Cognito's refresh token, encrypted; the client holds only a random token whose hash is the key. */
  vernieuw: string;
  aangemaaktOp: string;
  verlooptOp: string;
}

const sessieSleutel = (hash: string) => ({ PK: `SESSIE#${hash}`, SK: "SESSIE" });
const tokenSessieSleutel = (jti: string) => ({ PK: `TOKEN#${jti}`, SK: "SESSIE" });

export async function maakSessie(db: Db, hash: string, sessie: VernieuwSessie): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...sessieSleutel(hash),
        type: "Sessie",
        ...sessie,
        ttl: Math.floor(new Date(sessie.verlooptOp).getTime() / 1000),
      },
    }),
  );
}

export async function getSessie(db: Db, hash: string): Promise<VernieuwSessie | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: sessieSleutel(hash), ConsistentRead: true }),
  );
  return res.Item as VernieuwSessie | undefined;
}

export async function verwijderSessie(db: Db, hash: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: sessieSleutel(hash) }));
}

/** Remember which session an access token belongs to, until the token expires. */
export async function koppelTokenAanSessie(
  db: Db,
  jti: string,
  hash: string,
  verlooptOp: number,
): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...tokenSessieSleutel(jti), type: "TokenSessie", sessie: hash, ttl: verlooptOp },
    }),
  );
}

export async function sessieVanToken(db: Db, jti: string): Promise<string | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: tokenSessieSleutel(jti), ConsistentRead: true }),
  );
  return res.Item?.sessie as string | undefined;
}
