import { describe, expect, it } from "vitest";
import {
  type AanmeldingStatus,
  type Actor,
  BEHANDELREGELS,
  type BehandelActie,
  behandel,
  behandelOpties,
  GeenToegangFout,
  type InBehandeling,
  type KeuzeSchool,
  MENU_VOLGORDE,
  NietGevondenFout,
  OngeldigeInvoerFout,
  type Rol,
  StatusConflictFout,
  statusLabel,
  vereisBehandeling,
  voorrangMarkering,
  weergaveStatus,
} from "../src";
import { maakActor, maakRegio } from "./factories";

const regio = maakRegio();
const amsterdamAchtig = maakRegio({ extraActies: ["advies-setting-aanpassen", "doorbegeleiden"] });

const STATUSSEN: readonly AanmeldingStatus[] = [
  "concept",
  "aangemeld",
  "ingetrokken",
  "geplaatst",
  "niet-geplaatst",
  "uitgeloot",
  "toegewezen",
  "teruggetrokken",
];

/**
 * TRT-15: the manual, read independently of the rule table in src — per action, who may do it
 * (role at the handling VO school, or the primary school, or the region) and from which states.
 * Conditions besides state and role (oki-doc released, voorrang asked…) hold in the base
 * registration below: oki-doc released, voorrang asked, PO asked for a tafelmiddag, VO did not.
 */
const VERWACHT: Record<BehandelActie, { rollen: readonly Rol[]; statussen: readonly AanmeldingStatus[] }> = {
  // "Beoordelen en plaatsen: … kan het oki-doc inzien om het oki-doc te beoordelen en leerlingen te plaatsen"
  "okidoc-inzien": {
    rollen: ["beoordelen-en-plaatsen"],
    statussen: ["aangemeld", "geplaatst", "uitgeloot", "toegewezen"],
  },
  "aanvulling-vragen": {
    rollen: ["beoordelen-en-plaatsen"],
    statussen: ["aangemeld", "geplaatst", "uitgeloot", "toegewezen"],
  },
  // voorrang is checked at the 1st-choice school while the pupil is registered there
  "voorrang-toekennen": { rollen: ["beoordelen-en-plaatsen"], statussen: ["aangemeld"] },
  "voorrang-afkeuren": { rollen: ["beoordelen-en-plaatsen"], statussen: ["aangemeld"] },
  plaatsen: { rollen: ["beoordelen-en-plaatsen"], statussen: ["aangemeld", "toegewezen"] },
  "niet-plaatsen": { rollen: ["beoordelen-en-plaatsen"], statussen: ["aangemeld", "toegewezen"] },
  // "uitgeloot bij de decentrale loting" — only at the 1st-choice school, before any decision
  uitloten: { rollen: ["beoordelen-en-plaatsen"], statussen: ["aangemeld"] },
  // "Als na de Centrale Plaatsing en Loting bekend is … kiest de school van 1e voorkeur 'Toewijzen andere school'"
  "toewijzen-andere-school": { rollen: ["beoordelen-en-plaatsen"], statussen: ["uitgeloot"] },
  // "Je kunt een leerling altijd terugtrekken, tijdens de aanmelding, maar ook als de leerling al geplaatst is"
  terugtrekken: {
    rollen: ["beoordelen-en-plaatsen", "aanmelden"],
    statussen: ["aangemeld", "geplaatst", "uitgeloot", "toegewezen"],
  },
  // "Het is nu ook mogelijk om de tafelmiddag aan te vragen voor een leerling die nog niet de status 'geplaatst' is"
  "tafelmiddag-aanvragen": {
    rollen: ["beoordelen-en-plaatsen"],
    statussen: ["aangemeld", "geplaatst", "toegewezen"],
  },
  "tafelmiddag-annuleren": { rollen: [], statussen: [] }, // the VO did not ask in the base registration
  // "deze optie verschijnt pas bij geplaatste leerlingen … waarvan de basisschool heeft aangegeven …"
  "tafelmiddag-po-annuleren": { rollen: ["beoordelen-en-plaatsen"], statussen: ["geplaatst"] },
  "historie-tonen": {
    rollen: ["beheren", "aanmelden", "beoordelen-en-plaatsen"],
    statussen: ["aangemeld", "geplaatst", "uitgeloot", "toegewezen"],
  },
  notities: {
    rollen: ["beheren", "aanmelden", "beoordelen-en-plaatsen"],
    statussen: ["aangemeld", "geplaatst", "uitgeloot", "toegewezen"],
  },
  // TRT-13: "Dit is een optie die hoort bij ELK Amsterdam" — never in this (Amstelland-like) region
  "advies-setting-aanpassen": { rollen: [], statussen: [] },
  doorbegeleiden: { rollen: [], statussen: [] },
  "po-tafelmiddag-aanvragen": { rollen: [], statussen: [] }, // PO asked already in the base registration
  // the primary school: "po-gebruiker" here stands for every user of the PO school (Beheren too)
  "po-tafelmiddag-annuleren": {
    rollen: ["po-gebruiker"],
    statussen: ["aangemeld", "geplaatst", "uitgeloot", "toegewezen"],
  },
  "toewijzing-corrigeren": { rollen: ["regiobeheerder"], statussen: ["toegewezen", "geplaatst"] },
};

