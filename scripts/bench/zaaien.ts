/**
 * Seed data of the stack benchmarks, written straight into DynamoDB Local with packages/data's
 * own item shapes, by BatchWriteItem (the API has no bulk path for parents' accounts): pupils of
 * group 8 with their claims, one parent's account per pupil, and — where a benchmark measures
 * something else than registering — registrations. What a benchmark measures goes through HTTP.
 *
 * Parents' access tokens: cognito-local keeps every user of a pool in one JSON file that it
 * rewrites whole on each change, so creating 20,000 users through it takes time quadratic in the
 * number (measured in docs/benchmarks.md). The tokens are therefore signed here with
 * cognito-local's own signing key (shipped in its package, the key of every token it issues),
 * with the claims, issuer and key id of its access tokens; the gateway verifies them exactly as
 * it verifies the tokens of a sign-in (JWKS, issuer, expiry, client).
 */
import { createSign, randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { BatchWriteCommand, type BatchWriteCommandOutput } from "@aws-sdk/lib-dynamodb";
import {
  type AanmeldingRecord,
  aanmeldingItem,
  bsnHash,
  bsnSleutelsUit,
  type ClaimSoort,
  cognitoSubClaim,
  type Db,
  type Gebeurtenis,
  type GebruikerRecord,
  gebruikerItem,
  keys,
  type LeerlingRecord,
  leerlingClaims,
  leerlingItem,
  registryKeys,
  versleutelBsn,
} from "@elk/data";
import {
  type Advies,
  elkNummerVoor,
  type Keuze,
  leerlingNaam,
  maskeerBsn,
  nieuwOuderAccount,
  normaliseerEmail,
  schooljaarVan,
} from "@elk/domain";
import type { BenchStack } from "./stapel";

const require = createRequire(import.meta.url);

/** The primary schools of the demo region whose pupils have an oki-doc in ELK (not the particuliere). */
export const PO_SCHOLEN = [
  "obs-de-populier",
  "obs-het-startpunt",
  "obs-de-windroos",
  "obs-de-kajuit",
  "cbs-de-ark",
  "rkbs-oosteinde",
];

/** havo choices (Amstelland: 5 for havo); every 10th pupil has Amstelveen College first. */
const HAVO = [
  { schoolId: "amstelveen-college", afdelingId: "havo" },
  { schoolId: "keizer-karel-college", afdelingId: "havo" },
  { schoolId: "alkwin-kollege", afdelingId: "havo-vwo" },
  { schoolId: "hermann-wesselink", afdelingId: "havo" },
  { schoolId: "thamen-college", afdelingId: "havo-vwo" },
] as const;

export const OVERZICHT_SCHOOL = "amstelveen-college";

/**
 * The voorkeurslijst of pupil i: Amstelveen College first for every 10th (`metOverzichtSchool`),
 * else one of the other four — so 20,000 registrations give that school 2,000.
 */
export function keuzesVoor(i: number, metOverzichtSchool = true): Keuze[] {
  const eerste = metOverzichtSchool && i % 10 === 0 ? 0 : 1 + (i % 4);
  const lijst = [HAVO[eerste] ?? HAVO[0], ...HAVO.filter((_, k) => k !== eerste)];
  return lijst.map((k) => ({ schoolId: k.schoolId, afdelingId: k.afdelingId }));
}

export interface Kind {
  i: number;
  leerling: LeerlingRecord;
  ouder: GebruikerRecord;
  token: string;
}

/** A valid BSN per index (elfproef), different for every index. */
export function bsnVoor(i: number, basis = 0): string {
  for (let n = 10_000_000 + basis + i * 2; ; n++) {
    const cijfers = String(n).padStart(8, "0").split("").map(Number);
    const controle = cijfers.reduce((som, c, k) => som + c * (9 - k), 0) % 11;
    if (controle !== 10) return `${cijfers.join("")}${controle}`;
  }
}

/** Runs `werk` over `items` with at most `gelijk` at a time. */
export async function parallel<T>(items: readonly T[], gelijk: number, werk: (t: T) => Promise<void>) {
  let volgende = 0;
  await Promise.all(
    Array.from({ length: Math.min(gelijk, items.length) }, async () => {
      while (volgende < items.length) {
        const item = items[volgende++] as T;
        await werk(item);
      }
    }),
  );
}

function blokken<T>(items: readonly T[], grootte: number): T[][] {
  const uit: T[][] = [];
  for (let i = 0; i < items.length; i += grootte) uit.push(items.slice(i, i + grootte));
  return uit;
}

/** A claim as `schrijf` stores it. */
const claimItem = (c: { soort: ClaimSoort; waarde: string; eigenaar: string }) => ({
  ...keys.claim(c.soort, c.waarde),
  type: "Claim",
  eigenaar: c.eigenaar,
});

/** An event as `schrijf` stores it. */
const gebeurtenisItem = (g: Gebeurtenis) => ({
  ...keys.gebeurtenis(g.van, g.tijdstip, g.id),
  type: "Gebeurtenis",
  id: g.id,
  tijdstip: g.tijdstip,
  soort: g.soort,
  door: g.door,
  gegevens: g.gegevens,
});

/** Many items, 25 per BatchWriteItem, 8 requests at a time, unprocessed items sent again. */
export async function schrijfInBulk(db: Db, items: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  await parallel(blokken(items, 25), 8, async (deel) => {
    let verzoeken: Array<Record<string, unknown>> | undefined = deel.map((Item) => ({
      PutRequest: { Item },
    }));
    for (let poging = 0; verzoeken && verzoeken.length > 0; poging++) {
      if (poging > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** poging)));
      const res: BatchWriteCommandOutput = await db.doc.send(
        new BatchWriteCommand({ RequestItems: { [db.tableName]: verzoeken } }),
      );
      verzoeken = res.UnprocessedItems?.[db.tableName] as Array<Record<string, unknown>> | undefined;
    }
  });
}

