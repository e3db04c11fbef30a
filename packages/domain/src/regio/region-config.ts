import type { Advies } from "../organisatie/organisatie";
import type { Rol } from "../organisatie/rollen";

/** Actions the manual names that only some regions have (TRT-13). */
export type RegioActie = "advies-setting-aanpassen" | "doorbegeleiden";

export interface HelpdeskContact {
  naam: string;
  email: string;
  telefoon: string;
  url?: string;
}

/**
 * A region is configuration, not code (ARCHITECTURE.md). The domain receives this; nothing
 * branches on a region's name.
 */
export interface RegionConfig {
  id: string;
  naam: string;
  /** "ELK Amstelland" — the product name as the region's users know it. */
  productNaam: string;
  beheerorganisatie: string;
  domein: string;
  /**
   * The region's colour (the accent design token), the text beside its emblem, and the emblem
   * itself: a path on the site (the frontend's public/regio/) or an https URL, SVG or PNG.
   */
  huisstijl: { primaireKleur: string; logoTekst: string; logo?: string };
  helpdesk: HelpdeskContact;
  /** The region's project leader, mailed on *niet plaatsen* (TRT-06). */
  projectleider: { naam: string; email: string };
  /**
   * The samenwerkingsverband passend onderwijs that receives the VO schools' requests for extra
   * support (Aanvragen SWV, where the region enables those roles). Absent: the region has none.
   */
  samenwerkingsverband?: { naam: string; email: string };
  /** Roles besides the common ones that this region enables (ACC-06). */
  extraRollen: readonly Rol[];
  extraActies: readonly RegioActie[];
  /** Prefix of ELK-nummers issued here; buitenleerlingen get "B" (REG-08). */
  elkNummerPrefix: string;
  kalender: {
    /** The school years data are kept for, newest last (HOME-04). */
    schooljaren: readonly string[];
    /** ISO dates, inclusive, in Europe/Amsterdam (REG-10). */
    aanmeldperiode: { van: string; tot: string };
    /** Announcement of CP&L results, ISO date-time (LOT-04). */
    bekendmaking: string;
  };
  /**
   * Issue #10 (AVG): months after a school year ends (31 July) that its personal data are kept;
   * then the retention job removes them (packages/domain bewaren/bewaartermijn.ts). 12 to 120.
   */
  bewaartermijnMaanden: number;
  /** Addresses mails are sent from. */
  mail: { afzender: string; antwoordAan: string };
  /**
   * How pupils are placed when schools are over-subscribed (LOT-02, LOT-03): the over-subscribed
   * schools draw among their 1st-choice registrations first and the CP&L places the losers over
   * choices 2–5 (decentrale-loting-en-cpl); or one central draw for all (centrale-loting).
   */
  plaatsingsprocedure: "decentrale-loting-en-cpl" | "centrale-loting";
  /** REG-02 / REG-03: the voorkeurslijst as this region has it. */
  voorkeurslijst: {
    /** How many schools a final list holds, per advice. */
    lengtePerAdvies: Readonly<Record<Advies, number>>;
    /** Whether a 1st-choice school may grant voorrang (broer/zus, kind van medewerker). */
    voorrang: boolean;
  };
}

/** LOT-02: whether this region's schools draw among their 1st-choice registrations before the CP&L. */
export function heeftDecentraleLoting(config: Pick<RegionConfig, "plaatsingsprocedure">): boolean {
  return config.plaatsingsprocedure === "decentrale-loting-en-cpl";
}
