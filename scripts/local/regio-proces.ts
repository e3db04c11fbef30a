import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface RegioProces {
  appUrl: string;
  /** The region's own local mailbox (its mails go through its own outbox and SES stand-in). */
  mailboxUrl: string;
  proces: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * Another region's stack in its own process (the handlers read their region from the process
 * environment, as each Lambda does), joined to this stack's DynamoDB Local so both regions share
 * the registry table — locally what the shared registry stack is in AWS (REGION-02).
 */
export function startRegioProces(p: {
  regio: string;
  port: number;
  dataDir: string;
  dynamodbEndpoint: string;
  log?: (regel: string) => void;
}): Promise<RegioProces> {
  const proces = spawn(
    join(ROOT, "node_modules", ".bin", "tsx"),
    [join(ROOT, "scripts", "local", "start.ts")],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ELK_REGIONS: "",
        ELK_REGION: p.regio,
        PORT: String(p.port),
        ELK_DATA_DIR: p.dataDir,
        ELK_DYNAMODB_ENDPOINT: p.dynamodbEndpoint,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const stop = () =>
    new Promise<void>((klaar) => {
      if (proces.exitCode !== null) return klaar();
      proces.once("exit", () => klaar());
      proces.kill("SIGTERM");
      setTimeout(() => proces.kill("SIGKILL"), 8000).unref();
    });
  return new Promise((klaar, mislukt) => {
    let uitvoer = "";
    const timer = setTimeout(() => {
      void stop();
      mislukt(new Error(`region ${p.regio} did not start within 60 s:\n${uitvoer}`));
    }, 60_000);
    const lees = (data: Buffer) => {
      const tekst = data.toString();
      uitvoer += tekst;
      for (const regel of tekst.split("\n")) if (regel.trim()) p.log?.(`[${p.regio}] ${regel}`);
      const url = /App:\s+(http\S+)/.exec(uitvoer)?.[1];
      if (url) {
        clearTimeout(timer);
        const mailboxUrl = /Mailbox \(SES\):\s+(http\S+)/.exec(uitvoer)?.[1] ?? "";
        klaar({ appUrl: url, mailboxUrl, proces, stop });
      }
    };
    proces.stdout?.on("data", lees);
    proces.stderr?.on("data", lees);
    proces.once("exit", (code) => {
      clearTimeout(timer);
      mislukt(new Error(`region ${p.regio} stopped (exit ${code}):\n${uitvoer}`));
    });
  });
}
