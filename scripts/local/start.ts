import { resolve } from "node:path";
import { regionConfig } from "@elk/infra/regions";
import { DEMO_ACCOUNTS, DEMO_WACHTWOORD } from "../seed/amstelland";
import { startStack } from "./stack";

/** `npm start`: the whole app on this machine, data kept in .local/ across restarts. */

// The AWS SDK warns that it will need Node 22; the Lambdas run on 22, only this local process is 20.
process.removeAllListeners("warning");
process.on("warning", (warning) => {
  if (!`${warning.name} ${warning.message}`.includes("NodeVersionSupportWarning")) console.warn(warning);
});
const started = Date.now();
const region = regionConfig(process.env.ELK_REGION ?? "amstelland");
const stack = await startStack({
  region,
  dataDir: resolve(process.env.ELK_DATA_DIR ?? ".local"),
  appPort: Number(process.env.PORT ?? 3000),
  verbose: process.env.ELK_VERBOSE === "1",
});

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`
${region.productNaam} draait lokaal (klaar in ${((Date.now() - started) / 1000).toFixed(1)} s; demo-data ${stack.seeded === "geseed" ? "aangemaakt" : "uit .local/"})

  App:              ${stack.appUrl}
  Mailbox (SES):    ${stack.mailboxUrl}
  OpenAPI:          ${stack.appUrl}/api/openapi.json

  Demo-accounts (wachtwoord voor allemaal: ${DEMO_WACHTWOORD})
${DEMO_ACCOUNTS.map((a) => `    ${pad(a.gebruikersnaam, 18)} ${a.omschrijving}`).join("\n")}

  Stoppen: Ctrl-C. Alles wissen: npm run reset.
`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStoppen…");
    await stack.stop();
    process.exit(0);
  });
}
