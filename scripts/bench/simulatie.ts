/**
 * `npx tsx scripts/bench/simulatie.ts [--draws N] [--print]` — the simulator report of issue 6:
 * the Amstelland procedure on a synthetic region of 8,000 pupils (scripts/bench/synthetisch.ts):
 * the decentral lottery at every over-subscribed 1st-choice afdeling (LOT-02), then the CP&L over
 * choices 2–5 on the seats left (LOT-03); for comparison, one DA-STB round over all five choices,
 * as Amsterdam does. Several draws (seeds) on the same region; rewrites its section of docs/cpl.md.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  type Capaciteitseenheid,
  type CplProgramma,
  capaciteitseenheden,
  centralePlaatsingEnLoting,
  cpl,
  decentraleLoting,
  eenheidSleutel,
  lotingnummers,
  naDecentraleLoting,
} from "@elk/domain";
import { machine, schrijfSectie } from "./doc-sectie";
import { type Niveau, type SynthetischeRegio, synthetischeRegio } from "./synthetisch";

const LEERLINGEN = 8_000;
const SCHOLEN = 60;

interface Uitkomst {
  /** Per pupil: the place on its list it got (1–5), or null. 1 includes an equivalent afdeling at the 1st-choice school. */
  voorkeur: Map<string, number | null>;
  overingeschreven?: number;
  uitgeloot?: number;
  gelijkwaardig?: number;
}

const { values } = parseArgs({
  options: { draws: { type: "string", default: "10" }, print: { type: "boolean", default: false } },
});
const draws = Number(values.draws);
const regio = synthetischeRegio(LEERLINGEN, SCHOLEN, "regio-2027");

const amstelland: Uitkomst[] = [];
const daStb: Uitkomst[] = [];
const start = performance.now();
for (let k = 1; k <= draws; k++) {
  amstelland.push(amstellandseProcedure(regio, k));
  daStb.push(eenRonde(regio, k));
}
const duur = performance.now() - start;

const rapport = markdown();
if (values.print) console.log(rapport);
else {
  await schrijfSectie(resolve(import.meta.dirname, "../../docs/cpl.md"), "simulatie", rapport);
  console.error("docs/cpl.md bijgewerkt (sectie simulatie).");
}

function amstellandseProcedure(r: SynthetischeRegio, k: number): Uitkomst {
  const decentraal = decentraleLoting({
    seed: `decentraal-${k}`,
    afdelingen: r.afdelingen,
    capaciteitsgroepen: r.capaciteitsgroepen,
    aanmeldingen: r.leerlingen.map((l) => ({
      leerlingId: l.id,
      afdelingId: l.voorkeurslijst[0]?.afdelingId ?? "",
      ...(l.voorrang ? { voorrangsklasse: 1 } : {}),
      gelijkwaardigeAfdelingWens: l.gelijkwaardigeAfdelingWens,
      ...(l.meerlingId ? { meerlingId: l.meerlingId } : {}),
    })),
  });
  const voorkeur = new Map<string, number | null>();
  for (const u of decentraal.uitslagen) if (u.uitkomst === "geplaatst") voorkeur.set(u.leerlingId, 1);
  const uitgeloot = new Set(
    decentraal.uitslagen.filter((u) => u.uitkomst === "uitgeloot").map((u) => u.leerlingId),
  );
  const cplUit = centralePlaatsingEnLoting({
    seed: `cpl-${k}`,
    ...naDecentraleLoting(r.afdelingen, r.capaciteitsgroepen, decentraal.eenheden),
    deelnemers: r.leerlingen
      .filter((l) => uitgeloot.has(l.id))
      .map((l) => ({
        leerlingId: l.id,
        voorkeurslijst: l.voorkeurslijst,
        ...(l.meerlingId ? { meerlingId: l.meerlingId } : {}),
      })),
  });
  for (const u of cplUit) voorkeur.set(u.leerlingId, u.voorkeur);
  return {
    voorkeur,
    overingeschreven: decentraal.eenheden.filter((e) => e.overingeschreven).length,
    uitgeloot: uitgeloot.size,
    gelijkwaardig: decentraal.uitslagen.filter((u) => u.viaGelijkwaardigeAfdeling).length,
  };
}

/** Amsterdam's way, for comparison: one DA-STB round over all five choices, voorrang at the 1st choice. */
function eenRonde(r: SynthetischeRegio, k: number): Uitkomst {
  const eenheid = capaciteitseenheden(r.afdelingen, r.capaciteitsgroepen);
  const programmas = new Map<string, CplProgramma & { voorrang: Record<string, number> }>();
  for (const e of eenheid.values()) {
    programmas.set(eenheidSleutel(e), {
      id: eenheidSleutel(e),
      capaciteit: e.capaciteit ?? LEERLINGEN,
      voorrang: {},
    });
  }
  const sleutel = (afdelingId: string) => eenheidSleutel(eenheid.get(afdelingId) as Capaciteitseenheid);
  const eersteLid = new Map<string, string>();
  for (const l of r.leerlingen)
    if (l.meerlingId && !eersteLid.has(l.meerlingId)) eersteLid.set(l.meerlingId, l.id);
  const nummers = lotingnummers(
    `een-ronde-${k}`,
    r.leerlingen.map((l) => l.id),
  );
  for (const l of r.leerlingen) {
    const eerste = l.voorkeurslijst[0];
    if (l.voorrang && eerste)
      (programmas.get(sleutel(eerste.afdelingId)) as { voorrang: Record<string, number> }).voorrang[l.id] = 1;
  }
  const toewijzing = cpl({
    programmas: [...programmas.values()],
    leerlingen: r.leerlingen.map((l) => ({
      id: l.id,
      keuzes: l.voorkeurslijst.map((c) => sleutel(c.afdelingId)),
      lotingnummer: nummers.get(l.meerlingId ? (eersteLid.get(l.meerlingId) as string) : l.id) as number,
    })),
  });
  const voorkeur = new Map<string, number | null>();
  for (const l of r.leerlingen) {
    const p = toewijzing.get(l.id) ?? null;
    voorkeur.set(
      l.id,
      p === null ? null : l.voorkeurslijst.findIndex((c) => sleutel(c.afdelingId) === p) + 1,
    );
  }
  return { voorkeur };
}

