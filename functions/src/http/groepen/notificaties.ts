import type { NotificatieLijst, ROUTES } from "@elk/contracts";
import {
  listNotificaties,
  markeerAlleNotificatiesGelezen,
  markeerNotificatieGelezen,
  type ZichtbareNotificatie,
} from "@elk/data";
import { type Actor, vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";

/** The newest this many are listed; the service menu shows the first few of them. */
const MAX = 100;

function alsRegel(n: ZichtbareNotificatie): NotificatieLijst["items"][number] {
  return {
    id: n.verwijzing,
    op: n.moment,
    soort: n.soort,
    tekst: n.tekst,
    ...(n.leerlingNaam ? { leerlingNaam: n.leerlingNaam } : {}),
    ...(n.elkNummer ? { elkNummer: n.elkNummer } : {}),
    ...(n.aanmeldingId ? { aanmeldingId: n.aanmeldingId } : {}),
    gelezen: n.gelezen,
  };
}

async function lijstVan(actor: Actor, nu: Date): Promise<NotificatieLijst> {
  const items = (await listNotificaties(getDb(), actor.gebruikerId, nu, MAX)).map(alsRegel);
  return { items, ongelezen: items.filter((n) => !n.gelezen).length };
}

/**
 * GRP-04 / PO-03: Notificaties top right — the user's own, newest first, unread ones marked;
 * a message held back (TRT-05) appears only once its moment has come.
 */
export async function notificaties(
  req: IngelogdVerzoek<typeof ROUTES.notificaties>,
): Promise<NotificatieLijst> {
  vereis(req.actor, "notificaties.lezen", getRegionConfig());
  return lijstVan(req.actor, new Date());
}

/** GRP-04: opening a notification marks it read; someone else's is "not found". */
export async function notificatieGelezen(
  req: IngelogdVerzoek<typeof ROUTES.notificatieGelezen>,
): Promise<NotificatieLijst> {
  vereis(req.actor, "notificaties.lezen", getRegionConfig());
  const nu = new Date();
  await markeerNotificatieGelezen(getDb(), req.actor.gebruikerId, req.params.notificatieId ?? "", nu);
  return lijstVan(req.actor, nu);
}

/** GRP-04: "Alles gelezen". */
export async function alleGelezen(
  req: IngelogdVerzoek<typeof ROUTES.alleGelezen>,
): Promise<NotificatieLijst> {
  vereis(req.actor, "notificaties.lezen", getRegionConfig());
  const nu = new Date();
  await markeerAlleNotificatiesGelezen(getDb(), req.actor.gebruikerId, nu);
  return lijstVan(req.actor, nu);
}
