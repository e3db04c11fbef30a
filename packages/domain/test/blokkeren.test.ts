import { describe, expect, it } from "vitest";
import {
  AccountStatusFout,
  blokkeer,
  controleerResetbaar,
  deblokkeer,
  EigenAccountFout,
  type Gebruiker,
  GeenToegangFout,
  isLinkIngetrokken,
  NietGevondenFout,
} from "../src";
import { maakActor, maakRegio } from "./factories";

const regio = maakRegio();
const gebruiker = (o: Partial<Gebruiker> = {}): Gebruiker => ({
  id: "doel",
  naam: "Doel Gebruiker",
  gebruikersnaam: "doel",
  email: "d@example.org",
  rollen: ["aanmelden"],
  organisatieType: "vo",
  schoolId: "school-a",
  bestuurId: "bestuur-a",
  locatieNaam: "School A",
  status: "actief",
  aangemaaktOp: "2026-11-30T00:00:00.000Z",
  ...o,
});
const cp = maakActor({
  gebruikerId: "cp",
  rollen: ["contactpersoon-elk"],
  organisatieType: "bestuur",
  schoolId: undefined,
  bestuurId: "bestuur-a",
});
const lb = maakActor({
  gebruikerId: "lb",
  rollen: ["beheren"],
  schoolId: "school-a",
  bestuurId: "bestuur-a",
});
const rb = maakActor({
  gebruikerId: "rb",
  rollen: ["regiobeheerder"],
  organisatieType: "regio",
  schoolId: undefined,
  bestuurId: undefined,
});

describe("blocking an account (issue #10)", () => {
  it("#10 whoever may reset may block: the contactpersoon ELK within its bestuur, the region anyone", () => {
    expect(blokkeer(cp, gebruiker(), regio)).toBe("geblokkeerd");
    expect(blokkeer(rb, gebruiker({ organisatieType: "bestuur", schoolId: undefined }), regio)).toBe(
      "geblokkeerd",
    );
    expect(() => blokkeer(lb, gebruiker(), regio)).toThrow(GeenToegangFout);
    expect(() => blokkeer(cp, gebruiker({ bestuurId: "bestuur-b" }), regio)).toThrow(NietGevondenFout);
    expect(() => blokkeer(maakActor({ rollen: ["aanmelden"] }), gebruiker(), regio)).toThrow(
      NietGevondenFout,
    );
  });

  it("#10 nobody blocks or unblocks its own account", () => {
    expect(() => blokkeer(rb, gebruiker({ id: "rb", organisatieType: "regio" }), regio)).toThrow(
      EigenAccountFout,
    );
    expect(() => deblokkeer(cp, gebruiker({ id: "cp", status: "geblokkeerd" }), regio)).toThrow(
      "U kunt uw eigen account niet blokkeren of deblokkeren.",
    );
  });

  it("#10 blocking twice or unblocking an unblocked account is a 409 with a Dutch message", () => {
    expect(() => blokkeer(cp, gebruiker({ status: "geblokkeerd" }), regio)).toThrow(
      new AccountStatusFout("Het account van Doel Gebruiker is al geblokkeerd."),
    );
    expect(() => deblokkeer(cp, gebruiker(), regio)).toThrow(
      "Het account van Doel Gebruiker is niet geblokkeerd.",
    );
    expect(() => controleerResetbaar(gebruiker({ status: "geblokkeerd" }))).toThrow(
      /Deblokkeer het account eerst/,
    );
  });

  it("#10 unblocking gives back 'actief' once set up, else 'uitgenodigd'", () => {
    expect(deblokkeer(cp, gebruiker({ status: "geblokkeerd" }), regio)).toBe("actief");
    expect(deblokkeer(cp, gebruiker({ status: "geblokkeerd", gebruikersnaam: undefined }), regio)).toBe(
      "uitgenodigd",
    );
  });

  it("#10 a link made before the sessions were ended is dead; one of that very moment holds", () => {
    const vanaf = "2026-12-01T10:00:00.000Z";
    expect(isLinkIngetrokken({ aangemaaktOp: "2026-12-01T09:59:59.999Z" }, vanaf)).toBe(true);
    expect(isLinkIngetrokken({ aangemaaktOp: vanaf }, vanaf)).toBe(false);
    expect(isLinkIngetrokken({ aangemaaktOp: "2026-01-01T00:00:00.000Z" }, undefined)).toBe(false);
  });
});