const systeem = (van: { PK: string; SK: string }, soort: string, tijdstip: string) => ({
  van,
  id: randomUUID(),
  tijdstip,
  soort,
  door: "systeem" as const,
  gegevens: { bron: "benchmark" },
});

/**
 * `n` havo pupils of group 8 at the demo primary schools (the current school year), each with a
 * parent's account that sees only that child and an access token for it.
 */
export async function zaaiKinderen(stack: BenchStack, n: number, opties: { basis?: number } = {}) {
  const basis = opties.basis ?? 0;
  const schooljaar = schooljaarVan(new Date());
  const sleutels = bsnSleutelsUit(stack.bsnGeheim);
  const nu = new Date();
  const kinderen: Kind[] = [];
  for (let k = 0; k < n; k++) {
    const i = basis + k;
    const bsn = bsnVoor(i);
    const letters = i
      .toString(26)
      .split("")
      .map((c) => String.fromCharCode(97 + Number.parseInt(c, 26)))
      .join("");
    const leerling: LeerlingRecord = {
      id: randomUUID(),
      schooljaar,
      elkNummer: elkNummerVoor(500_000 + i, false),
      roepnaam: "Noor",
      achternaam: `Bench-${letters}`,
      geboortedatum: "2014-09-03",
      geslacht: i % 2 ? "man" : "vrouw",
      adres: {
        straat: "Populierenlaan",
        huisnummer: String(1 + (i % 200)),
        postcode: "1185 SB",
        plaats: "Amstelveen",
      },
      emailOuders: `ouders-${i}@example.org`,
      advies: "havo" as Advies,
      poSchoolId: PO_SCHOLEN[i % PO_SCHOLEN.length] as string,
      bsnGemaskeerd: maskeerBsn(bsn),
      identificatie: "bsn",
      bsnVersleuteld: versleutelBsn(bsn, sleutels),
      bsnHash: bsnHash(bsn, sleutels),
      ouderinlogVerstuurdOp: nu.toISOString(),
    };
    const ouderId = randomUUID();
    const ouder: GebruikerRecord = {
      ...nieuwOuderAccount(ouderId, leerling, nu),
      gebruikersnaam: `bench-ouder-${i}`,
      status: "actief",
      cognitoUsername: `${ouderId}@gebruikers.elk.local`,
      cognitoSub: randomUUID(),
    };
    kinderen.push({ i, leerling, ouder, token: toegangstoken(stack, ouder) });
  }
  // The items packages/data writes for a new pupil (maakLeerlingAan: the pupil, its ELK-nummer and
  // BSN claims, its event) and for an activated parent's account (the account, its Cognito `sub`
  // and e-mail claims) — by BatchWriteItem: a seed, not the transactions being measured.
  const tijd = nu.toISOString();
  await schrijfInBulk(
    stack.db,
    kinderen.flatMap((k) => [
      { ...leerlingItem(k.leerling), version: 1 },
      ...leerlingClaims(k.leerling).map(claimItem),
      gebeurtenisItem(systeem(keys.leerling.item(k.leerling.id), "leerling-aangemaakt", tijd)),
      { ...gebruikerItem(k.ouder), version: 1 },
      claimItem(cognitoSubClaim(k.ouder, k.ouder.cognitoSub ?? "")),
      claimItem({
        soort: "OUDER_EMAIL",
        waarde: normaliseerEmail(k.ouder.email),
        eigenaar: k.ouder.id,
      }),
    ]),
  );
  return kinderen;
}

