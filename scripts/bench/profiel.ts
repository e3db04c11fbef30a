import { readFile } from "node:fs/promises";

/** A V8 .cpuprofile (Profiler.stop, `node --cpu-prof`). */
interface CpuProfiel {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

type Regel = { naam: string; ms: number };

export interface ProfielSamenvatting {
  /** Wall time covered by the samples (ms), the profiler's own work left out. */
  totaalMs: number;
  /** ms not idle: the event loop busy (JavaScript, GC, native). */
  bezigMs: number;
  /** Self time by the code that runs, a native frame counted with the JavaScript that called it. */
  delen: Regel[];
  /** Self time by whose work it is: the nearest package or workspace of ours on the stack. */
  eigenaars: Regel[];
  /** The functions with the most self time. */
  functies: Regel[];
}

const AWS = "AWS SDK v3 (@aws-sdk, @smithy)";

/** The part a frame's code belongs to: a package, a workspace of ours, Node itself; undefined for native frames. */
function deelVan(url: string): string | undefined {
  if (!url) return undefined;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) {
    const pakket = nm[1] ?? "";
    return /^@(aws-sdk|smithy|aws-crypto)\//.test(pakket) ? AWS : pakket;
  }
  if (/\/index\.mjs$/.test(url)) return "the bundle's own code (index.mjs)";
  if (url.startsWith("node:internal/modules") || url.startsWith("node:internal/deps/cjs-module-lexer"))
    return "Node's module loader (read, CJS lexer, compile)";
  if (url.startsWith("node:")) {
    if (
      /^node:(internal\/)?(_?http|net|stream|internal\/streams|internal\/stream_base|dns|internal\/dns)/.test(
        url,
      )
    )
      return "Node http/net/streams";
    if (/crypto/.test(url)) return "Node crypto";
    return "Node (other)";
  }
  const werk = /\/(functions\/src|packages\/[^/]+\/src|scripts\/local|scripts\/bench)\//.exec(url);
  return werk?.[1] ?? "other";
}

const isEigenaar = (deel: string | undefined) => deel !== undefined && !deel.startsWith("Node ");

export async function vatProfielSamen(pad: string, top = 12): Promise<ProfielSamenvatting> {
  const p = JSON.parse(await readFile(pad, "utf8")) as CpuProfiel;
  const ouder = new Map<number, number>();
  const perId = new Map(p.nodes.map((n) => [n.id, n]));
  for (const n of p.nodes) for (const k of n.children ?? []) ouder.set(k, n.id);

  // Per node: the part of its code, its owner, and whether it is the profiler's own work.
  type Info = { deel: string; eigenaar: string | undefined; profiler: boolean };
  const info = new Map<number, Info>();
  const bepaal = (id: number): Info => {
    const bekend = info.get(id);
    if (bekend) return bekend;
    const node = perId.get(id);
    const naam = node?.callFrame.functionName ?? "";
    const url = node?.callFrame.url ?? "";
    const boven = ouder.has(id) ? bepaal(ouder.get(id) as number) : undefined;
    const eigen = deelVan(url);
    const speciaal =
      naam === "(garbage collector)"
        ? "garbage collection"
        : naam === "(program)"
          ? "(program: V8/native outside JavaScript)"
          : naam === "(idle)"
            ? "(idle)"
            : undefined;
    const deel = speciaal ?? eigen ?? boven?.deel ?? "native";
    const eigenaar = speciaal ?? (isEigenaar(eigen) ? eigen : boven?.eigenaar);
    const uit = { deel, eigenaar, profiler: url === "node:inspector" || (boven?.profiler ?? false) };
    info.set(id, uit);
    return uit;
  };

  const perNode = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i] as number;
    perNode.set(id, (perNode.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  const delen = new Map<string, number>();
  const eigenaars = new Map<string, number>();
  const functies = new Map<string, number>();
  let totaal = 0;
  let idle = 0;
  for (const [id, us] of perNode) {
    const { deel, eigenaar, profiler } = bepaal(id);
    if (profiler) continue;
    totaal += us;
    if (deel === "(idle)") {
      idle += us;
      continue;
    }
    delen.set(deel, (delen.get(deel) ?? 0) + us);
    // No package of ours or of npm on the stack: an I/O callback or microtask Node runs itself.
    const wie = eigenaar ?? `${deel} (no package on the stack)`;
    eigenaars.set(wie, (eigenaars.get(wie) ?? 0) + us);
    const { functionName, url, lineNumber } = perId.get(id)?.callFrame ?? {
      functionName: "",
      url: "",
      lineNumber: 0,
    };
    const kort = url.replace(/^.*node_modules\//, "").replace(/^.*?\/(functions|packages|scripts)\//, "$1/");
    const sleutel = `${functionName || "(anonymous)"} — ${kort ? `${kort}:${lineNumber + 1}` : `native, in ${deel}`}`;
    functies.set(sleutel, (functies.get(sleutel) ?? 0) + us);
  }
  const lijst = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).map(([naam, us]) => ({ naam, ms: us / 1000 }));
  return {
    totaalMs: totaal / 1000,
    bezigMs: (totaal - idle) / 1000,
    delen: lijst(delen),
    eigenaars: lijst(eigenaars),
    functies: lijst(functies).slice(0, top),
  };
}

/** The summary as Markdown: by owner and by code, as shares of the busy time, then the hottest functions. */
export function profielMarkdown(s: ProfielSamenvatting, rijen = 10): string {
  const pct = (x: number) => `${((100 * x) / s.bezigMs).toFixed(1)}%`;
  const tabel = (kop: string, xs: Regel[]) => `| ${kop} | self time | share |
|---|---:|---:|
${xs
  .slice(0, rijen)
  .map((d) => `| ${d.naam.replaceAll("|", "\\|")} | ${(d.ms / 1000).toFixed(2)} s | ${pct(d.ms)} |`)
  .join("\n")}`;
  return `The profile covers ${(s.totaalMs / 1000).toFixed(1)} s; the process was busy ${(s.bezigMs / 1000).toFixed(1)} s of it (${((100 * s.bezigMs) / s.totaalMs).toFixed(0)}%). Shares of the busy time, by whose work it is (the nearest package or workspace on the stack: Node's own socket writes for an AWS SDK request count as the SDK's):

${tabel("on behalf of", s.eigenaars)}

By the code that runs (a native frame with the JavaScript that called it):

${tabel("code", s.delen)}

Hottest functions (self time):

${tabel("function", s.functies)}`;
}
