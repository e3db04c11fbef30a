import { describe, expect, it } from "vitest";
import {
  type Actor,
  controleerSwvActie,
  controleerSwvBijlage,
  controleerSwvInhoud,
  controleerSwvLeerling,
  controleerSwvOpmerking,
  controleerSwvToegang,
  GeenToegangFout,
  magSwvOpstellen,
  menuVoor,
  NietGevondenFout,
  OngeldigeInvoerFout,
  type Rol,
  SWV_AANVRAAG_STATUSSEN,
  SWV_ACTIES,
  SWV_MAX_BIJLAGEN,
  type SwvAanvraag,
  type SwvAanvraagStatus,
  type SwvActie,
  SwvNietIngesteldFout,
  SwvStatusFout,
  swvActiesVoor,
  swvNaStap,
  swvOntvanger,
} from "../src";
import { maakActor, maakRegio } from "./factories";

/** Amsterdam's configuration, as far as these rules read it: the two roles enabled, an SWV to send to. */
const amsterdam = maakRegio({
  extraRollen: ["aanvragen-swv-opstellen", "aanvragen-swv-accorderen-en-versturen", "voorselecties"],
  samenwerkingsverband: { naam: "SWV Testregio", email: "swv@example.org" },
});
/** Amstelland: the roles exist in the role list but the region does not enable them. */
const amstelland = maakRegio();

const OPSTELLER: Rol = "aanvragen-swv-opstellen";
const ACCORDEUR: Rol = "aanvragen-swv-accorderen-en-versturen";

const ROLLEN: Readonly<Record<string, readonly Rol[]>> = {
  opsteller: [OPSTELLER],
  accordeur: [ACCORDEUR],
  beide: [OPSTELLER, ACCORDEUR],
  aanmelder: ["aanmelden"],
  locatiebeheerder: ["beheren"],
  plaatser: ["beoordelen-en-plaatsen"],
};

function actor(rollen: readonly Rol[], overrides: Partial<Actor> = {}): Actor {
  return maakActor({ rollen, schoolId: "school-a", organisatieType: "vo", ...overrides });
}

function aanvraag(overrides: Partial<SwvAanvraag> = {}): SwvAanvraag {
  return {
    id: "swv-1",
    schoolId: "school-a",
    schooljaar: "2026-2027",
    aanmeldingId: "a-1",
    leerlingId: "l-1",
    leerlingNaam: "Noor Jansen",
    elkNummer: "200001",
    soort: "arrangement",
    motivatie: "Extra begeleiding bij lezen.",
    status: "concept",
    aangemaaktOp: "2027-03-10T09:00:00.000Z",
    aangemaaktDoor: { gebruikerId: "u-1", naam: "Olga Opsteller" },
    gewijzigdOp: "2027-03-10T09:00:00.000Z",
    ...overrides,
  };
}

/**
 * The specification, written out rather than derived: for each action, the roles that may do it
 * and, per state it may be done from, the state it leads to. Everything else is refused — by role
 * (403) before state (409).
 */
const MAG: Readonly<
  Record<SwvActie, { rollen: readonly string[]; van: Partial<Record<SwvAanvraagStatus | "nieuw", string>> }>
> = {
  inzien: {
    rollen: ["opsteller", "accordeur", "beide"],
    van: { concept: "concept", "ter-accordering": "ter-accordering", verstuurd: "verstuurd" },
  },
  opstellen: { rollen: ["opsteller", "beide"], van: { nieuw: "concept" } },
  wijzigen: { rollen: ["opsteller", "beide"], van: { concept: "concept" } },
  "bijlage-toevoegen": { rollen: ["opsteller", "beide"], van: { concept: "concept" } },
  "bijlage-verwijderen": { rollen: ["opsteller", "beide"], van: { concept: "concept" } },
  indienen: { rollen: ["opsteller", "beide"], van: { concept: "ter-accordering" } },
  terugsturen: { rollen: ["accordeur", "beide"], van: { "ter-accordering": "concept" } },
  "accorderen-en-versturen": { rollen: ["accordeur", "beide"], van: { "ter-accordering": "verstuurd" } },
};

