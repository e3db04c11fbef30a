import type { LeerlingRegel } from "@elk/contracts";
import type { LeerlingRecord } from "@elk/data";
import { leerlingNaam } from "@elk/domain";

/**
 * A pupil as a PO school's screens show it. Fields are picked one by one, so the encrypted BSN and
 * its keyed hash never leave the server: staff see only `bsnGemaskeerd`.
 */
export function alsLeerlingRegel(l: LeerlingRecord & { version?: number }): LeerlingRegel {
  return {
    id: l.id,
    schooljaar: l.schooljaar,
    elkNummer: l.elkNummer,
    naam: leerlingNaam(l),
    roepnaam: l.roepnaam,
    tussenvoegsel: l.tussenvoegsel,
    achternaam: l.achternaam,
    geboortedatum: l.geboortedatum,
    geslacht: l.geslacht,
    adres: {
      straat: l.adres.straat,
      huisnummer: l.adres.huisnummer,
      postcode: l.adres.postcode,
      plaats: l.adres.plaats,
    },
    emailOuders: l.emailOuders,
    advies: l.advies,
    bsnGemaskeerd: l.bsnGemaskeerd,
    identificatie: l.identificatie,
    ouderinlogVerstuurdOp: l.ouderinlogVerstuurdOp,
    magOuderinlog: l.advies !== undefined && l.advies !== "PrO",
    version: l.version ?? 1,
  };
}
