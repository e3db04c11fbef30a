import type { RegionConfig } from "@elk/domain";
import { type GerenderdeMail, opmaak, tekstversie } from "./templates";

/**
 * Aanvragen SWV (Amsterdam): an approved request reaches the samenwerkingsverband. Replies go to
 * the approver (antwoordAan), so the SWV deals with the school directly. What the request says about
 * the pupil stays in ELK: the mail names the pupil by ELK-nummer only and carries neither the
 * motivation nor the bijlagen — a pupil's support needs do not belong in a mailbox; the school sends
 * them by a secure way.
 */
export function aanvraagSwvVerstuurd(
  regio: RegionConfig,
  p: {
    swv: { naam: string };
    school: string;
    elkNummer: string;
    soort: string;
    bijlagen: readonly string[];
    opgesteldDoor: string;
    geaccordeerdDoor: { naam: string; email: string };
  },
): GerenderdeMail {
  const aanhef = `Beste medewerker van ${p.swv.naam},`;
  const alineas = [
    `${p.school} vraagt ondersteuning aan voor de leerling met ELK-nummer ${p.elkNummer}.`,
    `Soort aanvraag: ${p.soort}.`,
    p.bijlagen.length === 0
      ? "De motivatie van de school staat in ELK; de school stuurt u die via een beveiligde weg toe."
      : `De motivatie van de school en ${p.bijlagen.length === 1 ? "1 bijlage" : `${p.bijlagen.length} bijlagen`} staan in ELK; de school stuurt ze u via een beveiligde weg toe.`,
    `Opgesteld door ${p.opgesteldDoor}; geaccordeerd en verstuurd door ${p.geaccordeerdDoor.naam} (${p.geaccordeerdDoor.email}). Beantwoord deze e-mail om de school te bereiken.`,
  ];
  const voet = `Deze e-mail is verstuurd door ${regio.productNaam} namens ${p.school}. Vragen over ${regio.productNaam}: ${regio.helpdesk.naam}, ${regio.helpdesk.email}, ${regio.helpdesk.telefoon}.`;
  return {
    onderwerp: `Aanvraag ondersteuning SWV: ${p.soort}, ELK-nummer ${p.elkNummer} (${p.school})`,
    tekst: tekstversie(aanhef, alineas, regio, undefined, voet),
    html: opmaak(regio, aanhef, alineas, undefined, voet),
  };
}
