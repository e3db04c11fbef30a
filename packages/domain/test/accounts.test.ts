import { describe, expect, it } from "vitest";
import {
  adresSleutel,
  bepaalOrganisatie,
  controleerBeheer,
  controleerMeekijken,
  controleerNieuwWachtwoord,
  controleerResetten,
  controleerRollen,
  controleerUitnodiging,
  type Gebruiker,
  GeenToegangFout,
  inlogSleutel,
  inlogVenster,
  isAdresGeblokkeerd,
  isGeblokkeerd,
  LinkOngeldigFout,
  mfaMogelijk,
  mfaVerplicht,
  NietGevondenFout,
  nieuweUitnodiging,
  normaliseerCode,
  OngeldigeInvoerFout,
  type School,
  toegestaneStappen,
  totpStap,
  voldoetAanWachtwoordRegels,
  volledigeNaam,
} from "../src";
import { maakActor, maakRegio } from "./factories";

const regio = maakRegio();
const school = (o: Partial<School> = {}): School => ({
  id: "school-a",
  bestuurId: "bestuur-a",
  officieleNaam: "Stichting A",
  naam: "School A",
  schooltype: "VO",
  particulier: false,
  brin: "11AA",
  vestigingscode: "00",
  adres: { straat: "s", huisnummer: "1", postcode: "1234 AB", plaats: "p" },
  telefoon: "",
  afdelingen: [],
  capaciteitsgroepen: [],
  ...o,
});
const gebruiker = (o: Partial<Gebruiker> = {}): Gebruiker => ({
  id: "doel",
  naam: "Doel",
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
  rollen: ["contactpersoon-elk"],
  organisatieType: "bestuur",
  schoolId: undefined,
  bestuurId: "bestuur-a",
});
const lb = maakActor({ rollen: ["beheren"], schoolId: "school-a", bestuurId: "bestuur-a" });

describe("password rules (ACC-03)", () => {
  it("ACC-03 at least 10 characters with upper, lower, digit and symbol; both entries equal", () => {
    expect(voldoetAanWachtwoordRegels("Kort-1a")).toBe(false);
    expect(voldoetAanWachtwoordRegels("zonderhoofdletter-1")).toBe(false);
    expect(voldoetAanWachtwoordRegels("ZonderCijfer-!")).toBe(false);
    expect(voldoetAanWachtwoordRegels("ZonderSymbool12")).toBe(false);
    expect(voldoetAanWachtwoordRegels("Precies-Goed1")).toBe(true);
    expect(() => controleerNieuwWachtwoord("Precies-Goed1", "Precies-Goed2")).toThrow(/niet gelijk/);
    expect(() => controleerNieuwWachtwoord("Precies-Goed1", "Precies-Goed1")).not.toThrow();
  });
});

describe("links (ACC-02, ACC-05)", () => {
  const nu = new Date("2026-11-30T10:00:00Z");
  it("ACC-02 an invitation link is valid for a week, once", () => {
    const u = nieuweUitnodiging("inloggegevens", "g", "hash", nu);
    expect(u.verlooptOp).toBe("2026-12-07T10:00:00.000Z");
    expect(controleerUitnodiging(u, "inloggegevens", nu)).toBe(u);
    expect(() => controleerUitnodiging({ ...u, gebruiktOp: nu.toISOString() }, "inloggegevens", nu)).toThrow(
      /al gebruikt/,
    );
    expect(() => controleerUitnodiging(u, "inloggegevens", new Date("2026-12-07T10:00:00Z"))).toThrow(
      /verlopen/,
    );
  });

  it("ACC-05 a password link expires after an hour and cannot activate an account", () => {
    const u = nieuweUitnodiging("wachtwoord", "g", "hash", nu);
    expect(() => controleerUitnodiging(u, "wachtwoord", new Date("2026-11-30T11:00:01Z"))).toThrow(
      LinkOngeldigFout,
    );
    expect(() => controleerUitnodiging(u, "inloggegevens", nu)).toThrow(/niet geldig/);
    expect(() => controleerUitnodiging(undefined, "wachtwoord", nu)).toThrow(/niet geldig/);
  });
});

