import type { lotingNl } from "./nl";

/** English texts of the Centrale plaatsing en loting screen; domain words stay Dutch. */
export const lotingEn: Record<keyof typeof lotingNl, string> = {
  "loting.titel": "Centrale plaatsing en loting",
  "loting.centraalTitel": "Central lottery",
  "loting.centraalIntro":
    "In this region every registered pupil is placed in one central lottery over their whole list of preferences (deferred acceptance with one lottery number per pupil). Whoever ranked a school above the place they got is on that school's reserve list: first those who ranked it highest, then by lottery number. Making it final places every pupil at the school of the outcome and keeps its reserve places.",
  "loting.cplTitel": "Central placement and lottery (CP&L)",
  "loting.intro":
    "Pupils who were uitgeloot at their first choice go to the Centrale Plaatsing en Loting (CP&L). They are placed over their 2nd to 5th choice on the seats still free. A pupil draws only once per school.",
  "loting.centraalGeplaatst": "{aantal} pupils processed: placed, or on the reserve lists.",
  "loting.tweedeRonde.titel": "Second round: reserve lists",
  "loting.tweedeRonde.intro":
    "When a seat becomes free, because a pupil is withdrawn or the capacity is raised, it goes to the first on the reserve list who ranked the school higher than their current place. Their old seat goes to the next in the same way. Pupils keep their reserve places; parents and primary school are told at once.",
  "loting.tweedeRonde.knop": "Process reserve lists",
  "loting.tweedeRonde.bezig": "The reserve lists are being processed…",
  "loting.tweedeRonde.stil": "Processing has stood still for a while. Start it again.",
  "loting.tweedeRonde.klaar": "{aantal} pupils moved up (processed at {op} by {door}).",
  "loting.tweedeRonde.mislukt":
    "{aantal} moves were not made: a registration had changed meanwhile. Process the reserve lists again.",
  "loting.tweedeRonde.bijschrift": "Moved up from the reserve list",
  "loting.tweedeRonde.van": "Was placed at",
  "loting.seedTitel": "Seed and commitment",
  "loting.geenSeed":
    "No seed has been committed yet. Commit it before the registration period ends: ELK makes a secret seed and publishes only its commitment (its SHA-256). After the draw the seed is revealed, so anyone can re-run the draw.",
  "loting.seedVastleggen": "Commit seed",
  "loting.seedVastleggenBezig": "Committing…",
  "loting.commitment": "Commitment (SHA-256 of the seed)",
  "loting.vastgelegd": "Committed",
  "loting.vastgelegdOpDoor": "{op} by {door}",
  "loting.naSluiting": "Note: the seed was committed after the registration period ended.",
  "loting.seed": "Seed (revealed)",
  "loting.capaciteitTitel": "Capacity per afdeling",
  "loting.capaciteitIntro":
    'Free seats = capacity minus the pupils aangemeld, geplaatst or toegewezen there. Only afdelingen that a pupil in the CP&L chose 2nd to 5th are listed. Enter extra capacity to see what changes ("what if 5 more seats").',
  "loting.capaciteitBijschrift": "Capacity per afdeling against the registrations and the pupils in the CP&L",
  "loting.deelnemers": "Pupils in the CP&L: {aantal}",
  "loting.school": "School",
  "loting.afdeling": "Afdeling",
  "loting.capaciteit": "Capacity",
  "loting.geenCapaciteit": "No maximum",
  "loting.capaciteitGroep": "{capaciteit} (capaciteitsgroep {groep})",
  "loting.bezet": "Aangemeld, geplaatst or toegewezen",
  "loting.resterend": "Free",
  "loting.inCpl": "In the CP&L",
  "loting.extra": "Extra",
  "loting.extraLabel": "Extra capacity {school}, {afdeling}",
  "loting.geenAfdelingen": "No pupil is in the CP&L.",
  "loting.voorbeeld": "Preview",
  "loting.voorbeeldBezig": "Calculating…",
  "loting.uitkomstTitel": "Outcome of the preview",
  "loting.uitkomstIntro":
    "This is a preview: nothing has been assigned. The seed stays secret until the draw is final.",
  "loting.geplaatstVoorkeur": "Placed at choice {voorkeur}",
  "loting.nietGeplaatst": "Not placed (stays uitgeloot)",
  "loting.aantal": "Number",
  "loting.uitkomstBijschrift": "Numbers per choice",
  "loting.leerlingenBijschrift": "Pupils in the CP&L with their place",
  "loting.elkNummer": "ELK-nummer",
  "loting.leerling": "Leerling",
  "loting.eersteKeuze": "First choice",
  "loting.geplaatstOp": "Placed at",
  "loting.voorkeur": "Choice",
  "loting.lotingnummer": "Lottery number",
  "loting.geenPlaats": "No place",
  "loting.definitief": "Make final",
  "loting.definitiefBezig": "Assigning…",
  "loting.definitiefVraag":
    "The seed is revealed, the outcome stored and every placed pupil assigned to the school of the CP&L. This cannot be undone. Extra capacity entered now counts.",
  "loting.annuleren": "Cancel",
  "loting.wordtDefinitief": "Being made final",
  "loting.voortgang.label": "Progress",
  "loting.voortgang.tekst": "{gedaan} of {totaal} registrations processed ({procent}%).",
  "loting.voortgang.trekken": "The lottery is being drawn and stored…",
  "loting.voortgang.stil":
    "There has been no progress for several minutes. Make the lottery final again to continue; it is not drawn again.",
  "loting.definitiefGemaakt": "Made final",
  "loting.toegewezen": "{aantal} pupils assigned.",
  "loting.mislukt":
    "{aantal} assignments failed. Make the draw final again to carry them out; pupils already assigned stay as they are.",
  "loting.controleTitel": "Re-run",
  "loting.controleIntro":
    "Anyone with the run's file can check that the seed belongs to the commitment and that the outcome is right:",
  "loting.downloaden": "Download run (JSON)",
  "loting.decentraal.titel": "Decentral lottery (decentrale loting)",
  "loting.decentraal.intro":
    "A school or afdeling with more registrations than seats draws lots among the pupils who chose it first and have no status yet. Granted voorrang goes first; a meerling draws as one lot. Who loses gets the status Uitgeloot and goes to the Centrale Plaatsing en Loting; who wins stays registered and is placed by the school. The decentral lottery has its own seed.",
  "loting.decentraal.geenSeed":
    "No seed has been committed for the decentral lottery yet. ELK makes a secret seed and publishes only its commitment (its SHA-256); the seed is revealed after the draw.",
  "loting.decentraal.deelnemers": "Pupils without a status at their 1st choice: {aantal}",
  "loting.decentraal.eenhedenBijschrift": "Over-subscribed afdelingen and capaciteitsgroepen",
  "loting.decentraal.geenEenheden": "No afdeling or capaciteitsgroep has more registrations than seats.",
  "loting.decentraal.eenheid": "Afdeling or capaciteitsgroep",
  "loting.decentraal.capaciteitsgroep": "{naam} (capaciteitsgroep)",
  "loting.decentraal.aangemeld": "Registered (1st choice)",
  "loting.decentraal.capaciteit": "Seats for the draw",
  "loting.decentraal.ingeloot": "Drawn in",
  "loting.decentraal.uitgeloot": "Drawn out",
  "loting.decentraal.naarGelijkwaardig": "To an equivalent afdeling",
  "loting.decentraal.uitkomstTitel": "Outcome of the preview (decentral lottery)",
  "loting.decentraal.uitkomstIntro":
    "This is a preview: nothing has changed. The seed stays secret until the draw is final.",
  "loting.decentraal.samenvatting":
    "{geloot} pupils take part in a draw, {uitgeloot} drawn out, {naarGelijkwaardig} to an equivalent afdeling.",
  "loting.decentraal.definitiefVraag":
    "The decentral lottery's seed is revealed, the outcome stored and every pupil drawn out gets the status Uitgeloot. This cannot be undone.",
  "loting.decentraal.definitiefBezig": "Processing…",
  "loting.decentraal.verwerkt": "{aantal} registrations processed.",
  "loting.decentraal.mislukt":
    "{aantal} registrations were not processed. Make the draw final again to process them; nothing is drawn again.",
};
