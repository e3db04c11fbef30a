import type { GebruikerRecord } from "@elk/data";
import { type NaamDelen, type RegionConfig, type Uitnodiging, volledigeNaam } from "@elk/domain";
import { inloggegevensInstellen } from "@elk/mail";
import { linkNaar } from "../../accounts/links";
import { verstuur } from "../../config/outbox";

/** The name and contact fields of an account as a form sends them; empty optional fields are dropped. */
export function naamEnContact(body: NaamDelen & { email: string; telefoon?: string }) {
  return {
    naam: volledigeNaam(body),
    voornaam: body.voornaam,
    tussenvoegsel: body.tussenvoegsel || undefined,
    achternaam: body.achternaam,
    email: body.email,
    telefoon: body.telefoon || undefined,
  };
}

/** ACC-02: "Inloggegevens instellen", with the link that carries the (never stored) token. */
export async function stuurInloggegevens(
  config: RegionConfig,
  gebruiker: Pick<GebruikerRecord, "naam" | "email" | "locatieNaam">,
  uitnodiging: Uitnodiging,
  token: string,
): Promise<void> {
  await verstuur(
    gebruiker.email,
    inloggegevensInstellen(config, {
      naam: gebruiker.naam,
      locatieNaam: gebruiker.locatieNaam,
      link: linkNaar("/activeren", token),
      geldigTot: uitnodiging.verlooptOp,
    }),
    config.mail.antwoordAan,
  );
}
