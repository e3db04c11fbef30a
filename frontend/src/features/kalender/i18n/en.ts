import type { kalenderNl } from "./nl";

/** English texts of Instellingen > Kalender; domain words stay Dutch. */
export const kalenderEn: Record<keyof typeof kalenderNl, string> = {
  "kalender.titel": "Calendar",
  "kalender.intro":
    "Per school year: when parents register their child, the VO schools handle the registrations, the lotteries are held and the placement is announced. Choose another school year at the top to see its calendar.",
  "kalender.schooljaar": "School year {schooljaar}",
  "kalender.standaard":
    "No calendar has been set for school year {schooljaar} yet. Below are the region's default dates; edit and save them to set the calendar.",
  "kalender.aanmeldperiode": "Aanmeldperiode (registration)",
  "kalender.behandelperiode": "Behandelperiode (handling)",
  "kalender.decentraleLoting": "Decentrale loting",
  "kalender.centralePlaatsing": "Centrale plaatsing en loting (CP&L)",
  "kalender.bekendmaking": "Announcement",
  "kalender.periode": "{van} up to and including {tot}",
  "kalender.moment": "{datum} at {tijd}",
  "kalender.van": "From",
  "kalender.totEnMet": "Up to and including",
  "kalender.bekendmakingDatum": "Date",
  "kalender.bekendmakingTijd": "Time",
  "kalender.bekendmakingUitleg":
    "From this moment parents see the placement in the ouderportaal. Left empty: 16:00 on the day after the centrale plaatsing en loting.",
  "kalender.tijdBestaatNiet":
    "This time does not exist in Dutch time (the clocks go forward an hour). Choose another time.",
  "kalender.wijzigen": "Edit calendar",
  "kalender.wijzigenTitel": "Edit the calendar of school year {schooljaar}",
  "kalender.opslaan": "Save",
  "kalender.opslaanBezig": "Saving…",
  "kalender.annuleren": "Cancel",
  "kalender.opnieuwLaden": "Reload",
  "kalender.opgeslagen": "The calendar of school year {schooljaar} has been saved.",
};