const TOESTANDEN: ReadonlyArray<SwvAanvraagStatus | "nieuw"> = ["nieuw", ...SWV_AANVRAAG_STATUSSEN];

function uitkomst(rollen: readonly Rol[], actie: SwvActie, toestand: SwvAanvraagStatus | "nieuw"): string {
  try {
    return controleerSwvActie(
      actor(rollen),
      amsterdam,
      actie,
      toestand === "nieuw" ? undefined : aanvraag({ status: toestand }),
    );
  } catch (error) {
    if (error instanceof GeenToegangFout) return "403";
    if (error instanceof SwvStatusFout) return "409";
    throw error;
  }
}

describe("Aanvragen SWV: the state machine (ACC-06, REGION-01)", () => {
  for (const [rolNaam, rollen] of Object.entries(ROLLEN)) {
    for (const actie of SWV_ACTIES) {
      for (const toestand of TOESTANDEN) {
        const regel = MAG[actie];
        const verwacht = !regel.rollen.includes(rolNaam) ? "403" : (regel.van[toestand] ?? "409");
        it(`ACC-06 TRT-15 ${rolNaam} · ${actie} · ${toestand} → ${verwacht}`, () => {
          expect(uitkomst(rollen, actie, toestand)).toBe(verwacht);
        });
      }
    }
  }

  it("ACC-06 the refusal in the wrong state says why, in Dutch", () => {
    expect(() =>
      controleerSwvActie(actor([OPSTELLER]), amsterdam, "wijzigen", aanvraag({ status: "ter-accordering" })),
    ).toThrow("kan niet meer worden gewijzigd");
    expect(() =>
      controleerSwvActie(actor([ACCORDEUR]), amsterdam, "terugsturen", aanvraag({ status: "verstuurd" })),
    ).toThrow("Deze aanvraag staat niet (meer) ter accordering.");
  });

  it("ACC-06 the screen offers exactly the actions allowed now", () => {
    expect(swvActiesVoor(actor([OPSTELLER]), amsterdam, aanvraag())).toEqual([
      "inzien",
      "wijzigen",
      "bijlage-toevoegen",
      "bijlage-verwijderen",
      "indienen",
    ]);
    expect(swvActiesVoor(actor([ACCORDEUR]), amsterdam, aanvraag())).toEqual(["inzien"]);
    expect(swvActiesVoor(actor([ACCORDEUR]), amsterdam, aanvraag({ status: "ter-accordering" }))).toEqual([
      "inzien",
      "terugsturen",
      "accorderen-en-versturen",
    ]);
    expect(
      swvActiesVoor(actor([OPSTELLER, ACCORDEUR]), amsterdam, aanvraag({ status: "verstuurd" })),
    ).toEqual(["inzien"]);
  });
});

