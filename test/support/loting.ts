import { api } from "./api";

/**
 * Follows a run made final until the lottery worker has drawn and applied it (LOT-02, LOT-03),
 * as the screen does: the state, asked again while it says "toepassen" and nothing failed.
 */
export async function wachtTotToegepast<T extends { status: string; mislukt?: number }>(
  pad: string,
  token: string,
  ms = 30_000,
  baseUrl?: string,
): Promise<T> {
  const tot = Date.now() + ms;
  for (;;) {
    const res = await api<T>("GET", pad, { token, baseUrl });
    if (res.status !== 200) throw new Error(`GET ${pad}: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.status !== "toepassen" || (res.body.mislukt ?? 0) > 0) return res.body;
    if (Date.now() > tot) throw new Error(`${pad} still being applied after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