const ALLE_ROLLEN: readonly Rol[] = [
  "regiobeheerder",
  "contactpersoon-elk",
  "beheren",
  "aanmelden",
  "beoordelen-en-plaatsen",
  "po-gebruiker",
  "ouder",
];

function basis(status: AanmeldingStatus): InBehandeling & { leerlingNaam: string } {
  return {
    status,
    elkNummer: "1000123",
    leerlingNaam: "Sam de Vries",
    keuzes: [
      { schoolId: "vo-a", afdelingId: "a-havo" },
      { schoolId: "vo-b", afdelingId: "b-havo" },
    ],
    schoolId: "vo-a",
    poSchoolId: "po-a",
    advies: "havo",
    eersteKeuze: {
      voorrang: { soort: "kind-medewerker" },
      gelijkwaardigeAfdelingWens: false,
      meerling: false,
    },
    okidoc: "vrijgegeven",
    tafelmiddag: {
      po: { op: "2027-03-20T10:00:00Z", door: { gebruikerId: "p", naam: "Piet" }, toelichting: "graag" },
    },
    // a pupil assigned after the CP&L carries its assignment; others do not
    toewijzing:
      status === "toegewezen" || status === "geplaatst"
        ? {
            vanSchoolId: "vo-x",
            vanSchoolNaam: "School X",
            afdelingId: "a-havo",
            afdelingNaam: "havo",
            op: "2027-04-01T10:00:00Z",
            door: { gebruikerId: "x", naam: "X" },
          }
        : undefined,
  };
}

function actorMet(rol: Rol): Actor {
  if (rol === "po-gebruiker") {
    return maakActor({ rollen: [rol], organisatieType: "po", schoolId: "po-a" });
  }
  if (rol === "regiobeheerder")
    return maakActor({ rollen: [rol], organisatieType: "regio", schoolId: undefined });
  if (rol === "contactpersoon-elk") {
    return maakActor({
      rollen: [rol],
      organisatieType: "bestuur",
      schoolId: undefined,
      bestuurId: "bestuur-a",
    });
  }
  if (rol === "ouder")
    return maakActor({ rollen: [rol], organisatieType: "ouder", schoolId: undefined, leerlingIds: ["l1"] });
  return maakActor({ rollen: [rol], organisatieType: "vo", schoolId: "vo-a" });
}

/** Beheren exists at a PO school too: the PO side's "beheren" actor. */
const poBeheerder = maakActor({ rollen: ["beheren"], organisatieType: "po", schoolId: "po-a" });

