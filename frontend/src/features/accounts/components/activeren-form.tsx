import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import {
  FormulierMelding,
  formulierFout,
  Tekstveld,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { activeren } from "../api/activeren";
import { type NieuwWachtwoord, NieuwWachtwoordVelden } from "./nieuw-wachtwoord-velden";
import { WachtwoordRegels } from "./wachtwoord-regels";

export interface ActiverenGegevens {
  naam: string;
  email: string;
  locatieNaam: string;
  wachtwoordRegels: string[];
}

/**
 * ACC-03 "Inloggegevens instellen": the username is pre-filled with the e-mail address and may be
 * changed; the password is typed twice. A taken username is a 409 whose message belongs at the field.
 */
export function ActiverenForm(props: {
  token: string;
  gegevens: ActiverenGegevens;
  naIngesteld: () => void;
}) {
  const { token, gegevens, naIngesteld } = props;
  const { t } = useI18n();
  const [gebruikersnaam, setGebruikersnaam] = useState(gegevens.email);
  const [nieuw, setNieuw] = useState<NieuwWachtwoord>({ wachtwoord: "", wachtwoordHerhaald: "" });
  const { verzend, bezig, fout } = useVerzenden(activeren);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOpFout(formRef, fout);
  const { algemeen, velden } = formulierFout(fout, t, { AL_IN_GEBRUIK: "gebruikersnaam" });

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ingesteld = await verzend({
      token,
      gebruikersnaam: gebruikersnaam.trim(),
      ...nieuw,
    });
    if (ingesteld) naIngesteld();
  }

  return (
    <form ref={formRef} className="elk-kaart elk-formulier" onSubmit={bijVerzenden} noValidate>
      <Heading2 lang="nl">{t("accounts.activeren.welkom", { naam: gegevens.naam })}</Heading2>
      <Paragraph>{t("accounts.activeren.uitleg", { locatieNaam: gegevens.locatieNaam })}</Paragraph>
      <VerplichtLegenda />
      <FormulierMelding tekst={algemeen} />
      <Tekstveld
        naam="gebruikersnaam"
        label={t("accounts.veld.gebruikersnaam")}
        waarde={gebruikersnaam}
        onWijzig={setGebruikersnaam}
        autoComplete="username"
        letterlijk
        verplicht
        beschrijving={t("accounts.activeren.gebruikersnaamUitleg")}
        fout={velden.gebruikersnaam}
      />
      <WachtwoordRegels regels={gegevens.wachtwoordRegels} />
      <NieuwWachtwoordVelden
        eerste
        waarde={nieuw}
        onWijzig={(veld, waarde) => setNieuw((vorige) => ({ ...vorige, [veld]: waarde }))}
        fouten={velden}
      />
      <div className="elk-formulier__knoppen">
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {bezig ? t("accounts.activeren.bezig") : t("accounts.activeren.knop")}
        </Button>
      </div>
    </form>
  );
}