describe("Aanvragen SWV: who reaches them (REGION-01, ACC-06)", () => {
  it("REGION-01 in a region that does not enable the roles, nobody reaches the requests (403)", () => {
    for (const rollen of Object.values(ROLLEN)) {
      expect(() => controleerSwvToegang(actor(rollen), amstelland)).toThrow(GeenToegangFout);
      for (const actie of SWV_ACTIES) {
        for (const toestand of TOESTANDEN) {
          expect(() =>
            controleerSwvActie(
              actor(rollen),
              amstelland,
              actie,
              toestand === "nieuw" ? undefined : aanvraag({ status: toestand }),
            ),
          ).toThrow(GeenToegangFout);
        }
      }
    }
    expect(magSwvOpstellen(actor([OPSTELLER]), amstelland)).toBe(false);
  });

  it("ACC-06 only users of a VO school with one of the two roles reach them", () => {
    expect(controleerSwvToegang(actor([OPSTELLER]), amsterdam)).toBe("school-a");
    expect(controleerSwvToegang(actor([ACCORDEUR]), amsterdam)).toBe("school-a");
    expect(() => controleerSwvToegang(actor(["beheren"]), amsterdam)).toThrow(GeenToegangFout);
    expect(() => controleerSwvToegang(actor([OPSTELLER], { organisatieType: "po" }), amsterdam)).toThrow(
      GeenToegangFout,
    );
    expect(() => controleerSwvToegang(actor([OPSTELLER], { schoolId: undefined }), amsterdam)).toThrow(
      GeenToegangFout,
    );
    const rb = maakActor({ rollen: ["regiobeheerder"], organisatieType: "regio", schoolId: undefined });
    expect(() => controleerSwvToegang(rb, amsterdam)).toThrow(GeenToegangFout);
    expect(magSwvOpstellen(actor([OPSTELLER]), amsterdam)).toBe(true);
    expect(magSwvOpstellen(actor([ACCORDEUR]), amsterdam)).toBe(false);
  });

  it("ACC-06 another school's request is 'not found', for every action", () => {
    const vanElders = aanvraag({ schoolId: "school-b", status: "ter-accordering" });
    for (const actie of SWV_ACTIES.filter((a) => a !== "opstellen")) {
      expect(() => controleerSwvActie(actor([OPSTELLER, ACCORDEUR]), amsterdam, actie, vanElders)).toThrow(
        NietGevondenFout,
      );
    }
  });

  it("HOME-02 the menu item Leerlingen > Aanvragen SWV is for the two roles, in Amsterdam only", () => {
    const schermen = (a: Actor, config = amsterdam) =>
      menuVoor(a, config).flatMap((g) => g.items.map((i) => i.scherm));
    const leerlingen = (a: Actor) => menuVoor(a, amsterdam).find((g) => g.id === "leerlingen")?.items;
    expect(leerlingen(actor([OPSTELLER]))).toEqual([{ scherm: "leerlingen.swv", label: "Aanvragen SWV" }]);
    expect(leerlingen(actor([ACCORDEUR]))).toEqual([{ scherm: "leerlingen.swv", label: "Aanvragen SWV" }]);
    expect(schermen(actor([OPSTELLER, ACCORDEUR])).filter((s) => s === "leerlingen.swv")).toHaveLength(1);
    expect(schermen(actor(["aanmelden"]))).not.toContain("leerlingen.swv");
    expect(schermen(actor([OPSTELLER]), amstelland)).not.toContain("leerlingen.swv");
    expect(schermen(actor([OPSTELLER], { organisatieType: "po" }))).not.toContain("leerlingen.swv");
  });
});

