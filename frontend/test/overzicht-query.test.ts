import { describe, expect, it } from "vitest";
import { menuKeuzes } from "../src/features/aanmeldingen/components/leerling-menu";
import { paginaKnoppen } from "../src/features/aanmeldingen/components/paginering";
import { apiQuery, leesStand, schrijfStand } from "../src/features/aanmeldingen/utils/overzicht-query";

describe("Leerlingen > Overzicht", () => {
  it("TRT-01 keeps filters, search, sort and page in the query string, defaults left out", () => {
    const stand = leesStand(new URLSearchParams("status=geplaatst&zoek=%20Noor%20&pagina=3&onbekend=x"));
    expect(stand).toEqual({
      filters: { status: "geplaatst" },
      zoek: " Noor ",
      sorteer: "aangemeldOp",
      richting: "af",
      pagina: 3,
    });
    expect(schrijfStand(stand)).toBe("?status=geplaatst&zoek=Noor&pagina=3");
    expect(schrijfStand({ ...stand, filters: {}, zoek: "", pagina: 1 })).toBe("");
    expect(
      schrijfStand({ ...stand, filters: {}, zoek: "", pagina: 1, sorteer: "naam", richting: "op" }),
    ).toBe("?sorteer=naam&richting=op");
    expect(leesStand(new URLSearchParams("sorteer=bsn&pagina=-2"))).toMatchObject({
      sorteer: "aangemeldOp",
      pagina: 1,
    });
  });

  it("TRT-01 asks the server for one page of 50, sorted, in the chosen school year", () => {
    const query = apiQuery(leesStand(new URLSearchParams("advies=havo")), "2026-2027");
    expect(query).toMatchObject({
      schooljaar: "2026-2027",
      advies: "havo",
      sorteer: "aangemeldOp",
      richting: "af",
      pagina: "1",
      perPagina: "50",
    });
    expect(query.zoek).toBeUndefined();
  });

  it("TRT-01 offers the first, the last and the pages around the current one", () => {
    expect(paginaKnoppen(1, 1)).toEqual([1]);
    expect(paginaKnoppen(1, 4)).toEqual([1, 2, 3, 4]);
    expect(paginaKnoppen(10, 40)).toEqual([1, "…", 8, 9, 10, 11, 12, "…", 40]);
  });

  it("TRT-02 TRT-13 shows the server's menu in its order, Bijlagen after Oki-doc, never the PO's actions", () => {
    expect(
      menuKeuzes([
        "okidoc-inzien",
        "plaatsen",
        "po-tafelmiddag-aanvragen",
        "historie-tonen",
        "toewijzing-corrigeren",
      ]),
    ).toEqual(["okidoc-inzien", "bijlagen", "plaatsen", "historie-tonen"]);
  });
});
