import type { LeerlingRegel } from "@elk/contracts";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import {
  FormulierMelding,
  formulierFout,
  Knoppenrij,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import type { ApiError } from "../../../lib/api-client";
import { useVerzenden } from "../../../lib/use-verzenden";
import { LEERLING_VELDEN, type LeerlingInvoer } from "../utils/leerling-invoer";
import { LeerlingVelden } from "./leerling-velden";

/** Someone else saved the pupil in between (409 on a stale version). */
function isGelijktijdigGewijzigd(fout: ApiError | null): fout is ApiError {
  return fout?.status === 409 && fout.code === "GELIJKTIJDIG_GEWIJZIGD";
}

/**
 * PO-01 "Leerling toevoegen" and the pencil's "wijzigen": one panel with the pupil's fields.
 * Nothing is saved until "Opslaan"; the API's Dutch messages appear next to their fields.
 */
export function LeerlingFormulier(props: {
  modus: "toevoegen" | "wijzigen";
  titel: string;
  begin: LeerlingInvoer;
  opslaan: (invoer: LeerlingInvoer) => Promise<LeerlingRegel>;
  naOpgeslagen: (leerling: LeerlingRegel) => void;
  annuleren: () => void;
  /** After a 409 on a stale version: load the pupils again (the form then opens on the new version). */
  herlaad?: () => void;
}) {
  const { modus, titel, begin, naOpgeslagen, annuleren, herlaad } = props;
  const { t } = useI18n();
  const [invoer, setInvoer] = useState<LeerlingInvoer>(begin);
  const verzenden = useVerzenden(props.opslaan);
  const formRef = useRef<HTMLFormElement>(null);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const titelId = useId();
  useFocusOpFout(formRef, verzenden.fout);
  const gelijktijdig = isGelijktijdigGewijzigd(verzenden.fout);
  // A BSN already known this school year is a 409 without field messages: it belongs at the BSN.
  const { algemeen, velden } = formulierFout(gelijktijdig ? null : verzenden.fout, t, {
    AL_IN_GEBRUIK: "bsn",
  });
  const overig = Object.entries(velden).filter(([veld]) => !LEERLING_VELDEN.has(veld));

  // Opening the form moves focus to it, as a new page would.
  useEffect(() => titelRef.current?.focus(), []);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const leerling = await verzenden.verzend(invoer);
    if (leerling) naOpgeslagen(leerling);
  }

  return (
    <section className="elk-leerling-paneel" aria-labelledby={titelId}>
      <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
        <Heading2 id={titelId} ref={titelRef} tabIndex={-1} className="elk-leerling-paneel__titel">
          {titel}
        </Heading2>
        <VerplichtLegenda />
        {modus === "wijzigen" && <Paragraph appearance="small">{t("leerlingen.formulier.vast")}</Paragraph>}
        {gelijktijdig && verzenden.fout && (
          <Alert type="warning" role="alert" tabIndex={-1} className="elk-gewijzigd">
            <Paragraph lang="nl">{verzenden.fout.message}</Paragraph>
            {herlaad && (
              <Button type="button" appearance="secondary-action-button" onClick={herlaad}>
                {t("leerlingen.opnieuwLaden")}
              </Button>
            )}
          </Alert>
        )}
        <FormulierMelding tekst={algemeen} />
        {overig.length > 0 && <FormulierMelding tekst={overig.map(([, bericht]) => bericht).join(" ")} />}
        <LeerlingVelden
          invoer={invoer}
          wijzig={(veld, waarde) => setInvoer((vorige) => ({ ...vorige, [veld]: waarde }))}
          velden={velden}
          modus={modus}
        />
        <Knoppenrij
          bezig={verzenden.bezig}
          opslaan={t("leerlingen.opslaan")}
          opslaanBezig={t("leerlingen.opslaanBezig")}
          annuleren={t("leerlingen.annuleren")}
          onAnnuleer={annuleren}
        />
      </form>
    </section>
  );
}
