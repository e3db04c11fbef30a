import type { nieuwsBeheerNl } from "./nl";

/** English texts of Instellingen > Nieuws; the news itself is written in Dutch. */
export const nieuwsBeheerEn: Record<keyof typeof nieuwsBeheerNl, string> = {
  "nieuwsBeheer.titel": "News",
  "nieuwsBeheer.intro":
    "The news items on the home page. A new item is a draft (concept) until you publish it; a withdrawn item leaves the home page again.",
  "nieuwsBeheer.aantal": "{aantal} news items",
  "nieuwsBeheer.geen": "There are no news items yet.",
  "nieuwsBeheer.toevoegen": "Add news item",
  "nieuwsBeheer.formulier.titel": "Add news item",
  "nieuwsBeheer.titelVeld": "Title",
  "nieuwsBeheer.tekstVeld": "Text",
  "nieuwsBeheer.tekstUitleg": "An empty line starts a new paragraph.",
  "nieuwsBeheer.bron": "Source",
  "nieuwsBeheer.status": "Status",
  "nieuwsBeheer.acties": "Actions",
  "nieuwsBeheer.tekstTonen": "Show text",
  "nieuwsBeheer.status.concept": "Draft",
  "nieuwsBeheer.status.gepubliceerd": "Published on {datum}",
  "nieuwsBeheer.status.ingetrokken": "Withdrawn on {datum}",
  "nieuwsBeheer.opslaan": "Save as draft",
  "nieuwsBeheer.opslaanBezig": "Saving…",
  "nieuwsBeheer.annuleren": "Cancel",
  "nieuwsBeheer.opgeslagen": "The draft “{titel}” has been saved. Publish it to put it on the home page.",
  "nieuwsBeheer.publiceren": "Publish",
  "nieuwsBeheer.opnieuwPubliceren": "Publish again",
  "nieuwsBeheer.intrekken": "Withdraw",
  "nieuwsBeheer.publicerenVan": "Publish: {titel}",
  "nieuwsBeheer.opnieuwPublicerenVan": "Publish again: {titel}",
  "nieuwsBeheer.intrekkenVan": "Withdraw: {titel}",
  "nieuwsBeheer.publicerenTitel": "Publish news item?",
  "nieuwsBeheer.publicerenVraag": "“{titel}” then appears at once on every user's home page.",
  "nieuwsBeheer.intrekkenTitel": "Withdraw news item?",
  "nieuwsBeheer.intrekkenVraag":
    "“{titel}” then leaves the home page. It stays in this list and you can publish it again later.",
  "nieuwsBeheer.gepubliceerd": "“{titel}” is now on the home page.",
  "nieuwsBeheer.ingetrokken": "“{titel}” has been withdrawn and is no longer on the home page.",
};
