import type { MfaStatus, SessieTokens } from "@elk/contracts";
import { Alert, Button, Heading2, Heading3, Link, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import {
  FormulierMelding,
  formulierFout,
  Tekstveld,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { INLOGPAD } from "../../../lib/api-client";
import { formatDatum } from "../../../lib/datum";
import { wachtendeNaMfaStap, wisNaMfaStap } from "../../../lib/mfa-stap";
import { navigate } from "../../../lib/router";
import { bewaarSessie, wisSessie } from "../../../lib/session";
import { useApi } from "../../../lib/use-api";
import { useVerzenden } from "../../../lib/use-verzenden";
import { mfaBevestigen, mfaHerstelcodes, mfaInstellen, mfaStatus, mfaUitzetten } from "../api/mfa";
import { HerstelcodesLijst } from "./herstelcodes-lijst";
import "../mfa.css";

type Modus =
  | { soort: "rust" }
  | { soort: "instellen"; opnieuw: boolean }
  | { soort: "koppelen"; geheim: string; otpauthUri: string }
  | { soort: "uitzetten" }
  | { soort: "herstelcodes" }
  | { soort: "codes"; codes: string[]; sessieVoorbij: boolean; bericht?: string };

/**
 * Issue #10, ACC-08: "Tweestapsverificatie" on Mijn gegevens. Shows whether the second factor is
 * on; sets it up (password, the secret for the app, its first code), sets it up again for a new
 * phone, turns it off where the role allows it, and makes new recovery codes. The API ends the
 * account's other sessions when the secret changes or it is turned off, and gives this tab new
 * tokens; never shown while looking along (the API refuses that too).
 */
export function Tweestapsverificatie({ product }: { product: string }) {
  const { t, locale } = useI18n();
  const status = useApi("mfa-status", (signal) => mfaStatus(signal));
  // Right after signing in: the codes of a second factor set up then, or how many are left.
  const [modus, setModus] = useState<Modus>(() => {
    const na = wachtendeNaMfaStap();
    return na?.soort === "herstelcodes"
      ? { soort: "codes", codes: na.codes, sessieVoorbij: false, bericht: t("mfa.zelf.ingesteld") }
      : { soort: "rust" };
  });
  const [melding, setMelding] = useState<string | null>(() => {
    const na = wachtendeNaMfaStap();
    if (na?.soort !== "herstelcodeGebruikt") return null;
    if (na.over === 0) return t("mfa.herstel.gebruiktLaatste");
    return t(na.over <= 3 ? "mfa.herstel.gebruiktWeinig" : "mfa.herstel.gebruikt", {
      aantal: String(na.over),
    });
  });
  const titelRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (wachtendeNaMfaStap()) {
      wisNaMfaStap();
      titelRef.current?.focus();
    }
  }, []);

  function naar(nieuw: Modus) {
    setMelding(null);
    setModus(nieuw);
  }

  /** New tokens for this tab after the other sessions ended; none: this session ended too. */
  function naSessie(sessie: SessieTokens | undefined): boolean {
    if (sessie) bewaarSessie(sessie);
    return !sessie;
  }

  function terug(tekst: string | null = null) {
    setModus({ soort: "rust" });
    setMelding(tekst);
    status.ververs();
    titelRef.current?.focus();
  }

  let inhoud: ReactNode;
  if (status.status === "laden") inhoud = <Paragraph>{t("app.laden")}</Paragraph>;
  else if (status.status === "fout") inhoud = <ApiFout fout={status.fout} opnieuw={status.opnieuw} />;
  else if (modus.soort === "rust") inhoud = <Staat status={status.data} locale={locale} naar={naar} />;
  else if (modus.soort === "instellen")
    inhoud = (
      <BewijsFormulier
        titel={t(modus.opnieuw ? "mfa.zelf.opnieuwInstellen" : "mfa.zelf.instellen")}
        intro={t(modus.opnieuw ? "mfa.zelf.opnieuwIntro" : "mfa.zelf.instellenIntro")}
        metWachtwoord
        metCode={modus.opnieuw}
        knop={t("mfa.zelf.doorgaan")}
        actie={(invoer) => mfaInstellen(invoer)}
        naGelukt={(antwoord) =>
          naar({ soort: "koppelen", geheim: antwoord.geheim, otpauthUri: antwoord.otpauthUri })
        }
        annuleer={() => terug()}
      />
    );
  else if (modus.soort === "koppelen")
    inhoud = (
      <Koppelen
        geheim={modus.geheim}
        otpauthUri={modus.otpauthUri}
        naGelukt={(antwoord) =>
          naar({
            soort: "codes",
            codes: antwoord.herstelcodes,
            sessieVoorbij: naSessie(antwoord.sessie),
            bericht: t("mfa.zelf.ingesteld"),
          })
        }
        annuleer={() => terug()}
      />
    );
  else if (modus.soort === "uitzetten")
    inhoud = (
      <BewijsFormulier
        titel={t("mfa.zelf.uitzetten")}
        intro={t("mfa.zelf.uitzettenIntro")}
        metWachtwoord
        metCode
        knop={t("mfa.zelf.uitzetten")}
        actie={(invoer) => mfaUitzetten({ wachtwoord: invoer.wachtwoord, code: invoer.code ?? "" })}
        naGelukt={(antwoord) => {
          if (naSessie(antwoord.sessie)) return naarInloggen();
          terug(t("mfa.zelf.uitgezet"));
        }}
        annuleer={() => terug()}
      />
    );
  else if (modus.soort === "herstelcodes")
    inhoud = (
      <BewijsFormulier
        titel={t("mfa.zelf.nieuweHerstelcodes")}
        intro={t("mfa.zelf.herstelcodesIntro")}
        metCode
        knop={t("mfa.zelf.herstelcodesMaken")}
        actie={(invoer) => mfaHerstelcodes({ code: invoer.code ?? "" })}
        naGelukt={(antwoord) => naar({ soort: "codes", codes: antwoord.herstelcodes, sessieVoorbij: false })}
        annuleer={() => terug()}
      />
    );
  else
    inhoud = (
      <>
        {modus.bericht && (
          <Alert type="ok" role="status">
            <Paragraph>{modus.bericht}</Paragraph>
          </Alert>
        )}
        <HerstelcodesLijst
          codes={modus.codes}
          product={product}
          onKlaar={() => (modus.sessieVoorbij ? naarInloggen() : terug())}
        />
      </>
    );

  return (
    <section className="elk-kaart elk-tweestap" aria-labelledby="mfa-zelf-titel">
      <Heading2 id="mfa-zelf-titel" ref={titelRef} tabIndex={-1}>
        {t("mfa.zelf.titel")}
      </Heading2>
      {melding && (
        <Alert type="ok" role="status">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {inhoud}
    </section>
  );
}

function naarInloggen() {
  wisSessie();
  navigate(INLOGPAD, { replace: true });
}

function Staat(props: { status: MfaStatus; locale: string; naar: (modus: Modus) => void }) {
  const { status, locale, naar } = props;
  const { t } = useI18n();
  return (
    <>
      <Paragraph>{t("mfa.zelf.uitleg")}</Paragraph>
      <Paragraph data-testid="mfa-zelf-staat">
        <strong>
          {status.aan
            ? t("mfa.zelf.aan", { datum: status.ingesteldOp ? formatDatum(status.ingesteldOp, locale) : "" })
            : t("mfa.zelf.uit")}
        </strong>
      </Paragraph>
      {status.aan && (
        <Paragraph>{t("mfa.zelf.herstelcodesOver", { aantal: String(status.herstelcodesOver) })}</Paragraph>
      )}
      {status.verplicht && <Paragraph>{t("mfa.zelf.verplicht")}</Paragraph>}
      <div className="elk-formulier__knoppen">
        {status.aan ? (
          <>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => naar({ soort: "instellen", opnieuw: true })}
            >
              {t("mfa.zelf.opnieuwInstellen")}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => naar({ soort: "herstelcodes" })}
            >
              {t("mfa.zelf.nieuweHerstelcodes")}
            </Button>
            {!status.verplicht && (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => naar({ soort: "uitzetten" })}
              >
                {t("mfa.zelf.uitzetten")}
              </Button>
            )}
          </>
        ) : (
          <Button
            type="button"
            appearance="primary-action-button"
            onClick={() => naar({ soort: "instellen", opnieuw: false })}
          >
            {t("mfa.zelf.instellen")}
          </Button>
        )}
      </div>
    </>
  );
}

