import type { RegionConfig } from "@elk/domain";
import { type GerenderdeMail, opmaak, tekstversie, voettekstOuders } from "./templates";

/** TRT-04 / MAIL-01: the parents hear the VO school's decision on the voorrang they claimed. */
export function voorrangBesluit(
  regio: RegionConfig,
  p: { leerlingNaam: string; school: string; besluit: "toegekend" | "afgewezen"; appUrl: string },
): GerenderdeMail {
  const aanhef = "Beste ouder/verzorger,";
  const alineas = [
    p.besluit === "toegekend"
      ? `${p.school} heeft de voorrang die u bij de aanmelding van ${p.leerlingNaam} aanvroeg gecontroleerd en toegekend.`
      : `${p.school} heeft de voorrang die u bij de aanmelding van ${p.leerlingNaam} aanvroeg gecontroleerd en afgewezen. De aanmelding zelf blijft gewoon staan.`,
    p.besluit === "afgewezen"
      ? "Heeft u vragen over dit besluit? Neem dan contact op met de school."
      : "U hoeft verder niets te doen.",
  ];
  const voet = voettekstOuders(regio);
  return {
    onderwerp: `Voorrang ${p.besluit} voor ${p.leerlingNaam}`,
    tekst: tekstversie(aanhef, alineas, regio, p.appUrl, voet),
    html: opmaak(regio, aanhef, alineas, { tekst: "Naar het ouderportaal", url: p.appUrl }, voet),
  };
}

/** TRT-06 / MAIL-01: the region's project leader is told of every *niet plaatsen*. */
export function nietGeplaatstProjectleider(
  regio: RegionConfig,
  p: { leerlingNaam: string; elkNummer: string; school: string; toelichting: string; door: string },
): GerenderdeMail {
  const aanhef = `Beste ${regio.projectleider.naam},`;
  const alineas = [
    `${p.school} heeft ${p.leerlingNaam} (ELK-nummer ${p.elkNummer}) de status Niet geplaatst gegeven.`,
    `Toelichting van de school (${p.door}): ${p.toelichting}`,
    "De leerling is niet meer aan deze school gekoppeld en kan zich bij een andere school aanmelden. De basisschool is geïnformeerd.",
  ];
  return {
    onderwerp: `Niet geplaatst: ${p.leerlingNaam} (${p.school})`,
    tekst: tekstversie(aanhef, alineas, regio),
    html: opmaak(regio, aanhef, alineas),
  };
}

/** LOT-04 / MAIL-01: at the announcement the parents hear where their child is placed. */
export function plaatsingBekendgemaakt(
  regio: RegionConfig,
  p: { leerlingNaam: string; school: string; afdeling: string; appUrl: string },
): GerenderdeMail {
  const aanhef = "Beste ouder/verzorger,";
  const alineas = [
    `${p.leerlingNaam} is geplaatst op ${p.school}, afdeling ${p.afdeling}.`,
    "In het ouderportaal ziet u de plaatsing. De school neemt contact met u op over de inschrijving en de start van het schooljaar.",
  ];
  const voet = voettekstOuders(regio);
  return {
    onderwerp: `Plaatsing ${p.leerlingNaam}: ${p.school}`,
    tekst: tekstversie(aanhef, alineas, regio, p.appUrl, voet),
    html: opmaak(regio, aanhef, alineas, { tekst: "Naar het ouderportaal", url: p.appUrl }, voet),
  };
}