function mag(actor: Actor, a: InBehandeling, actie: BehandelActie): boolean {
  try {
    vereisBehandeling(actor, a, actie, regio);
    return true;
  } catch (error) {
    if (
      error instanceof StatusConflictFout ||
      error instanceof GeenToegangFout ||
      error instanceof NietGevondenFout
    ) {
      return false;
    }
    throw error;
  }
}

describe("the handling state machine (TRT-15)", () => {
  it("TRT-15 TRT-13 every action from every status for every role matches the manual's table", () => {
    const verschillen: string[] = [];
    for (const actie of Object.keys(BEHANDELREGELS) as BehandelActie[]) {
      for (const status of STATUSSEN) {
        for (const rol of ALLE_ROLLEN) {
          const actor = actorMet(rol);
          const verwacht = VERWACHT[actie].rollen.includes(rol) && VERWACHT[actie].statussen.includes(status);
          const werkelijk = mag(actor, basis(status), actie);
          if (verwacht !== werkelijk) verschillen.push(`${actie} / ${status} / ${rol}: ${werkelijk}`);
        }
        // the primary school's Beheren role
        const poVerwacht =
          VERWACHT[actie].rollen.includes("po-gebruiker") && VERWACHT[actie].statussen.includes(status);
        if (mag(poBeheerder, basis(status), actie) !== poVerwacht)
          verschillen.push(`${actie} / ${status} / PO beheren`);
      }
    }
    expect(verschillen).toEqual([]);
  });

  it("TRT-01 the menu is the allowed actions in the manual's order, and only VO actions", () => {
    const plaatser = actorMet("beoordelen-en-plaatsen");
    expect(behandelOpties(plaatser, basis("aangemeld"), regio)).toEqual([
      "okidoc-inzien",
      "aanvulling-vragen",
      "voorrang-toekennen",
      "voorrang-afkeuren",
      "plaatsen",
      "niet-plaatsen",
      "uitloten",
      "terugtrekken",
      "tafelmiddag-aanvragen",
      "historie-tonen",
      "notities",
    ]);
    expect(MENU_VOLGORDE.some((a) => a.startsWith("po-"))).toBe(false);
  });

  it("TRT-13 Advies / setting aanpassen and Doorbegeleiden exist only where the region enables them", () => {
    const plaatser = actorMet("beoordelen-en-plaatsen");
    expect(behandelOpties(plaatser, basis("aangemeld"), regio)).not.toContain("advies-setting-aanpassen");
    expect(() => vereisBehandeling(plaatser, basis("aangemeld"), "doorbegeleiden", regio)).toThrow(
      GeenToegangFout,
    );
    expect(behandelOpties(plaatser, basis("aangemeld"), amsterdamAchtig)).toEqual(
      expect.arrayContaining(["advies-setting-aanpassen", "doorbegeleiden"]),
    );
    // Doorbegeleiden is named by the manual but not described: it says so instead of guessing.
    expect(() => behandel(basis("aangemeld"), { actie: "doorbegeleiden" }, ctx)).toThrow(
      /nog niet uitgewerkt/,
    );
    const ongedaan = behandel(basis("aangemeld"), { actie: "advies-setting-aanpassen" }, ctx);
    expect(ongedaan.aanmelding).toMatchObject({ status: "teruggetrokken", okidoc: "concept" });
    expect(ongedaan.gevolgen.map((g) => g.soort)).toEqual([
      "registratie-vrijgeven",
      "okidoc-heropenen",
      "bericht-po",
    ]);
  });

  it("TRT-03 while an addition is asked the menu is reduced and the status says so", () => {
    const plaatser = actorMet("beoordelen-en-plaatsen");
    const a = { ...basis("aangemeld"), okidoc: "aanvulling-gevraagd" as const };
    expect(behandelOpties(plaatser, a, regio)).toEqual(["terugtrekken", "historie-tonen", "notities"]);
    expect(statusLabel(a)).toBe("Aanvulling gevraagd");
    expect(statusLabel({ ...a, okidoc: "aangevuld" })).toBe("Aangevuld");
    // TRT-01: the overview's status filter uses the same state; a decision overrides it.
    expect(weergaveStatus(a)).toBe("aanvulling-gevraagd");
    expect(weergaveStatus({ ...a, status: "geplaatst", okidoc: "aangevuld" })).toBe("geplaatst");
  });

  it("TRT-02 the oki-doc of a buitenleerling or of an unreleased document is refused with the manual's reason", () => {
    const plaatser = actorMet("beoordelen-en-plaatsen");
    expect(() =>
      vereisBehandeling(plaatser, { ...basis("aangemeld"), elkNummer: "B100001" }, "okidoc-inzien", regio),
    ).toThrow(/buitenleerlingen is het oki-doc/);
    expect(() =>
      vereisBehandeling(plaatser, { ...basis("aangemeld"), okidoc: "concept" }, "okidoc-inzien", regio),
    ).toThrow(/nog niet vrijgegeven/);
  });

  it("TRT-01 a user of another school gets 'not found', not 'no access'", () => {
    const ander = maakActor({ rollen: ["beoordelen-en-plaatsen"], schoolId: "vo-b" });
    expect(() => vereisBehandeling(ander, basis("aangemeld"), "plaatsen", regio)).toThrow(NietGevondenFout);
  });
});