interface Bewijs {
  wachtwoord: string;
  code?: string;
}

/** The proofs a change asks: the password and/or a current code (or recovery code). */
/**
 * A form of this section: sending through useVerzenden, the focus on `eersteFocus` when it opens
 * and on the error summary when the server refuses, the refusal split into a general message and
 * messages per field.
 */
function useMfaFormulier<I, T extends NonNullable<unknown>>(
  actie: (invoer: I) => Promise<T>,
  eersteFocus: string,
) {
  const { t } = useI18n();
  const { verzend, bezig, fout } = useVerzenden(actie);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOpFout(formRef, fout);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>(eersteFocus)?.focus();
  }, [eersteFocus]);
  return { verzend, bezig, formRef, ...formulierFout(fout, t) };
}

function BewijsFormulier<T extends NonNullable<unknown>>(props: {
  titel: string;
  intro: string;
  metWachtwoord?: boolean;
  metCode?: boolean;
  knop: string;
  actie: (invoer: Bewijs) => Promise<T>;
  naGelukt: (antwoord: T) => void;
  annuleer: () => void;
}) {
  const { titel, intro, metWachtwoord, metCode, knop, actie, naGelukt, annuleer } = props;
  const { t } = useI18n();
  const [invoer, setInvoer] = useState({ wachtwoord: "", code: "" });
  const { verzend, bezig, algemeen, velden, formRef } = useMfaFormulier(actie, "input:not([hidden])");

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const antwoord = await verzend({
      wachtwoord: invoer.wachtwoord,
      ...(metCode ? { code: invoer.code.trim() } : {}),
    });
    if (antwoord) naGelukt(antwoord);
    else setInvoer((v) => ({ ...v, code: "" }));
  }

  return (
    <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
      <Heading3>{titel}</Heading3>
      <Paragraph>{intro}</Paragraph>
      <VerplichtLegenda />
      <FormulierMelding tekst={algemeen} />
      {metWachtwoord && (
        <Tekstveld
          naam="wachtwoord"
          type="password"
          label={t("mfa.zelf.wachtwoord")}
          waarde={invoer.wachtwoord}
          onWijzig={(wachtwoord) => setInvoer((v) => ({ ...v, wachtwoord }))}
          autoComplete="current-password"
          verplicht
          fout={velden.wachtwoord}
        />
      )}
      {metCode && (
        <Tekstveld
          naam="code"
          label={t("mfa.zelf.code")}
          beschrijving={t("mfa.zelf.codeUitleg")}
          waarde={invoer.code}
          onWijzig={(code) => setInvoer((v) => ({ ...v, code }))}
          autoComplete="one-time-code"
          letterlijk
          verplicht
          fout={velden.code}
        />
      )}
      <div className="elk-formulier__knoppen">
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {bezig ? t("mfa.zelf.bezig") : knop}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={annuleer}>
          {t("mfa.zelf.annuleren")}
        </Button>
      </div>
    </form>
  );
}

