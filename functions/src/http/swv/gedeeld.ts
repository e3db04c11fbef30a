import type { SwvAanvraagDetail, SwvAanvraagRegel, SwvGebeurtenis } from "@elk/contracts";
import {
  type Db,
  type Gebeurtenis,
  getAanmelding,
  getSwvAanvraag,
  listSwvBijlagen,
  listSwvGebeurtenissen,
  type Opgeslagen,
} from "@elk/data";
import {
  type Actor,
  behandelendeSchool,
  bestandToegang,
  controleerSwvLeerling,
  controleerSwvToegang,
  type Door,
  eigenSwvAanvraag,
  magBestandDownloaden,
  OKIDOC_BIJLAGE_MAX_BYTES,
  OKIDOC_BIJLAGE_TYPEN,
  type RegionConfig,
  SWV_MAX_BIJLAGEN,
  type SwvAanvraag,
  swvActiesVoor,
} from "@elk/domain";

/**
 * A request of the actor's own school, after the check that the actor reaches requests at all:
 * in a region without the roles that is a 403 before anything is read; another school's request
 * is "not found".
 */
export async function eigenAanvraag(
  db: Db,
  actor: Actor,
  config: RegionConfig,
  aanvraagId: string | undefined,
): Promise<Opgeslagen<SwvAanvraag>> {
  const schoolId = controleerSwvToegang(actor, config);
  return eigenSwvAanvraag(await getSwvAanvraag(db, aanvraagId ?? ""), schoolId);
}

/** Who acts, as a request records it. */
export function door(actor: Pick<Actor, "gebruikerId" | "naam">): Door {
  return { gebruikerId: actor.gebruikerId, naam: actor.naam };
}

/**
 * The pupil must (still) be registered or placed at the school, in the request's school year:
 * checked when drafting, offering and sending.
 */
export async function controleerLeerlingBijSchool(
  db: Db,
  aanmeldingId: string,
  schoolId: string,
  schooljaar: string,
) {
  const aanmelding = await getAanmelding(db, aanmeldingId);
  const inJaar = aanmelding && aanmelding.schooljaar === schooljaar ? aanmelding : undefined;
  controleerSwvLeerling(
    inJaar && { status: inJaar.status, behandelendeSchoolId: behandelendeSchool(inJaar) },
    schoolId,
  );
  return inJaar as NonNullable<typeof inJaar>;
}

/** Where a request's bijlagen live in the files bucket. */
export const swvS3 = {
  bijlage: (schooljaar: string, aanvraagId: string, id: string) =>
    `swv/${schooljaar}/${aanvraagId}/bijlagen/${id}`,
};

/** The steps of the history the screen shows; reads (downloads) are recorded for audit only. */
const GETOOND = new Set([
  "aangemaakt",
  "gewijzigd",
  "bijlage-toegevoegd",
  "bijlage-verwijderd",
  "ingediend",
  "teruggestuurd",
  "verstuurd",
]);

function toelichting(g: Gebeurtenis): string | undefined {
  const gegevens = g.gegevens ?? {};
  const tekst = (veld: string) =>
    typeof gegevens[veld] === "string" ? (gegevens[veld] as string) : undefined;
  if (g.soort === "teruggestuurd") return tekst("opmerking");
  if (g.soort === "bijlage-toegevoegd" || g.soort === "bijlage-verwijderd") return tekst("bestandsnaam");
  if (g.soort === "verstuurd") return `${tekst("naam") ?? ""} (${tekst("email") ?? ""})`;
  return undefined;
}

function alsGebeurtenis(g: Gebeurtenis): SwvGebeurtenis {
  const uitleg = toelichting(g);
  return {
    op: g.tijdstip,
    soort: g.soort,
    door: g.door === "systeem" ? "ELK" : g.door.naam,
    ...(g.door !== "systeem" && g.door.meekijkendDoor ? { meekijkendDoor: g.door.meekijkendDoor.naam } : {}),
    ...(uitleg ? { toelichting: uitleg } : {}),
  };
}

export function alsRegel(a: SwvAanvraag): SwvAanvraagRegel {
  return {
    id: a.id,
    leerling: { aanmeldingId: a.aanmeldingId, naam: a.leerlingNaam, elkNummer: a.elkNummer },
    soort: a.soort,
    status: a.status,
    aangemaaktOp: a.aangemaaktOp,
    aangemaaktDoor: { naam: a.aangemaaktDoor.naam },
    gewijzigdOp: a.gewijzigdOp,
    ...(a.verstuurd ? { verstuurdOp: a.verstuurd.op } : {}),
    teruggestuurd:
      a.status === "concept" &&
      a.teruggestuurd !== undefined &&
      (!a.ingediend || a.teruggestuurd.op >= a.ingediend.op),
  };
}

/** A request as the screen shows it: with its bijlagen, its history and what the actor may do now. */
export async function weergave(
  db: Db,
  actor: Actor,
  config: RegionConfig,
  a: SwvAanvraag & { version: number },
): Promise<SwvAanvraagDetail> {
  const [bijlagen, gebeurtenissen] = await Promise.all([
    listSwvBijlagen(db, a.id),
    listSwvGebeurtenissen(db, a.id),
  ]);
  return {
    ...alsRegel(a),
    schooljaar: a.schooljaar,
    motivatie: a.motivatie,
    ...(a.ingediend ? { ingediend: { op: a.ingediend.op, door: { naam: a.ingediend.door.naam } } } : {}),
    ...(a.teruggestuurd
      ? {
          laatstTeruggestuurd: {
            op: a.teruggestuurd.op,
            door: { naam: a.teruggestuurd.door.naam },
            opmerking: a.teruggestuurd.opmerking,
          },
        }
      : {}),
    ...(a.verstuurd
      ? { verstuurd: { op: a.verstuurd.op, door: { naam: a.verstuurd.door.naam }, aan: a.verstuurd.aan } }
      : {}),
    // Issue #10: a file still being scanned is listed with its state and no download; one found
    // unsafe only for whoever added it (bestandToegang; the download asks the same rule).
    bijlagen: bijlagen.flatMap((b) => {
      const toegang = bestandToegang(
        b.scan,
        b.toegevoegdDoor.gebruikerId === actor.gebruikerId ? "uploader" : "ander",
      );
      if (!toegang.vermelden) return [];
      return [
        {
          id: b.id,
          bestandsnaam: b.bestandsnaam,
          contentType: b.contentType,
          grootte: b.grootte,
          toegevoegdOp: b.toegevoegdOp,
          toegevoegdDoor: { naam: b.toegevoegdDoor.naam },
          scan: b.scan ?? "bezig",
          downloadbaar: magBestandDownloaden(b.scan, "ander"),
          ...(toegang.melding ? { melding: toegang.melding } : {}),
        },
      ];
    }),
    historie: gebeurtenissen
      .filter((g) => GETOOND.has(g.soort))
      .sort((x, y) => x.tijdstip.localeCompare(y.tijdstip))
      .map(alsGebeurtenis),
    acties: swvActiesVoor(actor, config, a),
    bijlageEisen: {
      typen: Object.fromEntries(
        Object.entries(OKIDOC_BIJLAGE_TYPEN).map(([type, t]) => [
          type,
          { label: t.label, extensies: [...t.extensies] },
        ]),
      ),
      maxBytes: OKIDOC_BIJLAGE_MAX_BYTES,
      maxAantal: SWV_MAX_BIJLAGEN,
    },
    ...(config.samenwerkingsverband ? { samenwerkingsverband: { ...config.samenwerkingsverband } } : {}),
    version: a.version,
  };
}
