import { DomeinFout } from "../fouten/domein-fout";

/**
 * A single-use, expiring link (ACC-02, ACC-05): "inloggegevens" to set username and password,
 * "wachtwoord" to reset a forgotten password. Only a hash of the token is stored.
 */
export type UitnodigingSoort = "inloggegevens" | "wachtwoord";

export interface Uitnodiging {
  tokenHash: string;
  soort: UitnodigingSoort;
  gebruikerId: string;
  aangemaaktOp: string;
  verlooptOp: string;
  gebruiktOp?: string;
}

/** How long a link stays valid: a week to set up an account, an hour for a password reset. */
export const GELDIGHEID_MS: Record<UitnodigingSoort, number> = {
  inloggegevens: 7 * 24 * 60 * 60 * 1000,
  wachtwoord: 60 * 60 * 1000,
};

export class LinkOngeldigFout extends DomeinFout {
  readonly soort = "verlopen";
  readonly code: "LINK_GEBRUIKT" | "LINK_VERLOPEN" | "LINK_ONBEKEND";
  constructor(reden: "gebruikt" | "verlopen" | "onbekend") {
    super(
      reden === "gebruikt"
        ? "Deze link is al gebruikt. Een link werkt maar één keer. Vraag je contactpersoon ELK of locatiebeheerder om een nieuwe e-mail."
        : reden === "verlopen"
          ? "Deze link is verlopen. Vraag je contactpersoon ELK of locatiebeheerder om een nieuwe e-mail, of gebruik 'Wachtwoord vergeten' op de inlogpagina."
          : "Deze link is niet geldig. Controleer of je de hele link uit de e-mail hebt gebruikt.",
    );
    this.code =
      reden === "gebruikt" ? "LINK_GEBRUIKT" : reden === "verlopen" ? "LINK_VERLOPEN" : "LINK_ONBEKEND";
  }
}

export function nieuweUitnodiging(
  soort: UitnodigingSoort,
  gebruikerId: string,
  tokenHash: string,
  nu: Date,
): Uitnodiging {
  return {
    tokenHash,
    soort,
    gebruikerId,
    aangemaaktOp: nu.toISOString(),
    verlooptOp: new Date(nu.getTime() + GELDIGHEID_MS[soort]).toISOString(),
  };
}

/** A link works once, before it expires, and only for what it was made for. */
export function controleerUitnodiging(
  uitnodiging: Uitnodiging | undefined,
  soort: UitnodigingSoort,
  nu: Date,
): Uitnodiging {
  if (!uitnodiging || uitnodiging.soort !== soort) throw new LinkOngeldigFout("onbekend");
  if (uitnodiging.gebruiktOp) throw new LinkOngeldigFout("gebruikt");
  if (new Date(uitnodiging.verlooptOp).getTime() <= nu.getTime()) throw new LinkOngeldigFout("verlopen");
  return uitnodiging;
}
