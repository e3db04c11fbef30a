/**
 * Expected failures of the domain. Each carries a Dutch message meant for the user and a kind
 * that the edge (functions/src/middleware/http-errors.ts) maps to an HTTP status in one place.
 */
export type FoutSoort =
  | "ongeldige-invoer"
  | "niet-ingelogd"
  | "geen-toegang"
  | "niet-gevonden"
  | "conflict"
  | "verlopen"
  | "te-veel-verzoeken"
  | "storing";

export abstract class DomeinFout extends Error {
  abstract readonly soort: FoutSoort;
  /** Stable machine-readable code for clients and tests. */
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class OngeldigeInvoerFout extends DomeinFout {
  readonly soort = "ongeldige-invoer";
  readonly code = "ONGELDIGE_INVOER";
  constructor(
    message: string,
    readonly velden: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class InloggenMisluktFout extends DomeinFout {
  readonly soort = "niet-ingelogd";
  readonly code = "INLOGGEN_MISLUKT";
  constructor() {
    // The same words whether the username exists or not: nothing tells which.
    super("De combinatie van gebruikersnaam en wachtwoord is onjuist.");
  }
}

export class NietIngelogdFout extends DomeinFout {
  readonly soort = "niet-ingelogd";
  readonly code = "NIET_INGELOGD";
  constructor() {
    super("U bent niet (meer) ingelogd. Log opnieuw in.");
  }
}

export class GeenToegangFout extends DomeinFout {
  readonly soort = "geen-toegang";
  readonly code = "GEEN_TOEGANG";
  constructor() {
    super("U heeft geen toegang tot deze gegevens of deze actie.");
  }
}

export class NietGevondenFout extends DomeinFout {
  readonly soort = "niet-gevonden";
  readonly code = "NIET_GEVONDEN";
  constructor(wat = "De gevraagde gegevens") {
    super(`${wat} is niet gevonden.`);
  }
}

/** A write lost a race: someone else changed the item first (optimistic locking). */
export class GelijktijdigGewijzigdFout extends DomeinFout {
  readonly soort = "conflict";
  readonly code = "GELIJKTIJDIG_GEWIJZIGD";
  constructor(options?: { cause?: unknown }) {
    super(
      "Deze gegevens zijn intussen door iemand anders gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
      options,
    );
  }
}

/** A uniqueness claim is already held (username, BRIN + vestigingscode, ELK-nummer, BSN…). */
export class AlInGebruikFout extends DomeinFout {
  readonly soort = "conflict";
  readonly code = "AL_IN_GEBRUIK";
  constructor(
    message: string,
    readonly claim: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class TeVeelVerzoekenFout extends DomeinFout {
  readonly soort = "te-veel-verzoeken";
  readonly code = "TE_VEEL_VERZOEKEN";
  constructor() {
    super("Er worden op dit moment te veel verzoeken gedaan. Probeer het over een minuut opnieuw.");
  }
}

/**
 * A service the action needs was out of reach after the retries (issue #10, Faults); the message
 * says what stands and what to do. Anything unforeseen of the kind is the edge's generic 503.
 */
export class TijdelijkeStoringFout extends DomeinFout {
  readonly soort = "storing";
  readonly code = "TIJDELIJK_NIET_BESCHIKBAAR";
}
