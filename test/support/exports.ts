import type { ExportDownload, ExportStand } from "@elk/contracts";
import ExcelJS from "exceljs";
import { api } from "./api";

/** Ask for an export, wait for the worker to finish it, download it and open it with exceljs. */
export async function maakExport(
  token: string,
  body: Record<string, unknown>,
): Promise<{
  blad: ExcelJS.Worksheet;
  stand: ExportStand;
  koppen: string[];
  rijen: Record<string, unknown>[];
}> {
  const start = await api<ExportStand>("POST", "/api/exports", {
    token,
    body: { schooljaar: "2026-2027", ...body },
  });
  if (start.status !== 200) throw new Error(`export: ${start.status} ${JSON.stringify(start.body)}`);
  let stand = start.body;
  for (let i = 0; i < 150 && (stand.status === "wachtrij" || stand.status === "bezig"); i++) {
    await new Promise((r) => setTimeout(r, 100));
    stand = (await api<ExportStand>("GET", `/api/exports/${stand.id}`, { token })).body;
  }
  if (stand.status !== "klaar") throw new Error(`export not ready: ${JSON.stringify(stand)}`);
  const link = await api<ExportDownload>("POST", `/api/exports/${stand.id}/download`, { token });
  if (link.status !== 200) throw new Error(`download: ${link.status} ${JSON.stringify(link.body)}`);
  const bestand = await fetch(link.body.url);
  if (!bestand.ok) throw new Error(`file: ${bestand.status}`);
  return { ...(await leesWerkboek(Buffer.from(await bestand.arrayBuffer()))), stand };
}

/** The first sheet: its header row and every row as an object by header. */
export async function leesWerkboek(bestand: Buffer) {
  const werkboek = new ExcelJS.Workbook();
  await werkboek.xlsx.load(bestand as unknown as ArrayBuffer);
  const blad = werkboek.worksheets[0];
  if (!blad) throw new Error("no sheet");
  const koppen = (blad.getRow(1).values as unknown[]).slice(1).map(String);
  const rijen: Record<string, unknown>[] = [];
  blad.eachRow((rij, n) => {
    if (n === 1) return;
    const waarden = rij.values as unknown[];
    rijen.push(Object.fromEntries(koppen.map((k, i) => [k, waarden[i + 1]])));
  });
  return { blad, koppen, rijen };
}
