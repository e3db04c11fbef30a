/**
 * OSO-01 / OSO-02: what the contactpersoon ELK is told when the Traffic Center refuses an
 * aanleverpunt, in the manual's words: "Controleer dan of het juist aanleverpuntnummer en sleutel
 * ingevuld hebt, bij de juiste BRIN en vestigingscode. Is dat volgens jou het geval? Neem dan
 * contact op met de OSO Servicedesk."
 */
export type AanleverpuntWeigering = "nummer" | "sleutel" | "brin-vestiging" | "geblokkeerd";

const SERVICEDESK = "Klopt dat volgens u? Neem dan contact op met de OSO Servicedesk van Kennisnet.";

export function aanleverpuntMelding(weigering: AanleverpuntWeigering, wat: "registratie" | "ping"): string {
  const begin = wat === "registratie" ? "De registratie is niet gelukt" : "De ping is niet gelukt";
  switch (weigering) {
    case "nummer":
      return wat === "ping"
        ? `${begin}: het Traffic Center kent dit aanleverpunt niet als geregistreerd. Registreer het aanleverpunt opnieuw.`
        : `${begin}: het aanleverpuntnummer is bij OSO niet bekend. Controleer of u het aanleverpuntnummer uit Mijn OSO hebt ingevuld, bij de juiste BRIN en vestigingscode. ${SERVICEDESK}`;
    case "sleutel":
      return `${begin}: de aanleverpuntsleutel hoort niet bij dit aanleverpuntnummer. Controleer of u de sleutel uit Mijn OSO juist hebt ingevuld en klik op Opslaan. ${SERVICEDESK}`;
    case "brin-vestiging":
      return `${begin}: het aanleverpunt hoort bij een andere BRIN en vestigingscode dan deze schoollocatie. Controleer het aanleverpuntnummer en de BRIN en vestigingscode. ${SERVICEDESK}`;
    case "geblokkeerd":
      return `${begin}: het OSO Traffic Center heeft "Mag overdr. aanvragen" voor dit aanleverpunt uitgezet, omdat er vanaf dit aanleverpunt een foutief OSO-dossier is aangeboden. Neem contact op met de OSO Servicedesk van Kennisnet.`;
  }
}

/** The key as the screen shows it: its last four characters only. */
export function sleutelWeergave(einde: string | undefined): string | undefined {
  return einde ? `••••${einde}` : undefined;
}

/** The characters of a key kept in the clear to recognise it: at most four, never more than a third. */
export function sleutelEinde(sleutel: string): string {
  return sleutel.slice(-Math.min(4, Math.floor(sleutel.length / 3)));
}
