import { type ChildProcess, spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDocumentClient, type Db } from "@elk/data";
import { bijAfbreken } from "./opruimen";

const ROOT = resolve(import.meta.dirname, "../..");

export interface BenchStack {
  appUrl: string;
  endpoints: { dynamodb: string; s3: string; ses: string; sqs: string; cognito: string };
  tableName: string;
  userPoolId: string;
  userPoolClientId: string;
  bucketName: string;
  queues: { mail: string; mailDlq: string; oso: string; osoDlq: string };
  oso: {
    trafficCenterUrl: string;
    aanleverpunten: { nummer: number; sleutel: string; brin: string; vestigingscode: string }[];
  };
  bsnGeheim: string;
  dataDir: string;
  /** The stack's own process (gateway, handlers, poller, s3rver, SES and SQS stand-ins). */
  pid: number;
  /** The document client of the benchmark itself, on the stack's DynamoDB Local. */
  db: Db;
  registry: Db;
  /** Starts a CPU profile of the stack process (the V8 sampling profiler, as `node --cpu-prof`). */
  startProfiel: () => Promise<void>;
  /** Stops it and writes the .cpuprofile to `pad`. */
  stopProfiel: (pad: string) => Promise<void>;
  stop: () => Promise<void>;
}

/** Starts `scripts/bench/stapel-proces.ts` in its own Node process and waits until it is ready. */
export async function startBenchStack(
  opties: { frontendDir?: string; plannerMs?: number } = {},
): Promise<BenchStack> {
  const args = ["--import", "tsx", join(ROOT, "scripts", "bench", "stapel-proces.ts")];
  const proces = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ELK_QUIET: "1",
      ...(opties.frontendDir ? { ELK_BENCH_FRONTEND: opties.frontendDir } : {}),
      ...(opties.plannerMs ? { ELK_BENCH_PLANNER_MS: String(opties.plannerMs) } : {}),
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const info = await new Promise<
    Omit<BenchStack, "pid" | "db" | "registry" | "stop" | "startProfiel" | "stopProfiel">
  >((klaar, mislukt) => {
    let uitvoer = "";
    const timer = setTimeout(() => {
      proces.kill("SIGTERM");
      mislukt(new Error(`bench stack did not start within 300 s:\n${uitvoer}`));
    }, 300_000);
    const lees = (data: Buffer) => {
      uitvoer += data.toString();
      const regel = /ELK-BENCH-STACK (\{.*\})\n/.exec(uitvoer)?.[1];
      if (regel) {
        clearTimeout(timer);
        klaar(JSON.parse(regel));
      }
      // Keep only the tail: the pipe is drained for the whole run, never left to fill up.
      if (uitvoer.length > 20_000) uitvoer = uitvoer.slice(-10_000);
    };
    proces.stdout?.on("data", lees);
    proces.stderr?.on("data", lees);
    proces.once("exit", (code) => {
      clearTimeout(timer);
      mislukt(new Error(`bench stack stopped (exit ${code}):\n${uitvoer}`));
    });
  });
  const vergeet = bijAfbreken(() => stopProces(proces));
  const client = new DynamoDBClient({
    endpoint: info.endpoints.dynamodb,
    region: "eu-west-1",
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    maxAttempts: 10,
  });
  const doc = createDocumentClient(client);
  return {
    ...info,
    pid: proces.pid ?? 0,
    db: { doc, tableName: info.tableName },
    registry: { doc, tableName: "elk-registry" },
    startProfiel: () => bericht(proces, { profiel: "start" }, "gestart"),
    stopProfiel: (pad) => bericht(proces, { profiel: "stop", pad }, "gestopt"),
    stop: async () => {
      vergeet();
      await stopProces(proces);
    },
  };
}

function bericht(proces: ChildProcess, inhoud: object, antwoord: string): Promise<void> {
  return new Promise((klaar, mislukt) => {
    const luister = (b: { profiel?: string; fout?: string }) => {
      if (b.profiel === antwoord) {
        proces.off("message", luister);
        klaar();
      } else if (b.profiel === "fout") {
        proces.off("message", luister);
        mislukt(new Error(b.fout));
      }
    };
    proces.on("message", luister);
    proces.send(inhoud);
  });
}

function stopProces(proces: ChildProcess): Promise<void> {
  return new Promise((klaar) => {
    if (proces.exitCode !== null || proces.signalCode !== null) return klaar();
    const timer = setTimeout(() => proces.kill("SIGKILL"), 20_000);
    proces.once("exit", () => {
      clearTimeout(timer);
      klaar();
    });
    proces.kill("SIGTERM");
  });
}

/** CPU seconds (user + system) of a process and every process under it, by name. */
export async function cpuVanBoom(pid: number): Promise<Map<string, number>> {
  const kinderen = new Map<number, number[]>();
  const stats = new Map<number, { naam: string; cpu: number }>();
  const klok = 100; // USER_HZ on Linux
  for (const d of await readdir("/proc").catch(() => [] as string[])) {
    if (!/^\d+$/.test(d)) continue;
    const tekst = await readFile(`/proc/${d}/stat`, "utf8").catch(() => "");
    const m = /^(\d+) \((.*)\) \S (\d+)((?: \S+){9}) (\d+) (\d+)/.exec(tekst);
    if (!m) continue;
    const p = Number(m[1]);
    const ouder = Number(m[3]);
    stats.set(p, { naam: m[2] ?? "?", cpu: (Number(m[5]) + Number(m[6])) / klok });
    kinderen.set(ouder, [...(kinderen.get(ouder) ?? []), p]);
  }
  const uit = new Map<string, number>();
  const bezoek = (p: number, rol: string) => {
    const s = stats.get(p);
    if (s) uit.set(rol, (uit.get(rol) ?? 0) + s.cpu);
    for (const k of kinderen.get(p) ?? []) {
      const naam = stats.get(k)?.naam ?? "";
      bezoek(
        k,
        naam === "java" ? "DynamoDB Local (java)" : naam.startsWith("node") ? "cognito-local (node)" : rol,
      );
    }
  };
  bezoek(pid, "stack: gateway + handlers + poller (node)");
  return uit;
}

/** The CPU each process used between two readings, in seconds. */
export function cpuVerschil(voor: Map<string, number>, na: Map<string, number>): Map<string, number> {
  return new Map([...na].map(([k, v]) => [k, v - (voor.get(k) ?? 0)]));
}

/** CPU seconds of this process (the load generator). */
export function eigenCpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
