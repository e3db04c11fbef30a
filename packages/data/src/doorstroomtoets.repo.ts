import type { Advies } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import type { OkidocRecord } from "./okidoc.repo";
import { type Gebeurtenis, type Opgeslagen, schrijf } from "./transact";

/** PO-02: an advice raised after the doorstroomtoets, kept on the oki-doc next to its results. */
export interface BijgesteldAdvies {
  advies: Advies;
  op: string;
  door: string;
}

export type OkidocMetToets = OkidocRecord & { bijgesteldAdvies?: BijgesteldAdvies };

/**
 * PO-02: the doorstroomtoets results are fields of the oki-doc (its "Leerresultaten en toetsen"),
 * written here whatever the oki-doc's state — the results arrive after it was released. Without
 * an oki-doc yet, a concept is created holding them. A later write only if nobody changed the
 * oki-doc since it was read.
 */
export async function slaDoorstroomtoetsOp(
  db: Db,
  p: {
    vorige: Opgeslagen<OkidocMetToets> | undefined;
    nieuw: OkidocMetToets;
    gebeurtenis: Gebeurtenis;
  },
): Promise<void> {
  const { vorige, nieuw } = p;
  const bijgesteld = nieuw.bijgesteldAdvies ? { bijgesteldAdvies: nieuw.bijgesteldAdvies } : {};
  await schrijf(db, {
    nieuw: vorige ? [] : [{ ...keys.okidoc(nieuw.leerlingId), type: "Okidoc", ...nieuw }],
    bijwerken: vorige
      ? [
          {
            key: keys.okidoc(vorige.leerlingId),
            zet: {
              velden: nieuw.velden,
              gewijzigdOp: nieuw.gewijzigdOp,
              version: vorige.version + 1,
              ...bijgesteld,
            },
            voorwaarde: {
              expressie: "#a0 = :c0",
              namen: { "#a0": "version" },
              waarden: { ":c0": vorige.version },
            },
          },
        ]
      : [],
    gebeurtenissen: [p.gebeurtenis],
  });
}
