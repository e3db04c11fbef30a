import { DeleteCommand, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";

/** Issue #10: failed sign-ins of a username in one window (domain: inlogpogingen.ts); removed by TTL. */
const sleutel = (gebruikersnaam: string, venster: string) => ({
  PK: `INLOGPOGINGEN#${gebruikersnaam}`,
  SK: `VENSTER#${venster}`,
});

export async function misluktePogingen(db: Db, gebruikersnaam: string, venster: string): Promise<number> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: sleutel(gebruikersnaam, venster), ConsistentRead: true }),
  );
  return (res.Item?.aantal as number | undefined) ?? 0;
}

/** One more failed attempt, counted atomically (two at once are two). */
export async function telMisluktePoging(
  db: Db,
  gebruikersnaam: string,
  venster: { start: string; eindeSeconden: number },
): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: sleutel(gebruikersnaam, venster.start),
      UpdateExpression: "ADD aantal :een SET #type = :type, #ttl = :ttl",
      ExpressionAttributeNames: { "#type": "type", "#ttl": "ttl" },
      ExpressionAttributeValues: {
        ":een": 1,
        ":type": "Inlogpogingen",
        ":ttl": venster.eindeSeconden + 3600,
      },
    }),
  );
}

export async function wisMisluktePogingen(db: Db, gebruikersnaam: string, venster: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: sleutel(gebruikersnaam, venster) }));
}
