import { describe, expect, it } from "vitest";
import {
  AUDIT_MAX_DAGEN,
  auditCategorie,
  auditDag,
  auditDetails,
  auditPeriode,
  BULK_EXPORT_DREMPEL,
  historieVoorOuders,
  isOngebruikelijkAantalExports,
  mag,
  menuVoor,
  notitiesVoorOuders,
  OngeldigeInvoerFout,
  ongebruikelijkeExporteurs,
  ouderOmschrijving,
} from "../src";
import { maakActor, maakRegio } from "./factories";

describe("the region-wide audit trail (#10 PRIV)", () => {
  it("PRIV #10 reads of an oki-doc, a bijlage and an export are audited; an export with BSNs as 'bsn'", () => {
    expect(auditCategorie("okidoc-gelezen", {}, false)).toBe("okidoc");
    expect(auditCategorie("bijlage-gelezen", { bijlagen: ["a.pdf"] }, false)).toBe("bijlage");
    expect(auditCategorie("bijlage-gedownload", {}, false)).toBe("bijlage");
    expect(auditCategorie("export-aangevraagd", { metBsn: false }, false)).toBe("export");
    expect(auditCategorie("export-gedownload", { metBsn: true }, false)).toBe("bsn");
  });

  it("PRIV #10 ACC-07 every action while looking along is audited; the same action otherwise is not", () => {
    expect(auditCategorie("gebruiker-toegevoegd", {}, true)).toBe("meekijken");
    expect(auditCategorie("gebruiker-toegevoegd", {}, false)).toBeUndefined();
    expect(auditCategorie("meekijken-gestart", {}, false)).toBe("meekijken");
    // A read while looking along stays a read: the look-along identity is on the record.
    expect(auditCategorie("okidoc-gelezen", {}, true)).toBe("okidoc");
  });

  it("PRIV #10 the details keep an allow-list of plain values: never a BSN, never free text", () => {
    const details = auditDetails({
      soort: "buitenleerlingen",
      metBsn: true,
      bsn: "123456782",
      opmerking: "Zoë leest graag",
      actie: "123456782",
      bijlagen: ["verslag.pdf", "toets.pdf"],
    });
    expect(details).toEqual({ soort: "buitenleerlingen", metBsn: true, aantal: 2 });
    expect(JSON.stringify(details)).not.toContain("123456782");
  });

  it("PRIV #10 an event belongs to its Dutch calendar day", () => {
    expect(auditDag("2026-11-30T23:30:00.000Z")).toBe("2026-12-01");
    expect(auditDag("2026-07-01T21:59:00.000Z")).toBe("2026-07-01");
    expect(auditDag("2026-07-01T22:00:00.000Z")).toBe("2026-07-02");
  });

  it("PRIV #10 unusual bulk exports: strictly more than the threshold by one user on one day", () => {
    expect(isOngebruikelijkAantalExports(BULK_EXPORT_DREMPEL)).toBe(false);
    expect(isOngebruikelijkAantalExports(BULK_EXPORT_DREMPEL + 1)).toBe(true);
    expect(isOngebruikelijkAantalExports(3, 2)).toBe(true);
    const start = (dag: string, gebruikerId: string, soort = "export-aangevraagd") => ({
      dag,
      gebruikerId,
      soort,
    });
    const records = [
      ...Array.from({ length: 3 }, () => start("2026-12-01", "a")),
      ...Array.from({ length: 2 }, () => start("2026-12-01", "b")),
      // Another day, and downloads, do not count toward the same day's starts.
      ...Array.from({ length: 2 }, () => start("2026-12-02", "a")),
      ...Array.from({ length: 5 }, () => start("2026-12-01", "b", "export-gedownload")),
    ];
    expect([...ongebruikelijkeExporteurs(records, 2)]).toEqual(["2026-12-01#a"]);
    expect(ongebruikelijkeExporteurs(records, 3).size).toBe(0);
  });

  it("PRIV #10 the period: last seven days by default, Dutch messages for a bad one", () => {
    const nu = new Date("2026-12-01T10:00:00Z");
    expect(auditPeriode({}, nu)).toMatchObject({ van: "2026-11-25", tot: "2026-12-01" });
    expect(auditPeriode({}, nu).dagen).toHaveLength(7);
    expect(auditPeriode({ van: "2026-12-01", tot: "2026-12-01" }, nu).dagen).toEqual(["2026-12-01"]);
    const fout = (invoer: { van?: string; tot?: string }) => {
      try {
        auditPeriode(invoer, nu);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const slecht = fout({ van: "2026-02-30" });
    expect(slecht).toBeInstanceOf(OngeldigeInvoerFout);
    expect((slecht as OngeldigeInvoerFout).velden.van).toBe("Vul een geldige datum in (jjjj-mm-dd).");
    expect((fout({ tot: "gisteren" }) as OngeldigeInvoerFout).velden.tot).toMatch(/geldige datum/);
    expect((fout({ van: "2026-12-02", tot: "2026-12-01" }) as OngeldigeInvoerFout).velden.van).toBe(
      "De begindatum ligt na de einddatum.",
    );
    expect((fout({ van: "2026-01-01", tot: "2026-12-01" }) as OngeldigeInvoerFout).velden.van).toBe(
      `Kies een periode van hoogstens ${AUDIT_MAX_DAGEN} dagen.`,
    );
  });

  it("PRIV #10 only the region administrator reads the audit trail, from its Instellingen menu", () => {
    const regio = maakRegio();
    const rb = maakActor({ rollen: ["regiobeheerder"], organisatieType: "regio" });
    expect(mag(rb, "audit.bekijken", regio)).toBe(true);
    expect(menuVoor(rb, regio).find((g) => g.id === "instellingen")?.items).toContainEqual({
      scherm: "instellingen.audit",
      label: "Auditlog",
    });
    for (const rollen of [
      ["beheren"],
      ["contactpersoon-elk"],
      ["aanmelden"],
      ["po-gebruiker"],
      ["ouder"],
    ] as const) {
      expect(mag(maakActor({ rollen: [...rollen] }), "audit.bekijken", regio)).toBe(false);
    }
  });
});

describe("the parents' copy of the data (#10 PRIV, AVG inzage)", () => {
  const notitie = {
    op: "2027-03-20T10:00:00Z",
    tekst: "Gesprek gepland.",
    organisatieNaam: "Amstelveen College",
  };

  it("PRIV #10 PAR-01 history in Dutch words; before the announcement only the parents' own steps", () => {
    const historie = [
      { tijdstip: "2027-03-02T09:00:00Z", soort: "okidoc-gelezen" },
      { tijdstip: "2027-03-01T09:00:00Z", soort: "aangemeld" },
    ];
    expect(historieVoorOuders(historie, false)).toEqual([
      { tijdstip: "2027-03-01T09:00:00Z", soort: "aangemeld", omschrijving: "Aangemeld" },
    ]);
    expect(historieVoorOuders(historie, true).map((h) => h.omschrijving)).toEqual([
      "Aangemeld",
      "Onderwijskundig rapport ingezien door de middelbare school",
    ]);
    expect(ouderOmschrijving("iets-nieuws-gebeurd")).toBe("Iets nieuws gebeurd");
  });

  it("PRIV #10 TRT-15 the schools' notes only from the announcement on, with the school's name and no staff names", () => {
    const metDoor = { ...notitie, door: { gebruikerId: "u-1", naam: "Piet Plaatser" } };
    expect(notitiesVoorOuders([metDoor], false)).toEqual([]);
    const zichtbaar = notitiesVoorOuders([metDoor], true);
    expect(zichtbaar).toEqual([
      { op: notitie.op, organisatie: "Amstelveen College", tekst: "Gesprek gepland." },
    ]);
    expect(JSON.stringify(zichtbaar)).not.toContain("Piet");
  });
});
