import { describe, expect, it } from "vitest";
import { bereikVan, GeenToegangFout, geldigeRollen, mag, menuVoor, PERMISSIES, vereis } from "../src";
import { maakActor, maakRegio } from "./factories";

const regio = maakRegio();

describe("permission table", () => {
  it("ARCH-AUTH every permission names a known reach", () => {
    for (const p of PERMISSIES) expect(["regio", "bestuur", "school", "eigen"]).toContain(p.bereik);
  });

  it("ARCH-AUTH a locatiebeheerder reaches its own school and no other", () => {
    const lb = maakActor({ rollen: ["beheren"], schoolId: "school-a" });
    expect(mag(lb, "scholen.wijzigen", regio, { schoolId: "school-a" })).toBe(true);
    expect(mag(lb, "scholen.wijzigen", regio, { schoolId: "school-b" })).toBe(false);
    expect(() => vereis(lb, "scholen.wijzigen", regio, { schoolId: "school-b" })).toThrow(GeenToegangFout);
  });

  it("ARCH-AUTH a contactpersoon ELK reaches the schools of its bestuur, not another bestuur", () => {
    const cp = maakActor({
      rollen: ["contactpersoon-elk"],
      organisatieType: "bestuur",
      schoolId: undefined,
      bestuurId: "b1",
    });
    expect(mag(cp, "scholen.lezen", regio, { schoolId: "x", bestuurId: "b1" })).toBe(true);
    expect(mag(cp, "scholen.lezen", regio, { schoolId: "y", bestuurId: "b2" })).toBe(false);
    expect(bereikVan(cp, "scholen.lezen", regio)).toBe("bestuur");
  });

  it("ARCH-AUTH the region administrator reaches every school; a PO user cannot place", () => {
    const rb = maakActor({
      rollen: ["regiobeheerder"],
      organisatieType: "regio",
      schoolId: undefined,
      bestuurId: undefined,
    });
    expect(mag(rb, "scholen.wijzigen", regio, { schoolId: "any", bestuurId: "any" })).toBe(true);
    expect(bereikVan(rb, "scholen.lezen", regio)).toBe("regio");
    const po = maakActor({ rollen: ["po-gebruiker"], organisatieType: "po" });
    expect(mag(po, "leerlingen.plaatsen", regio)).toBe(false);
  });

  it("ACC-06 the Amsterdam-only roles count only where the region enables them", () => {
    const actor = maakActor({ rollen: ["beheren", "voorselecties"] });
    expect(geldigeRollen(actor, regio)).toEqual(["beheren"]);
    expect(mag(actor, "voorselecties.beheren", regio)).toBe(false);
    const amsterdam = maakRegio({ extraRollen: ["voorselecties"] });
    expect(geldigeRollen(actor, amsterdam)).toEqual(["beheren", "voorselecties"]);
    expect(mag(actor, "voorselecties.beheren", amsterdam)).toBe(true);
  });

  it("ACC-06 each VO role does what the manual says and no more", () => {
    const aanmelder = maakActor({ rollen: ["aanmelden"] });
    const plaatser = maakActor({ rollen: ["beoordelen-en-plaatsen"] });
    expect(mag(aanmelder, "leerlingen.aanmelden", regio)).toBe(true);
    expect(mag(aanmelder, "okidoc.inzien", regio)).toBe(false);
    expect(mag(plaatser, "okidoc.inzien", regio)).toBe(true);
    expect(mag(plaatser, "leerlingen.plaatsen", regio)).toBe(true);
    expect(mag(plaatser, "gebruikers.beheren", regio)).toBe(false);
  });
});

