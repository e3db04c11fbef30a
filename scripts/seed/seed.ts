import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import {
  type Db,
  type Gebeurtenis,
  getMeta,
  keys,
  maakBestuurAan,
  maakGebruikerAan,
  maakNieuwsAan,
  maakSchoolAan,
  putMeta,
  slaKalenderOp,
  vervangMfa,
} from "@elk/data";
import {
  type Kalender,
  mfaVerplicht,
  type RegionConfig,
  schooljaarVan,
  standaardBekendmaking,
} from "@elk/domain";
import { versleutelGeheim } from "../../functions/src/accounts/sessies";
import { cognitoUsernameVoor } from "../../functions/src/middleware/actor";
import { DEMO_TOTP_GEHEIM, DEMO_WACHTWOORD } from "./amstelland";
import { seedDataVoor } from "./index";

const NU = "2026-11-30T08:00:00.000Z";

/**
 * The demo's calendar: the registration period is open from a week before the demo data were made
 * until three weeks after, so every screen of registering can be tried at once. The region
 * administrator changes it under the calendar API like any other.
 */
function demoKalender(vandaag: Date): Kalender {
  const dag = (n: number) => new Date(vandaag.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  return {
    schooljaar: schooljaarVan(vandaag),
    aanmeldperiode: { van: dag(-7), tot: dag(21) },
    behandelperiode: { van: dag(-7), tot: dag(27) },
    decentraleLoting: dag(28),
    centralePlaatsing: dag(35),
    bekendmaking: standaardBekendmaking(dag(35)),
  };
}

function aangemaakt(van: { PK: string; SK: string }, id: string, soort: string): Gebeurtenis {
  return { van, id: `seed-${id}`, tijdstip: NU, soort, door: "systeem", gegevens: { bron: "demo-seed" } };
}

/** Writes the demo data once; a second start finds the marker and leaves the data alone. */
export async function seed(
  db: Db,
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  config: RegionConfig,
): Promise<"geseed" | "al-aanwezig"> {
  if (await getMeta(db, "SEED")) {
    await zetDemoMfa(db, config);
    return "al-aanwezig";
  }
  const { BESTUREN, SCHOLEN, DEMO_ACCOUNTS, NIEUWS } = seedDataVoor(config.id);

  await Promise.all(
    BESTUREN.map((b) =>
      maakBestuurAan(db, b, aangemaakt(keys.bestuur.item(b.id), b.id, "bestuur-aangemaakt")),
    ),
  );
  await Promise.all(
    SCHOLEN.map((s) => maakSchoolAan(db, s, aangemaakt(keys.school.item(s.id), s.id, "school-aangemaakt"))),
  );
  await Promise.all(
    NIEUWS.map((n) => maakNieuwsAan(db, n, aangemaakt(keys.nieuws.item(n.id), n.id, "nieuws-gepubliceerd"))),
  );

  const scholen = new Map(SCHOLEN.map((s) => [s.id, s.naam]));
  const besturen = new Map(BESTUREN.map((b) => [b.id, b.naam]));
  for (const account of DEMO_ACCOUNTS) {
    const cognitoUsername = cognitoUsernameVoor(account.id);
    const created = await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: cognitoUsername,
        MessageAction: "SUPPRESS",
        TemporaryPassword: DEMO_WACHTWOORD,
      }),
    );
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: cognitoUsername,
        Password: DEMO_WACHTWOORD,
        Permanent: true,
      }),
    );
    const locatieNaam =
      (account.schoolId && scholen.get(account.schoolId)) ||
      (account.bestuurId && besturen.get(account.bestuurId)) ||
      config.beheerorganisatie;
    await maakGebruikerAan(
      db,
      {
        id: account.id,
        gebruikersnaam: account.gebruikersnaam,
        naam: account.naam,
        voornaam: account.naam.split(" ")[0],
        achternaam: account.naam.split(" ").slice(1).join(" "),
        email: account.email,
        rollen: account.rollen,
        organisatieType: account.organisatieType,
        bestuurId: account.bestuurId,
        schoolId: account.schoolId,
        locatieNaam,
        status: "actief",
        aangemaaktOp: NU,
        cognitoUsername,
        cognitoSub: created.User?.Attributes?.find((a) => a.Name === "sub")?.Value,
      },
      aangemaakt(keys.gebruiker.item(account.id), account.id, "gebruiker-aangemaakt"),
    );
  }
  await slaKalenderOp(
    db,
    demoKalender(new Date()),
    0,
    aangemaakt(keys.kalender(schooljaarVan(new Date())), "kalender", "kalender-ingesteld"),
  );
  await zetDemoMfa(db, config);
  await putMeta(db, "SEED", { geseedOp: new Date().toISOString() });
  return "geseed";
}

/**
 * Issue #10: the demo accounts whose role requires a second factor get the fixed demo secret, at
 * every start (also over data kept in .local/ from before), so the printed secret always works.
 */
async function zetDemoMfa(db: Db, config: RegionConfig): Promise<void> {
  for (const account of seedDataVoor(config.id).DEMO_ACCOUNTS) {
    if (!mfaVerplicht(account)) continue;
    await vervangMfa(db, account.id, { geheim: versleutelGeheim(DEMO_TOTP_GEHEIM), ingesteldOp: NU });
  }
}
