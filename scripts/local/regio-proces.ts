import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface RegioProces {
  appUrl: string;
  /** The region's own local mailbox (its mails go through its own outbox and SES stand-in). */
  mailboxUrl: string;
  /** The fault proxies' control endpoint, when started with `storingen`. */
  storingUrl?: string;
  proces: ChildProcess;
  stop: () => Promise<void>;
  /**
   * Kill the whole stack at once (SIGKILL to its process group: the stack, DynamoDB Local,
   * cognito-local), as a crash would. Only for a process started with `eigenGroep`.
   */
  crash: () => Promise<void>;
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
  /** Join this DynamoDB Local (the registry's); without it the process starts its own. */
  dynamodbEndpoint?: string;
  /** Put the fault proxies in (scripts/local/storing.ts), for tests. */
  storingen?: boolean;
  /** Its own process group, so `crash()` takes DynamoDB Local and cognito-local down with it. */
  eigenGroep?: boolean;
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
        ELK_DYNAMODB_ENDPOINT: p.dynamodbEndpoint ?? "",
        ELK_STORINGEN: p.storingen ? "1" : "",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: p.eigenGroep ?? false,
    },
  );
  const crash = () =>
    new Promise<void>((klaar) => {
      if (proces.exitCode !== null || proces.signalCode !== null || !proces.pid) return klaar();
      proces.once("exit", () => klaar());
      process.kill(p.eigenGroep ? -proces.pid : proces.pid, "SIGKILL");
    });
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
        const storingUrl = /Storingen:\s+(http\S+)/.exec(uitvoer)?.[1];
        klaar({ appUrl: url, mailboxUrl, ...(storingUrl ? { storingUrl } : {}), proces, stop, crash });
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
