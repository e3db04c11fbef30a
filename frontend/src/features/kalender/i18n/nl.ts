/** The texts of Instellingen > Kalender (REG-10, LOT-04), merged into the app's messages by src/i18n/nl.ts. */
export const kalenderNl = {
  "kalender.titel": "Kalender",
  "kalender.intro":
    "Per schooljaar: wanneer ouders hun kind aanmelden, de VO-scholen de aanmeldingen behandelen, er geloot wordt en de plaatsing bekend wordt. Kies bovenin een ander schooljaar om de kalender daarvan te zien.",
  "kalender.schooljaar": "Schooljaar {schooljaar}",
  "kalender.standaard":
    "Voor schooljaar {schooljaar} is nog geen kalender vastgesteld. Hieronder staan de standaarddatums van de regio; wijzig en sla ze op om de kalender vast te stellen.",
  "kalender.aanmeldperiode": "Aanmeldperiode",
  "kalender.behandelperiode": "Behandelperiode",
  "kalender.decentraleLoting": "Decentrale loting",
  "kalender.centralePlaatsing": "Centrale plaatsing en loting",
  "kalender.bekendmaking": "Bekendmaking",
  "kalender.periode": "{van} tot en met {tot}",
  "kalender.moment": "{datum} om {tijd} uur",
  "kalender.van": "Van",
  "kalender.totEnMet": "Tot en met",
  "kalender.bekendmakingDatum": "Datum",
  "kalender.bekendmakingTijd": "Tijd",
  "kalender.bekendmakingUitleg":
    "Vanaf dit moment zien ouders de plaatsing in het ouderportaal. Leeg gelaten: 16:00 uur de dag na de centrale plaatsing en loting.",
  "kalender.tijdBestaatNiet":
    "Dit tijdstip bestaat niet in Nederlandse tijd (de klok gaat dan een uur vooruit). Kies een ander tijdstip.",
  "kalender.wijzigen": "Kalender wijzigen",
  "kalender.wijzigenTitel": "Kalender van schooljaar {schooljaar} wijzigen",
  "kalender.opslaan": "Opslaan",
  "kalender.opslaanBezig": "Bezig met opslaan…",
  "kalender.annuleren": "Annuleren",
  "kalender.opnieuwLaden": "Opnieuw laden",
  "kalender.opgeslagen": "De kalender van schooljaar {schooljaar} is opgeslagen.",
} as const;
