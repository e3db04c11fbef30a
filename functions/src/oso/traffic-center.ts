/**
 * OSO-01 … OSO-06: ELK's side of the OSO Traffic Center (Kennisnet), behind one interface so the
 * local stand-in (scripts/local/oso/traffic-center.ts) and a production client can be swapped.
 *
 * The model: every school location that uses ELK has an *aanleverpunt* for ELK in Mijn OSO (a
 * number and a key). ELK registers it with the Traffic Center, pings it, and offers the
 * overstapdossiers it builds for that location's placed pupils; the Traffic Center routes each
 * dossier by the receiving school's BRIN + vestigingscode to that school's LAS, which fetches it.
 * ELK learns what was fetched — and whether the Traffic Center still lets the aanleverpunt
 * request transfers (it may clear that, OSO-02) — by asking the Traffic Center.
 */

export interface Aanleverpunt {
  /** The aanleverpuntnummer from Mijn OSO (a positive whole number; 0 means "not set"). */
  nummer: number;
  /** The aanleverpuntsleutel from Mijn OSO: a secret. */
  sleutel: string;
  brin: string;
  vestigingscode: string;
}

/** Why the Traffic Center refused a registration or a ping: what the user should check. */
export type AanleverpuntFout = "nummer" | "sleutel" | "brin-vestiging" | "geblokkeerd";

export type RegistratieUitkomst =
  | { ok: true; magOverdrachtAanvragen: boolean }
  | { ok: false; fout: AanleverpuntFout };

export type PingUitkomst = { ok: true; tijdstip: string } | { ok: false; fout: AanleverpuntFout };

export interface AangebodenDossier {
  /** ELK's id of the dossier (stable per pupil and school); with `versie` it names one delivery. */
  dossierId: string;
  /** 1, 2, …: a new version only when the content changed. Offering the same version again replaces it (idempotent). */
  versie: number;
  ontvanger: { brin: string; vestigingscode: string };
  /** The OSO POVO overstapdossier (XML, validates against the OSO gegevensset 2019.1 XSD). */
  xml: string;
}

export type AanbiedUitkomst =
  | { ok: true }
  | { ok: false; fout: AanleverpuntFout | "ongeldig-dossier"; melding?: string };

/** What happened to the aanleverpunt's dossiers since `sinds` (an opaque cursor, "" for all). */
export interface Overdrachten {
  magOverdrachtAanvragen: boolean;
  opgehaald: { dossierId: string; versie: number; opgehaaldOp: string }[];
  /** Pass this back as `sinds` next time. */
  cursor: string;
}

export interface OsoTrafficCenter {
  registreer(a: Aanleverpunt): Promise<RegistratieUitkomst>;
  ping(a: Pick<Aanleverpunt, "nummer" | "sleutel">): Promise<PingUitkomst>;
  biedAan(a: Pick<Aanleverpunt, "nummer" | "sleutel">, dossier: AangebodenDossier): Promise<AanbiedUitkomst>;
  overdrachten(a: Pick<Aanleverpunt, "nummer" | "sleutel">, sinds: string): Promise<Overdrachten>;
}