describe("who creates which account (ACC-01, ACC-06)", () => {
  it("ACC-01 a locatiebeheerder creates users of its own school only, without choosing", () => {
    expect(bepaalOrganisatie(lb, { school: school() }, regio)).toMatchObject({
      organisatieType: "vo",
      schoolId: "school-a",
    });
    expect(() => bepaalOrganisatie(lb, { school: school({ id: "school-b" }) }, regio)).toThrow(
      GeenToegangFout,
    );
  });

  it("ACC-01 a contactpersoon ELK picks type and school, within its bestuur", () => {
    expect(() => bepaalOrganisatie(cp, { school: school() }, regio)).toThrow(/type organisatie/);
    expect(bepaalOrganisatie(cp, { organisatieType: "vo", school: school() }, regio).locatieNaam).toBe(
      "School A",
    );
    expect(() => bepaalOrganisatie(cp, { organisatieType: "po", school: school() }, regio)).toThrow(
      /geen PO-school/,
    );
    expect(() =>
      bepaalOrganisatie(cp, { organisatieType: "vo", school: school({ bestuurId: "bestuur-b" }) }, regio),
    ).toThrow(NietGevondenFout);
    expect(() =>
      bepaalOrganisatie(
        cp,
        { organisatieType: "bestuur", bestuur: { id: "bestuur-a", naam: "A", contactpersonen: [] } },
        regio,
      ),
    ).toThrow(GeenToegangFout);
  });

  it("ACC-06 roles fit the organisation: VO roles for VO, Amsterdam roles only where enabled", () => {
    const vo = { organisatieType: "vo" as const, locatieNaam: "A" };
    expect(controleerRollen(["aanmelden", "aanmelden", "beheren"], vo, regio)).toEqual([
      "aanmelden",
      "beheren",
    ]);
    expect(() => controleerRollen([], vo, regio)).toThrow(OngeldigeInvoerFout);
    expect(() => controleerRollen(["po-gebruiker"], vo, regio)).toThrow(/Deze rol bestaat niet/);
    expect(() => controleerRollen(["voorselecties"], vo, regio)).toThrow(/Deze rol bestaat niet/);
    expect(controleerRollen(["voorselecties"], vo, maakRegio({ extraRollen: ["voorselecties"] }))).toEqual([
      "voorselecties",
    ]);
  });

  it("ACC-05 only a contactpersoon ELK (or the region) resets; a locatiebeheerder manages but does not reset", () => {
    expect(() => controleerBeheer(lb, gebruiker(), regio)).not.toThrow();
    expect(() => controleerResetten(lb, gebruiker(), regio)).toThrow(GeenToegangFout);
    expect(() => controleerResetten(cp, gebruiker(), regio)).not.toThrow();
    expect(() => controleerBeheer(cp, gebruiker({ bestuurId: "bestuur-b" }), regio)).toThrow(
      NietGevondenFout,
    );
  });

  it("ACC-01 the full name is built from its Dutch parts", () => {
    expect(volledigeNaam({ voornaam: "Jan", tussenvoegsel: "van der", achternaam: "Berg" })).toBe(
      "Jan van der Berg",
    );
    expect(volledigeNaam({ voornaam: "Jan", tussenvoegsel: " ", achternaam: "Berg" })).toBe("Jan Berg");
  });
});

describe("meekijken (ACC-07)", () => {
  it("ACC-07 a contactpersoon looks along as an active school user of its own bestuur only", () => {
    expect(controleerMeekijken(cp, gebruiker(), regio).id).toBe("doel");
    expect(() => controleerMeekijken(cp, gebruiker({ bestuurId: "bestuur-b" }), regio)).toThrow(
      NietGevondenFout,
    );
    expect(() => controleerMeekijken(cp, gebruiker({ status: "uitgenodigd" }), regio)).toThrow(
      NietGevondenFout,
    );
    expect(() =>
      controleerMeekijken(
        cp,
        gebruiker({ organisatieType: "bestuur", rollen: ["contactpersoon-elk"] }),
        regio,
      ),
    ).toThrow(NietGevondenFout);
    expect(() => controleerMeekijken(lb, gebruiker(), regio)).toThrow(GeenToegangFout);
    expect(() =>
      controleerMeekijken({ ...cp, meekijkendDoor: { gebruikerId: "x", naam: "x" } }, gebruiker(), regio),
    ).toThrow(GeenToegangFout);
  });
});