describe("menu", () => {
  const labels = (groepen: ReturnType<typeof menuVoor>) =>
    Object.fromEntries(groepen.map((g) => [g.id, g.items.map((i) => i.scherm)]));

  it("HOME-02 a locatiebeheerder sees Leerlingen, OSO monitoring and Overzichten", () => {
    const menu = labels(menuVoor(maakActor({ rollen: ["beheren"] }), regio));
    expect(menu.leerlingen).toEqual(["leerlingen.overzicht"]);
    expect(menu.oso).toEqual(["oso.monitoren"]);
    expect(menu.overzichten).toContain("overzichten.doorstroomtoets");
    expect(menu.instellingen).toEqual([
      "instellingen.groepen",
      "instellingen.gebruikers",
      "instellingen.scholen",
    ]);
  });

  it("HOME-02 a contactpersoon ELK sees its own options: OSO > Configureren, Scholen, Gebruikers", () => {
    const cp = maakActor({ rollen: ["contactpersoon-elk"], organisatieType: "bestuur", schoolId: undefined });
    const menu = labels(menuVoor(cp, regio));
    expect(menu.leerlingen).toBeUndefined();
    expect(menu.overzichten).toBeUndefined();
    expect(menu.oso).toEqual(["oso.configureren"]);
    expect(menu.instellingen).toEqual(["instellingen.gebruikers", "instellingen.scholen"]);
  });

  it("HOME-02 OSO and Overzichten are only for locatiebeheerders among school users", () => {
    const menu = labels(menuVoor(maakActor({ rollen: ["aanmelden"] }), regio));
    expect(menu.oso).toBeUndefined();
    expect(menu.overzichten).toBeUndefined();
    expect(menu.leerlingen).toEqual(["leerlingen.overzicht", "leerlingen.aanmelden"]);
    expect(menu.instellingen).toEqual(["instellingen.groepen"]);
  });

  it("HOME-01 only the region administrator writes news", () => {
    const rb = maakActor({ rollen: ["regiobeheerder"], organisatieType: "regio" });
    expect(labels(menuVoor(rb, regio)).instellingen).toContain("instellingen.nieuws");
    expect(labels(menuVoor(maakActor(), regio)).instellingen).not.toContain("instellingen.nieuws");
  });
});

describe("ouderportaal (ACC-09)", () => {
  it("ACC-09 a parent reaches only its own child, and no staff screen", () => {
    const ouder = maakActor({
      rollen: ["ouder"],
      organisatieType: "ouder",
      schoolId: undefined,
      bestuurId: undefined,
      leerlingIds: ["kind-1"],
    });
    expect(mag(ouder, "ouderportaal.gebruiken", regio, { leerlingId: "kind-1" })).toBe(true);
    expect(mag(ouder, "ouderportaal.gebruiken", regio, { leerlingId: "kind-2" })).toBe(false);
    expect(mag(ouder, "leerlingen.inzien", regio)).toBe(false);
    expect(menuVoor(ouder, regio)).toEqual([]);
  });
});

describe("menu per kind of organisation", () => {
  it("HOME-02 PO-01 a PO user keeps its pupils; a VO locatiebeheerder does not see that screen", () => {
    const po = maakActor({ rollen: ["po-gebruiker"], organisatieType: "po" });
    const poBeheer = maakActor({ rollen: ["beheren"], organisatieType: "po" });
    const vo = maakActor({ rollen: ["beheren"], organisatieType: "vo" });
    const schermen = (a: ReturnType<typeof maakActor>) =>
      menuVoor(a, regio).flatMap((g) => g.items.map((i) => i.scherm));
    expect(schermen(po)).toContain("leerlingen.po");
    expect(schermen(po)).not.toContain("leerlingen.overzicht");
    expect(schermen(poBeheer)).toContain("leerlingen.po");
    expect(schermen(vo)).not.toContain("leerlingen.po");
  });

  it("OSO-05 OSO-03 OSO > Overdrachten is the VO locatiebeheerder's; setting dossiers ready is for Beheren and Beoordelen en plaatsen", () => {
    const poBeheer = maakActor({ rollen: ["beheren"], organisatieType: "po" });
    const vo = maakActor({ rollen: ["beheren"], organisatieType: "vo" });
    const schermen = (a: ReturnType<typeof maakActor>) =>
      menuVoor(a, regio).flatMap((g) => g.items.map((i) => i.scherm));
    expect(schermen(vo)).toContain("oso.monitoren");
    expect(schermen(poBeheer)).not.toContain("oso.monitoren");
    expect(mag(maakActor({ rollen: ["beoordelen-en-plaatsen"] }), "oso.klaarzetten", regio)).toBe(true);
    expect(mag(maakActor({ rollen: ["aanmelden"] }), "oso.klaarzetten", regio)).toBe(false);
    expect(
      mag(maakActor({ rollen: ["po-gebruiker"], organisatieType: "po" }), "oso.klaarzetten", regio),
    ).toBe(false);
  });
});