const SCHOLEN: Record<string, KeuzeSchool> = {
  "vo-a": {
    id: "vo-a",
    naam: "School A",
    schooltype: "VO",
    afdelingen: [
      { id: "a-havo", naam: "havo", adviezen: ["havo", "havo/vwo"] },
      { id: "a-vmbo", naam: "vmbo-k", adviezen: ["vmbo-k"] },
    ],
  },
  "vo-b": {
    id: "vo-b",
    naam: "School B",
    schooltype: "VO",
    afdelingen: [{ id: "b-havo", naam: "havo", adviezen: ["havo"] }],
  },
  "vo-c": {
    id: "vo-c",
    naam: "School C",
    schooltype: "VO",
    afdelingen: [{ id: "c-havo", naam: "havo", adviezen: ["havo"] }],
  },
};
const ctx = {
  actor: actorMet("beoordelen-en-plaatsen"),
  nu: new Date("2027-03-25T09:00:00Z"),
  school: (id: string) => SCHOLEN[id],
};

describe("the transitions", () => {
  it("TRT-05 Plaatsen records the afdeling and tells the primary school only after the announcement", () => {
    const u = behandel(
      basis("aangemeld"),
      { actie: "plaatsen", afdelingId: "a-havo", toelichting: "Welkom" },
      ctx,
    );
    expect(u.aanmelding.status).toBe("geplaatst");
    expect(u.aanmelding.plaatsing).toMatchObject({ afdelingNaam: "havo", toelichting: "Welkom" });
    expect(u.gevolgen).toEqual([expect.objectContaining({ soort: "bericht-po", naBekendmaking: true })]);
  });

  it("TRT-14 Plaatsen below the advice is refused: ELK places at the registered level", () => {
    expect(() => behandel(basis("aangemeld"), { actie: "plaatsen", afdelingId: "a-vmbo" }, ctx)).toThrow(
      OngeldigeInvoerFout,
    );
  });

  it("TRT-06 Niet plaatsen needs an explanation, frees the pupil and informs PO and the project leader", () => {
    expect(() => behandel(basis("aangemeld"), { actie: "niet-plaatsen", toelichting: "  " }, ctx)).toThrow(
      /toelichting/,
    );
    const u = behandel(
      basis("aangemeld"),
      { actie: "niet-plaatsen", toelichting: "Ondersteuning past niet" },
      ctx,
    );
    expect(u.aanmelding.status).toBe("niet-geplaatst");
    expect(u.gevolgen.map((g) => g.soort)).toEqual([
      "registratie-vrijgeven",
      "mail-projectleider",
      "bericht-po",
    ]);
  });

  it("TRT-07 Uitgeloot needs an explanation and keeps the pupil for the CP&L", () => {
    const u = behandel(basis("aangemeld"), { actie: "uitloten", toelichting: "Decentrale loting 2027" }, ctx);
    expect(u.aanmelding.status).toBe("uitgeloot");
    expect(u.gevolgen).toEqual([]);
  });

  it("TRT-08 Toewijzen andere school moves the pupil to a listed choice; an unlisted one goes via the region", () => {
    const u = behandel(
      basis("uitgeloot"),
      { actie: "toewijzen-andere-school", schoolId: "vo-b", afdelingId: "b-havo" },
      ctx,
    );
    expect(u.aanmelding).toMatchObject({
      status: "toegewezen",
      schoolId: "vo-b",
      toewijzing: { vanSchoolNaam: "School A" },
    });
    expect(u.gevolgen).toEqual([{ soort: "registratie-verplaatsen", schoolId: "vo-b" }]);
    expect(() =>
      behandel(
        basis("uitgeloot"),
        { actie: "toewijzen-andere-school", schoolId: "vo-c", afdelingId: "c-havo" },
        ctx,
      ),
    ).toThrow(/regiobeheerder/);
    const rb = { ...ctx, actor: actorMet("regiobeheerder") };
    const c = behandel(
      u.aanmelding,
      { actie: "toewijzing-corrigeren", schoolId: "vo-c", afdelingId: "c-havo" },
      rb,
    );
    expect(c.aanmelding).toMatchObject({
      schoolId: "vo-c",
      toewijzing: { vanSchoolNaam: "School A", afdelingNaam: "havo" },
    });
  });

  it("TRT-09 Terugtrekken frees the pupil and informs the primary school", () => {
    const u = behandel(basis("geplaatst"), { actie: "terugtrekken" }, ctx);
    expect(u.aanmelding.status).toBe("teruggetrokken");
    expect(u.gevolgen.map((g) => g.soort)).toEqual(["registratie-vrijgeven", "bericht-po"]);
  });

  it("TRT-04 voorrang decisions set the V mark and mail the parents", () => {
    expect(voorrangMarkering(basis("aangemeld"))).toBe("aangevraagd");
    const u = behandel(basis("aangemeld"), { actie: "voorrang-toekennen" }, ctx);
    expect(voorrangMarkering(u.aanmelding)).toBe("toegekend");
    expect(u.gevolgen).toEqual([{ soort: "mail-ouders-voorrang", besluit: "toegekend" }]);
    expect(
      voorrangMarkering(behandel(basis("aangemeld"), { actie: "voorrang-afkeuren" }, ctx).aanmelding),
    ).toBe("afgewezen");
  });

  it("TRT-10 a tafelmiddag request keeps its note under Notities and reaches the primary school", () => {
    const u = behandel(
      basis("aangemeld"),
      { actie: "tafelmiddag-aanvragen", toelichting: "Zorgleerling" },
      ctx,
    );
    expect(u.aanmelding.tafelmiddag?.vo?.toelichting).toBe("Zorgleerling");
    expect(u.gevolgen.map((g) => g.soort)).toEqual(["notitie", "bericht-po"]);
    const weg = behandel(u.aanmelding, { actie: "tafelmiddag-po-annuleren" }, ctx);
    expect(weg.aanmelding.tafelmiddag).toEqual({ vo: expect.anything() });
  });

  it("TRT-03 Aanvulling vragen makes the oki-doc editable again and notifies the primary school", () => {
    const u = behandel(
      basis("aangemeld"),
      { actie: "aanvulling-vragen", toelichting: "Graag de toetsgegevens" },
      ctx,
    );
    expect(u.aanmelding.okidoc).toBe("aanvulling-gevraagd");
    expect(u.gevolgen[0]).toEqual({ soort: "okidoc-aanvulling", vraag: "Graag de toetsgegevens" });
  });
});
