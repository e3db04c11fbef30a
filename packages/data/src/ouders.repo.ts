import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { normaliseerEmail, type Uitnodiging } from "@elk/domain";
import type { Db } from "./client";
import { type GebruikerRecord, gebruikerItem, getGebruiker, uitnodigingItem } from "./gebruikers.repo";
import { keys } from "./keys";
import { type LeerlingRecord, leerlingItem } from "./leerlingen.repo";
import { type Claim, type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

/**
 * ACC-09: parents' accounts (ouderinlog). One per e-mail address, found by a claim on the
 * normalised address; the account, its link and the mark on the pupil are written together.
 */
function ouderEmailClaim(ouder: Pick<GebruikerRecord, "id" | "email">): Claim {
  return {
    soort: "OUDER_EMAIL",
    waarde: normaliseerEmail(ouder.email),
    eigenaar: ouder.id,
    bericht: "Er is net een ouderinlog voor dit e-mailadres aangemaakt. Probeer het opnieuw.",
  };
}

/** The parent's account of this e-mail address, if any (strongly consistent). */
export async function getOuderAccountByEmail(
  db: Db,
  email: string,
): Promise<Opgeslagen<GebruikerRecord> | undefined> {
  const claim = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.claim("OUDER_EMAIL", normaliseerEmail(email)),
      ConsistentRead: true,
    }),
  );
  const eigenaar = claim.Item?.eigenaar;
  return typeof eigenaar === "string" ? getGebruiker(db, eigenaar) : undefined;
}

/** The pupil marked with the moment its ouderinlog was sent, replaced only if unchanged since read. */
function metVerstuurdOp(leerling: Opgeslagen<LeerlingRecord>, moment: string) {
  const { version, ...rest } = leerling;
  const record = zonderSleutels(rest) as unknown as LeerlingRecord;
  return { ...leerlingItem({ ...record, ouderinlogVerstuurdOp: moment }), version };
}

/** The first ouderinlog to this address: a new account with its link, for this child. */
export async function maakOuderAccountAan(
  db: Db,
  opdracht: {
    ouder: GebruikerRecord;
    uitnodiging: Uitnodiging;
    leerling: Opgeslagen<LeerlingRecord>;
    verstuurdOp: string;
    gebeurtenissen: Gebeurtenis[];
  },
): Promise<void> {
  await schrijf(db, {
    nieuw: [gebruikerItem(opdracht.ouder), uitnodigingItem(opdracht.uitnodiging)],
    vervang: [metVerstuurdOp(opdracht.leerling, opdracht.verstuurdOp)],
    claims: [ouderEmailClaim(opdracht.ouder)],
    gebeurtenissen: opdracht.gebeurtenissen,
  });
}

/**
 * The ouderinlog to an address that has an account: the child is added to what it sees (a
 * brother or sister), and an account still waiting for activation gets a new link.
 */
export async function werkOuderAccountBij(
  db: Db,
  opdracht: {
    ouder: Opgeslagen<GebruikerRecord>;
    uitnodiging?: Uitnodiging;
    leerling: Opgeslagen<LeerlingRecord>;
    verstuurdOp: string;
    gebeurtenissen: Gebeurtenis[];
  },
): Promise<void> {
  const { version, ...rest } = opdracht.ouder;
  const ouder = zonderSleutels(rest) as unknown as GebruikerRecord;
  await schrijf(db, {
    vervang: [{ ...gebruikerItem(ouder), version }, metVerstuurdOp(opdracht.leerling, opdracht.verstuurdOp)],
    nieuw: opdracht.uitnodiging ? [uitnodigingItem(opdracht.uitnodiging)] : [],
    claims: [ouderEmailClaim(ouder)],
    gebeurtenissen: opdracht.gebeurtenissen,
  });
}