describe("failed sign-ins (issue #10)", () => {
  it("ACC-03 counted per username, case-insensitively, in 15-minute windows; blocked from the tenth", () => {
    expect(inlogSleutel("  Ouder-AB ")).toBe("ouder-ab");
    const a = inlogVenster(new Date("2027-03-01T10:14:59Z"));
    const b = inlogVenster(new Date("2027-03-01T10:15:00Z"));
    expect(a.start).toBe("2027-03-01T10:00:00.000Z");
    expect(b.start).toBe("2027-03-01T10:15:00.000Z");
    expect(a.eindeSeconden).toBe(Date.parse("2027-03-01T10:15:00Z") / 1000);
    expect(isGeblokkeerd(9)).toBe(false);
    expect(isGeblokkeerd(10)).toBe(true);
  });
});

describe("MFA rules (issue #10)", () => {
  it("#10 ACC-MFA required for contactpersonen ELK and regiobeheerders, optional for other staff, never for parents", () => {
    expect(mfaVerplicht({ rollen: ["regiobeheerder"], organisatieType: "regio" })).toBe(true);
    expect(mfaVerplicht({ rollen: ["contactpersoon-elk"], organisatieType: "bestuur" })).toBe(true);
    expect(mfaVerplicht({ rollen: ["beheren", "aanmelden"], organisatieType: "vo" })).toBe(false);
    expect(mfaMogelijk({ rollen: ["aanmelden"], organisatieType: "vo" })).toBe(true);
    expect(mfaMogelijk({ rollen: [], organisatieType: "ouder" })).toBe(false);
    expect(mfaVerplicht({ rollen: ["regiobeheerder"], organisatieType: "ouder" })).toBe(false);
  });

  it("#10 ACC-MFA the accepted steps: now, one back, one ahead (RFC 6238 §5.2)", () => {
    const nu = new Date(1_111_111_111_000);
    const stap = totpStap(nu);
    expect(stap).toBe(37_037_037);
    expect(toegestaneStappen(nu)).toEqual([stap, stap - 1, stap + 1]);
  });

  it("#10 ACC-MFA a code as typed: spaces or a dash allowed, six digits required", () => {
    expect(normaliseerCode("123 456")).toBe("123456");
    expect(normaliseerCode("123-456")).toBe("123456");
    expect(normaliseerCode("12345")).toBeUndefined();
    expect(normaliseerCode("12345a")).toBeUndefined();
  });
});

describe("throttling per address (issue #10)", () => {
  it("#10 ACC-03 fifty failures per window from one address, counted apart from usernames", () => {
    expect(isAdresGeblokkeerd(49)).toBe(false);
    expect(isAdresGeblokkeerd(50)).toBe(true);
    expect(adresSleutel("203.0.113.7")).toBe("ADRES#203.0.113.7");
    expect(adresSleutel("::ffff:203.0.113.7")).toBe("ADRES#203.0.113.7");
    // An IPv6 host holds a whole /64: counted by it.
    expect(adresSleutel("2001:db8:1:2:aaaa::1")).toBe("ADRES#2001:db8:1:2::/64");
    expect(adresSleutel("2001:DB8:1:2:bbbb:cccc:dddd:eeee")).toBe("ADRES#2001:db8:1:2::/64");
    // No username (lower-cased) can take an address's counter.
    expect(inlogSleutel("ADRES#203.0.113.7")).not.toBe(adresSleutel("203.0.113.7"));
  });
});
