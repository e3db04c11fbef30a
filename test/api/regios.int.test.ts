import type { AanmeldingWeergave } from "@elk/contracts";
import { describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { nieuwBsn } from "../support/bsn";
import { kindMetOuder } from "../support/leerlingen";
import { AMSTERDAM_HAVO } from "../support/swv";

type Fout = { code: string; message: string };
const GEEN = { gelijkwaardigeAfdelingWens: false, meerling: false };
const AMSTELLAND_HAVO = [
  { schoolId: "amstelveen-college", afdelingId: "havo" },
  { schoolId: "keizer-karel-college", afdelingId: "havo" },
  { schoolId: "alkwin-kollege", afdelingId: "havo-vwo" },
  { schoolId: "hermann-wesselink", afdelingId: "havo" },
  { schoolId: "thamen-college", afdelingId: "havo-vwo" },
];
function buitenleerling(bsn: string, keuzes: typeof AMSTERDAM_HAVO) {
  return {
    schooljaar: "2026-2027",
    bsn,
    roepnaam: "Lars",
    achternaam: `Twee-Regio-${bsn.slice(-4)}`,
    geboortedatum: "2014-06-06",
    geslacht: "m",
    adres: { straat: "Kade", huisnummer: "2", postcode: "1011 AA", plaats: "Amsterdam" },
    emailOuders: `regios-${bsn}@example.org`,
    advies: "havo",
    keuzes,
    eersteKeuze: GEEN,
  };
}

describe("both regions side by side against one registry (REG-04, REGION-02)", () => {
  it("REG-04 REGION-02 a pupil registered in Amstelland cannot be registered in Amsterdam, with the manual's message", async () => {
    const amsterdam = inject("amsterdamUrl");
    const bsn = nieuwBsn();
    const kind = await kindMetOuder({ bsn });
    await api("PUT", `/api/ouder/kinderen/${kind.leerlingId}/voorkeurslijst`, {
      token: kind.ouderToken,
      body: { keuzes: AMSTELLAND_HAVO, eersteKeuze: GEEN },
    });
    const aangemeld = await api<AanmeldingWeergave>(
      "POST",
      `/api/ouder/kinderen/${kind.leerlingId}/aanmelden`,
      {
        token: kind.ouderToken,
      },
    );
    expect(aangemeld.status).toBe(200);

    const aanmelderAms = await inloggen("aanmelder", undefined, amsterdam);
    const bericht = `Leerling: ${kind.naam}. Deze leerling is al op een school aangemeld of geplaatst: Amstelveen College (020 - 555 01 10).`;
    const controle = await api<Fout>("POST", "/api/buitenleerlingen/controleren", {
      token: aanmelderAms,
      body: { bsn, schooljaar: "2026-2027" },
      baseUrl: amsterdam,
    });
    expect(controle.status).toBe(409);
    expect(controle.body.message).toBe(bericht);
    const poging = await api<Fout>("POST", "/api/buitenleerlingen", {
      token: aanmelderAms,
      body: { ...buitenleerling(bsn, AMSTERDAM_HAVO), roepnaam: "Noor" },
      baseUrl: amsterdam,
    });
    expect(poging.status).toBe(409);
    expect(poging.body.message).toBe(bericht);
  });

  it("REG-04 REGION-02 and the other way round: registered in Amsterdam, refused in Amstelland", async () => {
    const amsterdam = inject("amsterdamUrl");
    const bsn = nieuwBsn();
    const aanmelderAms = await inloggen("aanmelder", undefined, amsterdam);
    const ams = await api<{ elkNummer: string }>("POST", "/api/buitenleerlingen", {
      token: aanmelderAms,
      body: buitenleerling(bsn, AMSTERDAM_HAVO),
      baseUrl: amsterdam,
    });
    expect(ams.status).toBe(200);
    expect(ams.body.elkNummer).toMatch(/^B\d{8}$/);

    const aanmelder = await inloggen("aanmelder");
    const controle = await api<Fout>("POST", "/api/buitenleerlingen/controleren", {
      token: aanmelder,
      body: { bsn, schooljaar: "2026-2027" },
    });
    expect(controle.status).toBe(409);
    expect(controle.body.message).toBe(
      `Leerling: Lars Twee-Regio-${bsn.slice(-4)}. Deze leerling is al op een school aangemeld of geplaatst: Zuideramstel College (020 - 666 01 10).`,
    );
    // The ELK-nummers of both regions come from one counter: this one is not Amstelland's next.
    const eigen = await api<{ elkNummer: string }>("POST", "/api/buitenleerlingen", {
      token: aanmelder,
      body: buitenleerling(nieuwBsn(), AMSTELLAND_HAVO),
    });
    expect(eigen.status).toBe(200);
    expect(eigen.body.elkNummer).not.toBe(ams.body.elkNummer);
  });
});