describe("Aanvragen SWV: the steps and their content", () => {
  const door = { gebruikerId: "u-2", naam: "Anton Accordeur" };

  it("ACC-06 each step records who and when; sending back keeps the comment, sending the address", () => {
    const ingediend = swvNaStap(aanvraag(), { actie: "indienen", op: "2027-03-11T10:00:00.000Z", door });
    expect(ingediend).toMatchObject({
      status: "ter-accordering",
      ingediend: { op: "2027-03-11T10:00:00.000Z", door },
      gewijzigdOp: "2027-03-11T10:00:00.000Z",
    });
    const terug = swvNaStap(ingediend, {
      actie: "terugsturen",
      op: "2027-03-11T11:00:00.000Z",
      door,
      opmerking: "Voeg het handelingsplan toe.",
    });
    expect(terug.status).toBe("concept");
    expect(terug.teruggestuurd?.opmerking).toBe("Voeg het handelingsplan toe.");
    const verstuurd = swvNaStap(
      swvNaStap(terug, { actie: "indienen", op: "2027-03-12T09:00:00.000Z", door }),
      {
        actie: "accorderen-en-versturen",
        op: "2027-03-12T10:00:00.000Z",
        door,
        aan: swvOntvanger(amsterdam),
      },
    );
    expect(verstuurd).toMatchObject({
      status: "verstuurd",
      verstuurd: { op: "2027-03-12T10:00:00.000Z", aan: { email: "swv@example.org" } },
    });
  });

  it("ACC-06 without a samenwerkingsverband in the configuration, nothing can be sent", () => {
    expect(() => swvOntvanger(maakRegio({ extraRollen: [OPSTELLER, ACCORDEUR] }))).toThrow(
      SwvNietIngesteldFout,
    );
  });

  it("ACC-06 a concept needs a known kind; offering it needs a motivation; messages in Dutch", () => {
    expect(controleerSwvInhoud({ soort: "tlv-vso", motivatie: "  \r\nVSO nodig.  " })).toEqual({
      soort: "tlv-vso",
      motivatie: "VSO nodig.",
    });
    expect(controleerSwvInhoud({ soort: "overig", motivatie: "" })).toEqual({
      soort: "overig",
      motivatie: "",
    });
    const fout = (() => {
      try {
        controleerSwvInhoud({ soort: "iets", motivatie: " " }, true);
      } catch (error) {
        return error;
      }
    })();
    expect(fout).toBeInstanceOf(OngeldigeInvoerFout);
    expect((fout as OngeldigeInvoerFout).velden).toEqual({
      soort: "Kies het soort aanvraag.",
      motivatie: "Vul de motivatie in voordat u de aanvraag ter accordering aanbiedt.",
    });
    expect(() => controleerSwvInhoud({ soort: "arrangement", motivatie: "x".repeat(10_001) })).toThrow(
      "Gebruik hoogstens 10000 tekens.",
    );
  });

  it("ACC-06 the pupil is one registered or placed at the school", () => {
    expect(() =>
      controleerSwvLeerling({ status: "aangemeld", behandelendeSchoolId: "school-a" }, "school-a"),
    ).not.toThrow();
    expect(() =>
      controleerSwvLeerling({ status: "geplaatst", behandelendeSchoolId: "school-a" }, "school-a"),
    ).not.toThrow();
    for (const a of [
      undefined,
      { status: "teruggetrokken" as const, behandelendeSchoolId: "school-a" },
      { status: "aangemeld" as const, behandelendeSchoolId: "school-b" },
    ]) {
      expect(() => controleerSwvLeerling(a, "school-a")).toThrow(
        "Kies een leerling die bij uw school is aangemeld of geplaatst.",
      );
    }
  });

  it("ACC-06 sending back needs a comment", () => {
    expect(controleerSwvOpmerking("  Graag het OPP bijvoegen. ")).toBe("Graag het OPP bijvoegen.");
    expect(() => controleerSwvOpmerking("   ")).toThrow(
      "Schrijf erbij wat er aan de aanvraag moet veranderen.",
    );
  });

  it("ACC-06 bijlagen as the oki-doc's: known kinds, at most 4 MB, at most 10 per request", () => {
    expect(
      controleerSwvBijlage({ bestandsnaam: "../plan.pdf", contentType: "application/pdf", grootte: 10 }, 0),
    ).toEqual({ bestandsnaam: "plan.pdf", contentType: "application/pdf" });
    expect(() =>
      controleerSwvBijlage(
        { bestandsnaam: "plan.exe", contentType: "application/x-msdownload", grootte: 10 },
        0,
      ),
    ).toThrow(OngeldigeInvoerFout);
    expect(() =>
      controleerSwvBijlage(
        { bestandsnaam: "plan.pdf", contentType: "application/pdf", grootte: 4 * 1024 * 1024 + 1 },
        0,
      ),
    ).toThrow("Het bestand is te groot");
    expect(() =>
      controleerSwvBijlage(
        { bestandsnaam: "plan.pdf", contentType: "application/pdf", grootte: 10 },
        SWV_MAX_BIJLAGEN,
      ),
    ).toThrow(`Een aanvraag heeft hoogstens ${SWV_MAX_BIJLAGEN} bijlagen.`);
  });
});
