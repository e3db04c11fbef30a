import { describe, expect, it } from "vitest";
import { formulierFout } from "../src/components/formulier";
import { tokenUitHash } from "../src/features/accounts/utils/link-token";
import { splitsNaam } from "../src/features/accounts/utils/naam";
import { vertaal } from "../src/i18n/taal";
import { ApiError, urlVoor } from "../src/lib/api-client";

const t = (key: Parameters<typeof vertaal>[1]) => vertaal("nl", key);

describe("accounts screens", () => {
  it("ACC-08 pre-fills first name, tussenvoegsel and last name from the whole name", () => {
    expect(splitsNaam("Lotte Beheerder")).toEqual({
      voornaam: "Lotte",
      tussenvoegsel: "",
      achternaam: "Beheerder",
    });
    expect(splitsNaam("Noah de Boer")).toEqual({ voornaam: "Noah", tussenvoegsel: "de", achternaam: "Boer" });
    expect(splitsNaam(" Jan  van der Berg ")).toEqual({
      voornaam: "Jan",
      tussenvoegsel: "van der",
      achternaam: "Berg",
    });
    expect(splitsNaam("Fatima El Amrani")).toEqual({
      voornaam: "Fatima",
      tussenvoegsel: "",
      achternaam: "El Amrani",
    });
    // A particle that is the whole remaining name is the last name.
    expect(splitsNaam("Kim Van")).toEqual({ voornaam: "Kim", tussenvoegsel: "", achternaam: "Van" });
    expect(splitsNaam("")).toEqual({ voornaam: "", tussenvoegsel: "", achternaam: "" });
  });

  it("ACC-03 ACC-05 reads the token of a mail's link from the URL fragment", () => {
    expect(tokenUitHash("#abc-DEF_123")).toBe("abc-DEF_123");
    expect(tokenUitHash("")).toBe("");
  });

  it("fills in path parameters and leaves undefined query parameters out", () => {
    expect(urlVoor("/api/gebruikers/{gebruikerId}/resetten", { params: { gebruikerId: "a b/c" } })).toBe(
      "/api/gebruikers/a%20b%2Fc/resetten",
    );
    expect(urlVoor("/api/gebruikers", { query: { bestuurId: "kkc", schoolId: undefined } })).toBe(
      "/api/gebruikers?bestuurId=kkc",
    );
    expect(() => urlVoor("/api/gebruikers/{gebruikerId}")).toThrow(/gebruikerId/);
  });

  it("ACC-01 ACC-03 puts the API's field messages at the fields, and a taken username at its field", () => {
    const invoer = new ApiError(400, "ONGELDIGE_INVOER", "Controleer de gemarkeerde velden.", true, {
      velden: { voornaam: "Vul de voornaam in." },
    });
    expect(formulierFout(invoer, t)).toEqual({
      algemeen: "Controleer de gemarkeerde velden.",
      velden: { voornaam: "Vul de voornaam in." },
    });
    const bezet = new ApiError(409, "AL_IN_GEBRUIK", 'De gebruikersnaam "x" is al in gebruik.', true);
    expect(formulierFout(bezet, t, { AL_IN_GEBRUIK: "gebruikersnaam" })).toEqual({
      algemeen: null,
      velden: { gebruikersnaam: 'De gebruikersnaam "x" is al in gebruik.' },
    });
    // Said once: a message that is also the field's message shows only at the field.
    const huidig = new ApiError(400, "ONGELDIGE_INVOER", "Het huidige wachtwoord is niet juist.", true, {
      velden: { huidigWachtwoord: "Het huidige wachtwoord is niet juist." },
    });
    expect(formulierFout(huidig, t).algemeen).toBeNull();
    const netwerk = new ApiError(0, "NETWERK", "De server is niet bereikbaar.", false);
    expect(formulierFout(netwerk, t)).toEqual({ algemeen: t("app.fout.netwerk"), velden: {} });
    expect(formulierFout(null, t)).toEqual({ algemeen: null, velden: {} });
  });
});
