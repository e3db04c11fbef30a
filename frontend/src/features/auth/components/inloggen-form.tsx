import type { MfaStap } from "@elk/contracts";
import {
  Alert,
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from "@utrecht/component-library-react";
import { type FormEvent, useId, useRef, useState } from "react";
import { foutTekst } from "../../../components/api-fout";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/nl";
import { wachtendeMfaStap, wisMfaStap } from "../../../lib/mfa-stap";
import { RouterLink } from "../../../lib/router";
import { useInloggen } from "../api/inloggen";
import { MfaStapForm } from "./mfa-stap-form";

type Veld = "gebruikersnaam" | "wachtwoord";

export function InloggenForm({ naIngelogd }: { naIngelogd: () => void }) {
  const { t } = useI18n();
  const sessie = useInloggen();
  const { inloggen, bezig, fout } = sessie;
  // Issue #10: after the password, the second factor's step (or one started by setting up an account).
  const [mfaStap, setMfaStap] = useState<MfaStap | null>(() => wachtendeMfaStap());
  const [veldFouten, setVeldFouten] = useState<Partial<Record<Veld, MessageKey>>>({});
  const id = useId();
  const gebruikersnaamRef = useRef<HTMLInputElement>(null);
  const wachtwoordRef = useRef<HTMLInputElement>(null);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const gebruikersnaam = String(data.get("gebruikersnaam") ?? "").trim();
    const wachtwoord = String(data.get("wachtwoord") ?? "");
    const fouten: Partial<Record<Veld, MessageKey>> = {};
    if (!gebruikersnaam) fouten.gebruikersnaam = "inloggen.gebruikersnaamVerplicht";
    if (!wachtwoord) fouten.wachtwoord = "inloggen.wachtwoordVerplicht";
    setVeldFouten(fouten);
    const eersteFout = fouten.gebruikersnaam ? gebruikersnaamRef : fouten.wachtwoord ? wachtwoordRef : null;
    if (eersteFout) {
      eersteFout.current?.focus();
      return;
    }
    const uitkomst = await inloggen({ gebruikersnaam, wachtwoord });
    if (uitkomst === "ingelogd") naIngelogd();
    else if (uitkomst) setMfaStap(uitkomst);
  }

  if (mfaStap) {
    return (
      <MfaStapForm
        stap={mfaStap}
        sessie={sessie}
        naIngelogd={() => {
          wisMfaStap();
          naIngelogd();
        }}
        opnieuw={() => {
          wisMfaStap();
          sessie.wisFout();
          setMfaStap(null);
        }}
      />
    );
  }

  const veld = (naam: Veld, type: "text" | "password", autoComplete: string, ref: typeof wachtwoordRef) => {
    const foutKey = veldFouten[naam];
    const foutId = `${id}-${naam}-fout`;
    return (
      <FormField
        invalid={Boolean(foutKey)}
        label={<FormLabel htmlFor={`${id}-${naam}`}>{t(`inloggen.${naam}`)}</FormLabel>}
        errorMessage={foutKey && <FormFieldErrorMessage id={foutId}>{t(foutKey)}</FormFieldErrorMessage>}
        input={
          <Textbox
            ref={ref}
            id={`${id}-${naam}`}
            name={naam}
            type={type}
            autoComplete={autoComplete}
            invalid={Boolean(foutKey)}
            aria-describedby={foutKey ? foutId : undefined}
            autoCapitalize="none"
            spellCheck={false}
          />
        }
      />
    );
  };

  return (
    <form className="elk-inloggen" onSubmit={bijVerzenden} noValidate aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>{t("inloggen.titel")}</Heading2>
      <Paragraph>{t("inloggen.intro")}</Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph lang={fout.vanServer ? "nl" : undefined}>{foutTekst(fout, t)}</Paragraph>
        </Alert>
      )}
      {veld("gebruikersnaam", "text", "username", gebruikersnaamRef)}
      {veld("wachtwoord", "password", "current-password", wachtwoordRef)}
      <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
        {bezig ? t("inloggen.bezig") : t("inloggen.knop")}
      </Button>
      {/* ACC-05: a new password by username, through an e-mail. */}
      <Paragraph>
        <RouterLink href="/wachtwoord-vergeten">{t("inloggen.wachtwoordVergeten")}</RouterLink>
      </Paragraph>
    </form>
  );
}
