import type { NieuwsBeheerItem } from "@elk/contracts";
import type { MetVersie } from "@elk/data";
import { type Nieuwsbericht, nieuwsStatus } from "@elk/domain";

export function alsNieuwsBeheerItem(bericht: MetVersie<Nieuwsbericht>): NieuwsBeheerItem {
  return {
    id: bericht.id,
    titel: bericht.titel,
    tekst: bericht.tekst,
    bron: bericht.bron,
    status: nieuwsStatus(bericht),
    aangemaaktOp: bericht.aangemaaktOp,
    gepubliceerdOp: bericht.gepubliceerdOp,
    ingetrokkenOp: bericht.ingetrokkenOp,
    version: bericht.version,
  };
}
