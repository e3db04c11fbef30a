import type { RegionConfig } from "@elk/domain";
import { type GerenderdeMail, opmaak, tekstversie } from "./templates";

export interface KeuzeRegel {
  school: string;
  afdeling: string;
}

/**
 * REG-08 / PAR-01: the parents receive the voorkeurslijst by e-mail when the registration is final,
 * whoever made it final (the parents in the ouderportaal, or a VO school by hand).
 */
export function voorkeurslijstBevestiging(
  regio: RegionConfig,
  p: {
    leerlingNaam: string;
    elkNummer: string;
    keuzes: readonly KeuzeRegel[];
    voorrang?: string;
    bijzonderheden: readonly string[];
    aangemeldOp: string;
    bekendmaking: string;
    appUrl: string;
  },
): GerenderdeMail {
  const wanneer = (iso: string) =>
    new Intl.DateTimeFormat("nl-NL", {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "Europe/Amsterdam",
    }).format(new Date(iso));
  const aanhef = "Beste ouder/verzorger,";
  const alineas = [
    `${p.leerlingNaam} (ELK-nummer ${p.elkNummer}) is op ${wanneer(p.aangemeldOp)} aangemeld bij de school van eerste voorkeur. Dit is de voorkeurslijst:`,
    ...p.keuzes.map((k, i) => `${i + 1}. ${k.school} — ${k.afdeling}`),
    ...(p.voorrang ? [`Voorrang aangevraagd bij de school van eerste voorkeur: ${p.voorrang}.`] : []),
    ...p.bijzonderheden,
    `Vanaf ${wanneer(p.bekendmaking)} ziet u in het ouderportaal op welke school uw kind geplaatst is.`,
    "Wilt u de aanmelding ongedaan maken? Dat kan in het ouderportaal zolang de aanmeldperiode loopt.",
  ];
  return {
    onderwerp: `Aanmelding ${p.leerlingNaam}: de voorkeurslijst`,
    tekst: tekstversie(aanhef, alineas, regio, p.appUrl),
    html: opmaak(regio, aanhef, alineas, { tekst: "Naar het ouderportaal", url: p.appUrl }),
  };
}
