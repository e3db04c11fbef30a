import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
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
import { mijnWachtwoordWijzigen } from "../api/mij";
import { NieuwWachtwoordVelden } from "./nieuw-wachtwoord-velden";

const LEEG = { huidigWachtwoord: "", wachtwoord: "", wachtwoordHerhaald: "" };

/** ACC-08: a new password, asking the current one first. */
export function WachtwoordWijzigenForm({ gebruikersnaam }: { gebruikersnaam: string }) {
  const { t } = useI18n();
  const [invoer, setInvoer] = useState(LEEG);
  const [gewijzigd, setGewijzigd] = useState(false);
  const { verzend, bezig, fout } = useVerzenden(mijnWachtwoordWijzigen);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOpFout(formRef, fout);
  const { algemeen, velden } = formulierFout(fout, t);
  const wijzig = (veld: keyof typeof LEEG) => (waarde: string) =>
    setInvoer((vorige) => ({ ...vorige, [veld]: waarde }));

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGewijzigd(false);
    if (!(await verzend(invoer))) return;
    setInvoer(LEEG);
    setGewijzigd(true);
  }

  return (
    <form ref={formRef} className="elk-kaart elk-formulier" onSubmit={bijVerzenden} noValidate>
      <Heading2>{t("accounts.mij.wachtwoordWijzigen")}</Heading2>
      <VerplichtLegenda />
      <FormulierMelding tekst={algemeen} />
      {gewijzigd && (
        <Alert type="ok" role="status">
          <Paragraph>{t("accounts.mij.wachtwoordGewijzigd")}</Paragraph>
        </Alert>
      )}
      {/* Lets password managers store the new password under the right username. */}
      <input type="text" hidden readOnly autoComplete="username" value={gebruikersnaam} />
      <Tekstveld
        naam="huidigWachtwoord"
        type="password"
        label={t("accounts.wachtwoord.huidig")}
        waarde={invoer.huidigWachtwoord}
        onWijzig={wijzig("huidigWachtwoord")}
        autoComplete="current-password"
        verplicht
        fout={velden.huidigWachtwoord}
      />
      <NieuwWachtwoordVelden
        waarde={invoer}
        onWijzig={(veld, waarde) => wijzig(veld)(waarde)}
        fouten={velden}
      />
      <div className="elk-formulier__knoppen">
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {bezig ? t("accounts.formulier.bezig") : t("accounts.mij.wachtwoordKnop")}
        </Button>
      </div>
    </form>
  );
}
