import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { mfaVerplicht } from "@elk/domain";
import { REGIONS, regionConfig } from "@elk/infra/regions";
import { otpauthUri } from "../../functions/src/accounts/totp";
import { DEMO_TOTP_GEHEIM, DEMO_WACHTWOORD, seedDataVoor } from "../seed/index";
import { type RegioProces, startRegioProces } from "./regio-proces";
import { startStack } from "./stack";

/** `npm start`: the whole app on this machine, data kept in .local/ across restarts. */

// The AWS SDK warns that it will need Node 22; the Lambdas run on 22, only this local process is 20.
process.removeAllListeners("warning");
process.on("warning", (warning) => {
  if (!`${warning.name} ${warning.message}`.includes("NodeVersionSupportWarning")) console.warn(warning);
});
const started = Date.now();
// `--region amsterdam`; `--regions amstelland,amsterdam` (or ELK_REGIONS) runs several regions side
// by side against one registry.
const regios = kiesRegios();
const region = regionConfig(regios[0] ?? "amstelland");
const stack = await startStack({
  region,
  dataDir: resolve(process.env.ELK_DATA_DIR ?? ".local", regios.length > 1 ? (regios[0] ?? "") : ""),
  appPort: Number(process.env.PORT ?? 3000),
  verbose: process.env.ELK_VERBOSE === "1",
  dynamodbEndpoint: process.env.ELK_DYNAMODB_ENDPOINT || undefined,
  storingen: process.env.ELK_STORINGEN === "1",
});

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`
${region.productNaam} draait lokaal (klaar in ${((Date.now() - started) / 1000).toFixed(1)} s; demo-data ${stack.seeded === "geseed" ? "aangemaakt" : "uit .local/"})

  App:              ${stack.appUrl}
  Mailbox (SES):    ${stack.mailboxUrl}
  OpenAPI:          ${stack.appUrl}/api/openapi.json${stack.storingUrl ? `\n  Storingen:        ${stack.storingUrl}` : ""}

  Demo-accounts (wachtwoord voor allemaal: ${DEMO_WACHTWOORD})
${seedDataVoor(region.id)
  .DEMO_ACCOUNTS.map((a) => `    ${pad(a.gebruikersnaam, 18)} ${a.omschrijving}`)
  .join("\n")}

  Tweede factor (TOTP) voor ${mfaAccounts().join(" en ")}: voeg dit geheim toe in een
  authenticator-app (Google/Microsoft Authenticator, FreeOTP, 1Password …) en vul bij het
  inloggen na het wachtwoord de zescijferige code in:
    geheim   ${DEMO_TOTP_GEHEIM.replace(/(.{4})/g, "$1 ").trim()}
    of open  ${otpauthUri(region.productNaam, "demo", DEMO_TOTP_GEHEIM)}

  OSO (stand-in Traffic Center ${stack.oso.trafficCenterUrl}): "Mijn OSO" van de demo-scholen,
  voor OSO > Configureren (als contactpersoon):
${osoRegels()}

  Stoppen: Ctrl-C. Alles wissen: npm run reset.
`);

function mfaAccounts(): string[] {
  return seedDataVoor(region.id)
    .DEMO_ACCOUNTS.filter((a) => mfaVerplicht(a))
    .map((a) => a.gebruikersnaam);
}

function osoRegels(): string {
  const scholen = seedDataVoor(region.id).SCHOLEN;
  const contactpersoon = seedDataVoor(region.id).DEMO_ACCOUNTS.find((a) =>
    a.rollen.includes("contactpersoon-elk"),
  );
  return stack.oso.aanleverpunten
    .map((a) => ({
      a,
      school: scholen.find((s) => s.brin === a.brin && s.vestigingscode === a.vestigingscode),
    }))
    .filter(({ school }) => school && school.bestuurId === contactpersoon?.bestuurId)
    .map(({ a, school }) => `    ${pad(school?.naam ?? "", 28)} nummer ${a.nummer}, sleutel ${a.sleutel}`)
    .join("\n");
}

// The other regions, each in its own process on the next port, sharing this DynamoDB Local.
const dataDir = resolve(process.env.ELK_DATA_DIR ?? ".local");
const anderen: RegioProces[] = [];
for (const [i, regio] of regios.slice(1).entries()) {
  anderen.push(
    await startRegioProces({
      regio,
      port: Number(process.env.PORT ?? 3000) + i + 1,
      dataDir: resolve(dataDir, regio),
      dynamodbEndpoint: stack.endpoints.dynamodb,
      log: (regel) => console.log(regel),
    }),
  );
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStoppen…");
    await Promise.all(anderen.map((a) => a.stop()));
    await stack.stop();
    process.exit(0);
  });
}

/**
 * The regions to run, the first in this process: `--region <id>` or `--region=<id>`, `--regions
 * <id>,<id>` (both may repeat); without flags ELK_REGIONS or ELK_REGION (how a second region's
 * process gets its own); else amstelland. A wrong flag or an unknown region stops here, before
 * anything starts.
 */
function kiesRegios(): string[] {
  const bekend = Object.keys(REGIONS);
  const gebruik = [
    "Gebruik / usage: npm start -- [--region <id>] [--regions <id>,<id>]",
    `Bekende regio's / known regions: ${bekend.join(", ")}`,
  ].join("\n");
  let vlaggen: { region?: string[]; regions?: string[]; help?: boolean } = {};
  try {
    vlaggen = parseArgs({
      args: process.argv.slice(2),
      options: {
        region: { type: "string", multiple: true },
        regions: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (fout) {
    stopMet(
      `Ongeldige aanroep / invalid arguments: ${fout instanceof Error ? fout.message : String(fout)}\n${gebruik}`,
    );
  }
  if (vlaggen.help) {
    console.log(gebruik);
    process.exit(0);
  }
  const uitVlaggen = [...(vlaggen.region ?? []), ...(vlaggen.regions ?? [])];
  const opgegeven =
    uitVlaggen.length > 0
      ? uitVlaggen.join(",")
      : process.env.ELK_REGIONS || process.env.ELK_REGION || "amstelland";
  const regios = [
    ...new Set(
      opgegeven
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean),
    ),
  ];
  if (regios.length === 0) stopMet(`Geen regio opgegeven / no region given.\n${gebruik}`);
  const onbekend = regios.filter((r) => !bekend.includes(r));
  if (onbekend.length > 0) {
    stopMet(`Onbekende regio / unknown region: ${onbekend.map((r) => `"${r}"`).join(", ")}.\n${gebruik}`);
  }
  return regios;
}

function stopMet(melding: string): never {
  console.error(melding);
  process.exit(1);
}
