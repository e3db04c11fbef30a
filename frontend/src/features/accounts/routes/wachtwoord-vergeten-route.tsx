import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import "../accounts.css";
import {
  FormulierMelding,
  formulierFout,
  Tekstveld,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { RouterLink } from "../../../lib/router";
import { useVerzenden } from "../../../lib/use-verzenden";
import { wachtwoordVergeten } from "../api/wachtwoord";

/** ACC-05 "Wachtwoord vergeten": a link to set a new password, by username, through an e-mail. */
export function WachtwoordVergetenRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("accounts.vergeten.titel"));
  const [gebruikersnaam, setGebruikersnaam] = useState("");
  const [bericht, setBericht] = useState<string | null>(null);
  const { verzend, bezig, fout } = useVerzenden(wachtwoordVergeten);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOpFout(formRef, fout);
  const { algemeen, velden } = formulierFout(fout, t);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const antwoord = await verzend(gebruikersnaam.trim());
    if (antwoord !== undefined) setBericht(antwoord);
  }

  return (
    <div className="elk-accountpagina">
      <Heading1>{t("accounts.vergeten.titel")}</Heading1>
      {bericht ? (
        <Alert type="ok" role="status">
          <Paragraph lang="nl">{bericht}</Paragraph>
        </Alert>
      ) : (
        <form ref={formRef} className="elk-kaart elk-formulier" onSubmit={bijVerzenden} noValidate>
          <Paragraph>{t("accounts.vergeten.intro")}</Paragraph>
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
            fout={velden.gebruikersnaam}
          />
          <div className="elk-formulier__knoppen">
            <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
              {bezig ? t("accounts.vergeten.bezig") : t("accounts.vergeten.knop")}
            </Button>
          </div>
          <Paragraph appearance="small">{t("accounts.vergeten.gebruikersnaamVergeten")}</Paragraph>
        </form>
      )}
      <Paragraph>
        <RouterLink href="/inloggen">{t("accounts.vergeten.terug")}</RouterLink>
      </Paragraph>
    </div>
  );
}