/** The new secret for the app, confirmed with its first code. */
function Koppelen(props: {
  geheim: string;
  otpauthUri: string;
  naGelukt: (antwoord: Awaited<ReturnType<typeof mfaBevestigen>>) => void;
  annuleer: () => void;
}) {
  const { geheim, otpauthUri, naGelukt, annuleer } = props;
  const { t } = useI18n();
  const [code, setCode] = useState("");
  const { verzend, bezig, algemeen, velden, formRef } = useMfaFormulier(mfaBevestigen, "h3");

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const antwoord = await verzend({ code: code.trim() });
    if (antwoord) naGelukt(antwoord);
    else setCode("");
  }

  return (
    <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
      <Heading3 tabIndex={-1}>{t("mfa.zelf.stap2Titel")}</Heading3>
      <Paragraph>{t("mfa.zelf.stap2Intro")}</Paragraph>
      <Paragraph>
        {t("inloggen.mfa.geheimLabel")}{" "}
        <code className="elk-mfa-geheim" data-testid="mfa-geheim">
          {geheim}
        </code>
      </Paragraph>
      <Paragraph>
        <Link href={otpauthUri}>{t("inloggen.mfa.openInApp")}</Link>
      </Paragraph>
      <FormulierMelding tekst={algemeen} />
      <Tekstveld
        naam="code"
        label={t("mfa.zelf.nieuweCode")}
        beschrijving={t("mfa.zelf.nieuweCodeUitleg")}
        waarde={code}
        onWijzig={setCode}
        autoComplete="one-time-code"
        letterlijk
        verplicht
        fout={velden.code}
      />
      <div className="elk-formulier__knoppen">
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {bezig ? t("mfa.zelf.bezig") : t("mfa.zelf.bevestigen")}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={annuleer}>
          {t("mfa.zelf.annuleren")}
        </Button>
      </div>
    </form>
  );
}