function aandeel(u: Uitkomst, wie: (id: string) => boolean, wat: (v: number | null) => boolean): number {
  let n = 0;
  let raak = 0;
  for (const [id, v] of u.voorkeur) {
    if (!wie(id)) continue;
    n++;
    if (wat(v)) raak++;
  }
  return n === 0 ? 0 : raak / n;
}

function reeks(us: readonly Uitkomst[], f: (u: Uitkomst) => number, procent = true): string {
  const xs = us.map(f);
  const gemiddeld = xs.reduce((s, x) => s + x, 0) / xs.length;
  const fmt = (x: number) => (procent ? `${(100 * x).toFixed(1)}%` : x.toFixed(0));
  return `${fmt(gemiddeld)} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
}

function markdown(): string {
  const niveau = new Map(regio.leerlingen.map((l) => [l.id, l.niveau]));
  const alle = () => true;
  const kolommen = (f: (u: Uitkomst) => number) => `${reeks(amstelland, f)} | ${reeks(daStb, f)}`;
  const perNiveau = (["vmbo-bk", "vmbo-gt", "havo", "vwo"] as Niveau[])
    .map((n) => {
      const wie = (id: string) => niveau.get(id) === n;
      const aantal = regio.leerlingen.filter((l) => l.niveau === n).length;
      return `| ${n} (${aantal.toLocaleString("en")}, ${n === "vmbo-bk" ? 2 : 5} choices) | ${kolommen((u) => aandeel(u, wie, (v) => v === 1))} | ${kolommen((u) => aandeel(u, wie, (v) => v === null))} |`;
    })
    .join("\n");
  const meerlingen = regio.leerlingen.filter((l) => l.meerlingId).length / 2;
  const eenheden = regio.afdelingen.length;
  return `## Simulator report: a synthetic region of ${LEERLINGEN.toLocaleString("en")} pupils

Produced by \`npx tsx scripts/bench/simulatie.ts\` (${draws} draws on one region, ${(duur / 1000).toFixed(1)} s in all on
${machine()}). The region is synthetic (\`synthetischeRegio\` in \`scripts/bench/synthetisch.ts\`): ${SCHOLEN} schools,
${eenheden} afdelingen (${regio.capaciteitsgroepen.length} capaciteitsgroepen), seats 8% above the pupils of each level,
popularity lognormal (σ = 0.6) and unrelated to size, pupils favouring popular schools near home;
8% voorrang at the 1st choice, ${meerlingen} meerlingen. These are not the published Amsterdam or
Amstelland figures and do not predict them; they show how the mechanism behaves on a plausible region.

Figures are the mean over ${draws} draws (min–max in brackets). *Amstelland* is the procedure as
built: decentral lottery at the 1st choice (equivalent afdeling included), then the CP&L over
choices 2–5. *One DA-STB round* is the comparison: one deferred-acceptance round over all five
choices with voorrang at the 1st choice, as Amsterdam has done since 2016.

| | Amstelland (decentral + CP&L) | one DA-STB round |
|---|---|---|
| placed at 1st choice | ${kolommen((u) => aandeel(u, alle, (v) => v === 1))} |
| placed in top 3 | ${kolommen((u) => aandeel(u, alle, (v) => v !== null && v <= 3))} |
| unplaced after the last round | ${kolommen((u) => aandeel(u, alle, (v) => v === null))} |

Decentral round: ${reeks(amstelland, (u) => u.overingeschreven ?? 0, false)} afdelingen/capaciteitsgroepen over-subscribed,
${reeks(amstelland, (u) => u.uitgeloot ?? 0, false)} pupils uitgeloot, of whom the CP&L places
${reeks(amstelland, (u) =>
  aandeel(
    u,
    (id) => u.voorkeur.get(id) !== 1,
    (v) => v !== null,
  ),
)};
${reeks(amstelland, (u) => u.gelijkwaardig ?? 0, false)} placed on an equivalent afdeling at their 1st-choice school.

By advice level (placed at 1st choice | unplaced; Amstelland, then one round):

| level (pupils, list length) | 1st choice: Amstelland | 1st choice: one round | unplaced: Amstelland | unplaced: one round |
|---|---|---|---|---|
${perNiveau}

Unplaced pupils are those whose every listed afdeling filled with pupils ranked above them: with
lists of 2 or 5 schools that lean towards the popular schools nearby, a few percent remain even with
8% spare seats — which are, by stability, all at afdelingen these pupils did not list. The manual's *Plaatsen na CP&L … op 6e keuze*
(with the helpdesk) is the route for them; the simulator does not model it.`;
}
