import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  Heading1,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import "../leerlingen.css";
import {
  FormulierMelding,
  formulierFout,
  Tekstveld,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { INLOGPAD } from "../../../lib/api-client";
import { useDocumentTitle } from "../../../lib/document-title";
import { useRegio } from "../../../lib/regio";
import { RouterLink } from "../../../lib/router";
import { useVerzenden } from "../../../lib/use-verzenden";
import { ouderinlogAanvragen } from "../api/ouderinlog-aanvragen";
import { LeerlingVelden } from "../components/leerling-velden";
import { aanvraagBody, LEERLING_VELDEN, LEGE_LEERLING, type LeerlingInvoer } from "../utils/leerling-invoer";

/**
 * /ouderinlog-aanvragen (REG-07), open without signing in: parents of a pupil of the other
 * Kernprocedure ask for an ouderinlog in the week before the registration period. The API decides
 * whether it is that week and says so in Dutch; its confirmation replaces the form.
 */
export function OuderinlogAanvragenRoute() {
  const { t } = useI18n();
  const { productNaam } = useRegio();
  useDocumentTitle(t("ouderinlogAanvragen.titel"));
  const [bevestiging, setBevestiging] = useState<string | null>(null);
  return (
    <div className="elk-ouderinlog-aanvragen">
      <Heading1>{t("ouderinlogAanvragen.titel")}</Heading1>
      {bevestiging ? (
        <Bevestiging bericht={bevestiging} />
      ) : (
        <>
          <Paragraph>{t("ouderinlogAanvragen.intro", { productNaam })}</Paragraph>
          <Paragraph>{t("ouderinlogAanvragen.nietVoor")}</Paragraph>
          <Paragraph>{t("ouderinlogAanvragen.eenKernprocedure")}</Paragraph>
          <AanvraagFormulier naVerstuurd={setBevestiging} />
        </>
      )}
    </div>
  );
}

function AanvraagFormulier({ naVerstuurd }: { naVerstuurd: (bericht: string) => void }) {
  const { t } = useI18n();
  const [invoer, setInvoer] = useState<LeerlingInvoer>(LEGE_LEERLING);
  const [basisschool, setBasisschool] = useState({ naam: "", plaats: "" });
  const verzenden = useVerzenden(ouderinlogAanvragen);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOpFout(formRef, verzenden.fout);
  const { algemeen, velden } = formulierFout(verzenden.fout, t);
  const overig = Object.entries(velden).filter(
    ([veld]) => !LEERLING_VELDEN.has(veld) && !veld.startsWith("basisschool."),
  );

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const antwoord = await verzenden.verzend(aanvraagBody(invoer, basisschool));
    if (antwoord) naVerstuurd(antwoord.bericht);
  }

  return (
    <form ref={formRef} className="elk-formulier elk-leerling-paneel" onSubmit={bijVerzenden} noValidate>
      <Heading2>{t("ouderinlogAanvragen.leerling")}</Heading2>
      <VerplichtLegenda />
      <FormulierMelding tekst={algemeen} />
      {overig.length > 0 && <FormulierMelding tekst={overig.map(([, bericht]) => bericht).join(" ")} />}
      <LeerlingVelden
        invoer={invoer}
        wijzig={(veld, waarde) => setInvoer((vorige) => ({ ...vorige, [veld]: waarde }))}
        velden={velden}
        modus="ouder"
      />
      <Fieldset>
        <FieldsetLegend>{t("ouderinlogAanvragen.basisschool")}</FieldsetLegend>
        <div className="elk-leerling-velden__rij">
          <Tekstveld
            naam="basisschoolNaam"
            label={t("ouderinlogAanvragen.basisschoolNaam")}
            waarde={basisschool.naam}
            onWijzig={(naam) => setBasisschool((vorige) => ({ ...vorige, naam }))}
            fout={velden["basisschool.naam"]}
            verplicht
          />
          <Tekstveld
            naam="basisschoolPlaats"
            label={t("ouderinlogAanvragen.basisschoolPlaats")}
            waarde={basisschool.plaats}
            onWijzig={(plaats) => setBasisschool((vorige) => ({ ...vorige, plaats }))}
            fout={velden["basisschool.plaats"]}
            verplicht
          />
        </div>
      </Fieldset>
      <div className="elk-formulier__knoppen">
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={verzenden.bezig}
          disabled={verzenden.bezig}
        >
          {verzenden.bezig ? t("ouderinlogAanvragen.bezig") : t("ouderinlogAanvragen.knop")}
        </Button>
      </div>
    </form>
  );
}

function Bevestiging({ bericht }: { bericht: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <>
      <Alert type="ok" role="status" ref={ref} tabIndex={-1}>
        <Paragraph lang="nl">{bericht}</Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink href={INLOGPAD}>{t("ouderinlogAanvragen.naarInloggen")}</RouterLink>
      </Paragraph>
    </>
  );
}