/** Fresh tokens before a later phase (they live an hour, as the pool's access tokens do). */
export function vernieuwTokens(stack: BenchStack, kinderen: readonly Kind[]): void {
  for (const k of kinderen) k.token = toegangstoken(stack, k.ouder);
}

let sleutel: string | undefined;

/** An access token for this account, as cognito-local's InitiateAuth would issue it (1 hour, the pool's setting). */
export function toegangstoken(stack: BenchStack, ouder: GebruikerRecord): string {
  sleutel ??= (require("cognito-local/lib/keys/cognitoLocal.private.json") as { pem: string }).pem;
  const nu = Math.floor(Date.now() / 1000);
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const kop = b64({ alg: "RS256", typ: "JWT", kid: "CognitoLocal" });
  const inhoud = b64({
    auth_time: nu,
    client_id: stack.userPoolClientId,
    event_id: randomUUID(),
    iat: nu,
    jti: randomUUID(),
    scope: "aws.cognito.signin.user.admin",
    sub: ouder.cognitoSub,
    token_use: "access",
    username: ouder.cognitoUsername,
    exp: nu + 3600,
    iss: `${stack.endpoints.cognito}/${stack.userPoolId}`,
  });
  const handtekening = createSign("RSA-SHA256").update(`${kop}.${inhoud}`).sign(sleutel, "base64url");
  return `${kop}.${inhoud}.${handtekening}`;
}

/** The registration of pupil i as the ouderportaal makes it final (for benchmarks that measure something else). */
export function aanmeldingVan(
  k: Kind,
  nu: Date,
  status: AanmeldingRecord["status"] = "aangemeld",
): AanmeldingRecord {
  return {
    id: randomUUID(),
    leerlingId: k.leerling.id,
    schooljaar: k.leerling.schooljaar,
    elkNummer: k.leerling.elkNummer,
    leerlingNaam: leerlingNaam(k.leerling),
    advies: "havo",
    keuzes: keuzesVoor(k.i),
    eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
    status,
    aangemeldOp: new Date(nu.getTime() + k.i).toISOString(),
    via: "ouderportaal",
    bsnHash: k.leerling.bsnHash,
    okidoc: "concept",
    poSchoolId: k.leerling.poSchoolId,
  };
}

/** Registrations with their registry claims (what `meldDefinitiefAan` writes, less the event), in bulk. */
export async function zaaiAanmeldingen(stack: BenchStack, aanmeldingen: readonly AanmeldingRecord[]) {
  await schrijfInBulk(
    stack.db,
    aanmeldingen.map((a) => ({ ...aanmeldingItem(a), version: 1 })),
  );
  await schrijfInBulk(
    stack.registry,
    aanmeldingen.map((a) => ({
      ...registryKeys.registratie(a.bsnHash, a.schooljaar),
      type: "Registratie",
      regio: "amstelland",
      aanmeldingId: a.id,
      leerlingNaam: a.leerlingNaam,
      school: a.keuzes[0]?.schoolId ?? "",
      telefoon: "",
      geregistreerdOp: a.aangemeldOp ?? "",
    })),
  );
}
