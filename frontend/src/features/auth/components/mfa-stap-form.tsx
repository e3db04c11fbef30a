import type { MfaStap } from "@elk/contracts";
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Link,
  Paragraph,
  Textbox,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { foutTekst } from "../../../components/api-fout";
import { useI18n } from "../../../i18n/i18n";
import { bewaarNaMfaStap } from "../../../lib/mfa-stap";
import { navigate } from "../../../lib/router";
import type { Inloggen } from "../api/inloggen";

/**
 * Issue #10: the second step of signing in — the code of the authenticator app, after setting it
 * up when the account has none yet and its role requires one. The secret is shown as text (to
 * type into the app) and as an otpauth:// link (which a phone's app opens); no QR image, so no
 * extra library. Instead of the app's code a recovery code is accepted (a lost phone); after one,
 * or after setting up here (which makes ten new ones), "Mijn gegevens" opens and shows them or how
 * many are left.
 */
export function MfaStapForm(props: {
  stap: MfaStap;
  sessie: Inloggen;
  naIngelogd: () => void;
  opnieuw: () => void;
}) {
  const { stap, sessie, naIngelogd, opnieuw } = props;
  const { t } = useI18n();
  const id = useId();
  const codeRef = useRef<HTMLInputElement>(null);
  const [leeg, setLeeg] = useState(false);
  const instellen = stap.mfa === "instellen";

  useEffect(() => {
    codeRef.current?.focus();
  }, []);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "").trim();
    setLeeg(!code);
    if (!code) {
      codeRef.current?.focus();
      return;
    }
    const antwoord = await sessie.code({ sessie: stap.sessie, code });
    if (antwoord) {
      const { herstelcodes, herstelcodesOver } = antwoord;
      if (herstelcodes) bewaarNaMfaStap({ soort: "herstelcodes", codes: herstelcodes });
      else if (herstelcodesOver !== undefined)
        bewaarNaMfaStap({ soort: "herstelcodeGebruikt", over: herstelcodesOver });
      naIngelogd();
      if (herstelcodes || herstelcodesOver !== undefined) navigate("/mijn-gegevens", { replace: true });
      return;
    }
    if (codeRef.current) {
      codeRef.current.value = "";
      codeRef.current.focus();
    }
  }

  const fout = sessie.fout;
  const verlopen = fout?.code === "MFA_SESSIE_VERLOPEN";
  const foutId = `${id}-code-fout`;
  const uitlegId = `${id}-code-uitleg`;
  return (
    <form className="elk-inloggen" onSubmit={bijVerzenden} noValidate aria-labelledby={`${id}-titel`}>
      <Heading2 id={`${id}-titel`}>
        {t(instellen ? "inloggen.mfa.instellenTitel" : "inloggen.mfa.titel")}
      </Heading2>
      {instellen ? (
        <>
          <Paragraph>{t("inloggen.mfa.instellenIntro")}</Paragraph>
          <Paragraph>
            {t("inloggen.mfa.geheimLabel")}{" "}
            <code className="elk-mfa-geheim" data-testid="mfa-geheim">
              {stap.geheim}
            </code>
          </Paragraph>
          {stap.otpauthUri && (
            <Paragraph>
              <Link href={stap.otpauthUri}>{t("inloggen.mfa.openInApp")}</Link>
            </Paragraph>
          )}
        </>
      ) : (
        <Paragraph>{t("inloggen.mfa.intro")}</Paragraph>
      )}
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph lang={fout.vanServer ? "nl" : undefined}>{foutTekst(fout, t)}</Paragraph>
        </Alert>
      )}
      {verlopen ? (
        <Button type="button" appearance="primary-action-button" onClick={opnieuw}>
          {t("inloggen.mfa.opnieuw")}
        </Button>
      ) : (
        <>
          <FormField
            invalid={leeg}
            label={<FormLabel htmlFor={`${id}-code`}>{t("inloggen.mfa.code")}</FormLabel>}
            description={
              <FormFieldDescription id={uitlegId}>
                {t(instellen ? "inloggen.mfa.codeUitleg" : "mfa.stap.codeUitleg")}
              </FormFieldDescription>
            }
            errorMessage={
              leeg && (
                <FormFieldErrorMessage id={foutId}>{t("inloggen.mfa.codeVerplicht")}</FormFieldErrorMessage>
              )
            }
            input={
              <Textbox
                ref={codeRef}
                id={`${id}-code`}
                name="code"
                type="text"
                inputMode={instellen ? "numeric" : "text"}
                autoComplete="one-time-code"
                maxLength={instellen ? 7 : 11}
                invalid={leeg}
                aria-describedby={leeg ? `${uitlegId} ${foutId}` : uitlegId}
                spellCheck={false}
              />
            }
          />
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={sessie.bezig}
            disabled={sessie.bezig}
          >
            {sessie.bezig ? t("inloggen.bezig") : t("inloggen.mfa.knop")}
          </Button>
          <Paragraph>
            <Button type="button" appearance="subtle-button" onClick={opnieuw}>
              {t("inloggen.mfa.annuleren")}
            </Button>
          </Paragraph>
        </>
      )}
    </form>
  );
}
