import type { BestuurDetail } from "@elk/contracts";
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import {
  FormulierMelding,
  formulierFout,
  Knoppenrij,
  Tekstveld,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { IcoonKnop } from "../../../components/icoon-knop";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { bestuurToevoegen, bestuurWijzigen } from "../api/besturen";

export type BestuurModus = { soort: "toevoegen" } | { soort: "wijzigen"; bestuur: BestuurDetail };

interface ContactpersoonRij {
  sleutel: number;
  naam: string;
  email: string;
}

/**
 * ORG-01 / ORG-05: a bestuur's name and its contactpersonen ELK, who are shown to everyone under
 * Help > Contactpersonen. Saved explicitly; a change rests on the version that was read.
 */
export function BestuurFormulier(props: {
  modus: BestuurModus;
  naOpgeslagen: (bestuur: BestuurDetail) => void;
  annuleren: () => void;
  /** After a 409 on a stale version: load the list again. */
  herlaad: () => void;
}) {
  const { modus, naOpgeslagen, annuleren, herlaad } = props;
  const { t } = useI18n();
  const volgende = useRef(0);
  const rij = (naam = "", email = ""): ContactpersoonRij => ({ sleutel: volgende.current++, naam, email });
  const [naam, setNaam] = useState(modus.soort === "wijzigen" ? modus.bestuur.naam : "");
  const [personen, setPersonen] = useState<ContactpersoonRij[]>(() =>
    modus.soort === "wijzigen" ? modus.bestuur.contactpersonen.map((c) => rij(c.naam, c.email)) : [],
  );
  const verzenden = useVerzenden(async () => {
    const contactpersonen = personen.map(({ naam, email }) => ({ naam, email }));
    if (modus.soort === "wijzigen") {
      return bestuurWijzigen(modus.bestuur.id, { version: modus.bestuur.version, naam, contactpersonen });
    }
    return bestuurToevoegen({ naam, contactpersonen });
  });
  const formRef = useRef<HTMLFormElement>(null);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const toevoegenRef = useRef<HTMLButtonElement>(null);
  const titelId = useId();
  const [focusOp, setFocusOp] = useState<number | null>(null);
  useFocusOpFout(formRef, verzenden.fout);
  const gelijktijdig = verzenden.fout?.status === 409 && verzenden.fout.code === "GELIJKTIJDIG_GEWIJZIGD";
  // A name in use is a 409 without field messages: it belongs at the name.
  const { algemeen, velden } = formulierFout(gelijktijdig ? null : verzenden.fout, t, {
    AL_IN_GEBRUIK: "naam",
  });

  useEffect(() => titelRef.current?.focus(), []);
  useEffect(() => {
    if (focusOp === null) return;
    formRef.current?.querySelector<HTMLInputElement>(`[data-contactpersoon="${focusOp}"] input`)?.focus();
    setFocusOp(null);
  }, [focusOp]);

  const wijzig = (sleutel: number, veld: "naam" | "email", waarde: string) =>
    setPersonen((vorige) => vorige.map((p) => (p.sleutel === sleutel ? { ...p, [veld]: waarde } : p)));

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const bestuur = await verzenden.verzend();
    if (bestuur) naOpgeslagen(bestuur);
  }

  return (
    <section className="elk-bestuur-formulier" aria-labelledby={titelId}>
      <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
        <Heading2 id={titelId} ref={titelRef} tabIndex={-1} className="elk-bestuur-formulier__titel">
          {modus.soort === "wijzigen"
            ? t("besturen.formulier.titelWijzigen", { naam: modus.bestuur.naam })
            : t("besturen.formulier.titelToevoegen")}
        </Heading2>
        <VerplichtLegenda />
        {gelijktijdig && verzenden.fout && (
          <Alert type="warning" role="alert" tabIndex={-1} className="elk-gewijzigd">
            <Paragraph lang="nl">{verzenden.fout.message}</Paragraph>
            <Button type="button" appearance="secondary-action-button" onClick={herlaad}>
              {t("besturen.opnieuwLaden")}
            </Button>
          </Alert>
        )}
        <FormulierMelding tekst={algemeen} />

        <Tekstveld
          naam="naam"
          label={t("besturen.naam")}
          waarde={naam}
          onWijzig={setNaam}
          verplicht
          fout={velden.naam}
        />

        <Fieldset aria-describedby={`${titelId}-uitleg`}>
          <FieldsetLegend>{t("besturen.contactpersonen")}</FieldsetLegend>
          <FormFieldDescription id={`${titelId}-uitleg`}>
            {t("besturen.formulier.uitleg")}
          </FormFieldDescription>
          {velden.contactpersonen && <FormulierMelding tekst={velden.contactpersonen} />}
          {personen.map((persoon, index) => (
            <div
              key={persoon.sleutel}
              className="elk-bestuur-formulier__persoon"
              data-contactpersoon={persoon.sleutel}
            >
              <Tekstveld
                naam={`contactpersonen.${index}.naam`}
                label={t("besturen.formulier.persoonNaam", { nummer: index + 1 })}
                waarde={persoon.naam}
                onWijzig={(waarde) => wijzig(persoon.sleutel, "naam", waarde)}
                verplicht
                fout={velden[`contactpersonen.${index}.naam`]}
              />
              <Tekstveld
                naam={`contactpersonen.${index}.email`}
                label={t("besturen.formulier.persoonEmail", { nummer: index + 1 })}
                type="email"
                waarde={persoon.email}
                onWijzig={(waarde) => wijzig(persoon.sleutel, "email", waarde)}
                verplicht
                fout={velden[`contactpersonen.${index}.email`]}
              />
              <IcoonKnop
                icoon="verwijderen"
                label={t("besturen.formulier.persoonVerwijderen", {
                  naam: persoon.naam.trim() || t("besturen.formulier.persoon", { nummer: index + 1 }),
                })}
                titel={t("besturen.verwijderen")}
                onClick={() => {
                  setPersonen((vorige) => vorige.filter((p) => p.sleutel !== persoon.sleutel));
                  toevoegenRef.current?.focus();
                }}
              />
            </div>
          ))}
          <div>
            <Button
              ref={toevoegenRef}
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                const nieuw = rij();
                setPersonen((vorige) => [...vorige, nieuw]);
                setFocusOp(nieuw.sleutel);
              }}
            >
              {t("besturen.formulier.persoonToevoegen")}
            </Button>
          </div>
        </Fieldset>

        <Knoppenrij
          bezig={verzenden.bezig}
          opslaan={t("besturen.opslaan")}
          opslaanBezig={t("besturen.opslaanBezig")}
          annuleren={t("besturen.annuleren")}
          onAnnuleer={annuleren}
        />
      </form>
    </section>
  );
}
