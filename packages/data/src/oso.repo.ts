import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { GelijktijdigGewijzigdFout } from "@elk/domain";
import type { Db } from "./client";
import { type ItemKey, keys } from "./keys";
import { queryAlles } from "./query";
import { type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

/**
 * OSO-01 / OSO-02: ELK's aanleverpunt of a school location, as the contactpersoon ELK sets it in
 * OSO > Configureren. The key is a secret: stored encrypted (geheim.ts, its own label), only its
 * last characters kept in the clear to recognise it on screen.
 */
export interface AanleverpuntRecord {
  schoolId: string;
  /** The aanleverpuntnummer from Mijn OSO; 0 until set. */
  nummer: number;
  sleutelVersleuteld?: string;
  /** The key's last four characters, shown as "••••abcd". */
  sleutelEinde?: string;
  /** "OSO": registered with the Traffic Center. */
  geregistreerd: boolean;
  /** "Mag overdr. aanvragen": set by the registration, cleared by the Traffic Center (OSO-02). */
  magOverdrachtAanvragen: boolean;
  geregistreerdOp?: string;
  laatstePingOp?: string;
  /** Where the status job left off reading the Traffic Center's transfers. */
  cursor?: string;
  gewijzigdOp: string;
  gewijzigdDoor: string;
}

/** OSO-03 / OSO-05: the OSO dossier of a placed pupil at its school, as the worker builds it. */
export interface OsoDossierRecord {
  aanmeldingId: string;
  leerlingId: string;
  schoolId: string;
  schooljaar: string;
  elkNummer: string;
  leerlingNaam: string;
  /**
   * in-wachtrij: asked, the worker has not built it yet; klaar: offered to the Traffic Center
   * (blue); opgehaald: the LAS fetched this version (green); fout: could not be built or offered.
   */
  status: "in-wachtrij" | "klaar" | "opgehaald" | "fout";
  /** The version last offered; 0 before the first. */
  versie: number;
  /** dossierInhoudSleutel of the version offered: a new version only when it changes. */
  inhoudSleutel?: string;
  s3Key?: string;
  aangevraagdOp: string;
  aangevraagdDoor: string;
  klaarOp?: string;
  opgehaaldOp?: string;
  opgehaaldVersie?: number;
  /** Why the last attempt failed, in Dutch for the monitor. */
  fout?: string;
  pogingen?: number;
  gewijzigdOp: string;
}

type Zet = Record<string, unknown>;

/** A partial update of an existing item: only the attributes given, optionally under a condition. */
async function werkBij(
  db: Db,
  key: ItemKey,
  zet: Zet,
  opties: {
    verwijder?: readonly string[];
    voorwaarde?: string;
    waarden?: Zet;
    namen?: Record<string, string>;
  } = {},
): Promise<boolean> {
  const namen: Record<string, string> = { ...opties.namen };
  const waarden: Zet = { ...opties.waarden };
  const delen = Object.entries(zet)
    .filter(([, w]) => w !== undefined)
    .map(([attr, waarde], i) => {
      namen[`#z${i}`] = attr;
      waarden[`:z${i}`] = waarde;
      return `#z${i} = :z${i}`;
    });
  const weg = (opties.verwijder ?? []).map((attr, i) => {
    namen[`#w${i}`] = attr;
    return `#w${i}`;
  });
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: key,
        UpdateExpression: [
          delen.length ? `SET ${delen.join(", ")}` : "",
          weg.length ? `REMOVE ${weg.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join(" "),
        ConditionExpression: ["attribute_exists(PK)", opties.voorwaarde].filter(Boolean).join(" AND "),
        ExpressionAttributeNames: namen,
        ...(Object.keys(waarden).length ? { ExpressionAttributeValues: waarden } : {}),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}

export async function getAanleverpunt(
  db: Db,
  schoolId: string,
): Promise<Opgeslagen<AanleverpuntRecord> | undefined> {
  const res = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.osoAanleverpunt.item(schoolId),
      ConsistentRead: true,
    }),
  );
  return res.Item ? (zonderSleutels(res.Item) as unknown as Opgeslagen<AanleverpuntRecord>) : undefined;
}

/** Every aanleverpunt of the region (the status job reads the registered ones). */
export async function listAanleverpunten(db: Db): Promise<Opgeslagen<AanleverpuntRecord>[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": "OSO#AANLEVERPUNTEN" },
  });
  return items.map((i) => zonderSleutels(i) as unknown as Opgeslagen<AanleverpuntRecord>);
}

/**
 * "OSO opslaan": a new number and/or key, only on the version read (0: none yet). Whatever was
 * registered before no longer holds, so the location must be registered again.
 */
export async function slaAanleverpuntOp(
  db: Db,
  p: {
    schoolId: string;
    version: number;
    nummer: number;
    sleutel?: { versleuteld: string; einde: string };
    door: string;
    op: string;
  },
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const gegevens = {
    nummer: p.nummer,
    ...(p.sleutel ? { sleutelVersleuteld: p.sleutel.versleuteld, sleutelEinde: p.sleutel.einde } : {}),
    geregistreerd: false,
    magOverdrachtAanvragen: false,
    gewijzigdOp: p.op,
    gewijzigdDoor: p.door,
  };
  if (p.version === 0) {
    await schrijf(db, {
      nieuw: [
        {
          ...keys.osoAanleverpunt.item(p.schoolId),
          ...keys.osoAanleverpunt.index(p.schoolId),
          type: "OsoAanleverpunt",
          schoolId: p.schoolId,
          ...gegevens,
        },
      ],
      gebeurtenissen: [gebeurtenis],
    });
    return;
  }
  await schrijf(db, {
    bijwerken: [
      {
        key: keys.osoAanleverpunt.item(p.schoolId),
        zet: { ...gegevens, version: p.version + 1 },
        verwijder: ["cursor", "geregistreerdOp"],
        voorwaarde: { expressie: "#a0 = :c0", namen: { "#a0": "version" }, waarden: { ":c0": p.version } },
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

/**
 * What the Traffic Center said (registration, ping, the status job): no new version — these are
 * not the user's data and must not make the user's next save a conflict.
 */
export async function werkAanleverpuntBij(
  db: Db,
  schoolId: string,
  zet: Partial<
    Pick<
      AanleverpuntRecord,
      "geregistreerd" | "magOverdrachtAanvragen" | "geregistreerdOp" | "laatstePingOp" | "cursor"
    >
  >,
  gebeurtenis?: Gebeurtenis,
): Promise<void> {
  if (!(await werkBij(db, keys.osoAanleverpunt.item(schoolId), zet))) {
    throw new GelijktijdigGewijzigdFout();
  }
  if (gebeurtenis) await schrijf(db, { gebeurtenissen: [gebeurtenis] });
}

export async function getOsoDossier(
  db: Db,
  aanmeldingId: string,
): Promise<Opgeslagen<OsoDossierRecord> | undefined> {
  const res = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.osoDossier.item(aanmeldingId),
      ConsistentRead: true,
    }),
  );
  return res.Item ? (zonderSleutels(res.Item) as unknown as Opgeslagen<OsoDossierRecord>) : undefined;
}

/** The OSO dossiers of a school in a school year: the overview's OSO column and the monitor. */
export async function listOsoDossiers(
  db: Db,
  schoolId: string,
  schooljaar: string,
): Promise<OsoDossierRecord[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": keys.osoDossier.index(schoolId, schooljaar, "").GSI1PK },
  });
  return items.map((i) => zonderSleutels(i) as unknown as OsoDossierRecord);
}

/**
 * "Dossiers klaarzetten" (OSO-03): a new dossier record, or an existing one asked again — it
 * keeps its version and content key, so the worker offers a new version only if something changed.
 */
export async function vraagOsoDossierAan(
  db: Db,
  d: Pick<
    OsoDossierRecord,
    | "aanmeldingId"
    | "leerlingId"
    | "schoolId"
    | "schooljaar"
    | "elkNummer"
    | "leerlingNaam"
    | "aangevraagdDoor"
  >,
  op: string,
): Promise<void> {
  const bestaand = await getOsoDossier(db, d.aanmeldingId);
  if (bestaand && bestaand.schoolId === d.schoolId) {
    await werkBij(
      db,
      keys.osoDossier.item(d.aanmeldingId),
      {
        status: "in-wachtrij",
        aangevraagdOp: op,
        aangevraagdDoor: d.aangevraagdDoor,
        gewijzigdOp: op,
        pogingen: 0,
      },
      { verwijder: ["fout"] },
    );
    return;
  }
  const record: OsoDossierRecord = {
    ...d,
    status: "in-wachtrij",
    versie: 0,
    aangevraagdOp: op,
    gewijzigdOp: op,
  };
  // A dossier of another school (the pupil moved) starts afresh.
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...keys.osoDossier.item(d.aanmeldingId),
        ...keys.osoDossier.index(d.schoolId, d.schooljaar, d.aanmeldingId),
        type: "OsoDossier",
        version: 1,
        ...record,
      },
    }),
  );
}

/** The worker's result: a version offered (blue), or why it failed. Only the worker writes these. */
export async function werkOsoDossierBij(
  db: Db,
  aanmeldingId: string,
  zet: Partial<
    Pick<
      OsoDossierRecord,
      | "status"
      | "versie"
      | "inhoudSleutel"
      | "s3Key"
      | "klaarOp"
      | "fout"
      | "pogingen"
      | "gewijzigdOp"
      | "leerlingNaam"
    >
  >,
  verwijder: readonly ("fout" | "opgehaaldOp" | "opgehaaldVersie")[] = [],
): Promise<void> {
  await werkBij(db, keys.osoDossier.item(aanmeldingId), zet, { verwijder });
}

/**
 * The LAS fetched `versie` (the status job, OSO-03): green, but only if that is still the version
 * offered — a fetch of an older version leaves a newer one blue.
 */
export async function markeerOsoDossierOpgehaald(
  db: Db,
  aanmeldingId: string,
  versie: number,
  opgehaaldOp: string,
): Promise<boolean> {
  return werkBij(
    db,
    keys.osoDossier.item(aanmeldingId),
    { status: "opgehaald", opgehaaldOp, opgehaaldVersie: versie, gewijzigdOp: opgehaaldOp },
    { voorwaarde: "#versie = :versie", namen: { "#versie": "versie" }, waarden: { ":versie": versie } },
  );
}

/** A dossier's history (built, offered, fetched, failed) beside the registration's. */
export async function registreerOsoGebeurtenis(db: Db, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, { gebeurtenissen: [gebeurtenis] });
}
