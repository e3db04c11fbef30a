import { ADVIEZEN } from "@elk/domain";
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  Paragraph,
} from "@utrecht/component-library-react";
import { FormulierMelding, Keuzeveld, Tekstveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import type { BuitenleerlingInvoer } from "../utils/buitenleerling-invoer";

/**
 * REG-08, the manual's steps 5 and 6: name, date of birth, gender, address, the parents' e-mail
 * (they receive the ouderinlog there) and the advice ("Vraag wel om een schriftelijk bewijs"),
 * then the primary school — its town first, then its name, BRIN-nummer and phone. That school is
 * outside both Kernprocedures, so ELK has no list of it: the fields are free, and may stay empty.
 */
export function BuitenleerlingVelden(props: {
  bsn: string;
  invoer: BuitenleerlingInvoer;
  wijzig: (veld: keyof BuitenleerlingInvoer, waarde: string) => void;
  velden: Readonly<Partial<Record<keyof BuitenleerlingInvoer | "bsn", string>>>;
}) {
  const { bsn, invoer, wijzig, velden } = props;
  const { t } = useI18n();
  const veld = (naam: keyof BuitenleerlingInvoer) => ({
    naam,
    waarde: invoer[naam],
    onWijzig: (waarde: string) => wijzig(naam, waarde),
    fout: velden[naam],
  });

  return (
    <>
      {/* Checked in the dialog already: shown, not typed again. */}
      <DataList className="elk-gegevens">
        <DataListItem>
          <DataListKey>{t("aanmeldingen.bsnVeld")}</DataListKey>
          <DataListValue>{bsn}</DataListValue>
        </DataListItem>
      </DataList>
      <FormulierMelding tekst={velden.bsn ?? null} />
      <div className="elk-buitenleerling__rij elk-buitenleerling__rij--naam">
        <Tekstveld {...veld("roepnaam")} label={t("aanmeldingen.roepnaam")} verplicht autoComplete="off" />
        <Tekstveld {...veld("tussenvoegsel")} label={t("aanmeldingen.tussenvoegsel")} autoComplete="off" />
        <Tekstveld
          {...veld("achternaam")}
          label={t("aanmeldingen.achternaam")}
          verplicht
          autoComplete="off"
        />
      </div>
      <div className="elk-buitenleerling__rij">
        <Tekstveld {...veld("geboortedatum")} type="date" label={t("aanmeldingen.geboortedatum")} verplicht />
        <Keuzeveld
          {...veld("geslacht")}
          label={t("aanmeldingen.geslacht")}
          keuzes={[
            { waarde: "man", label: t("aanmeldingen.geslacht.man") },
            { waarde: "vrouw", label: t("aanmeldingen.geslacht.vrouw") },
            { waarde: "anders", label: t("aanmeldingen.geslacht.anders") },
          ]}
          leeg={t("aanmeldingen.geslacht.kiezen")}
          verplicht
        />
      </div>
      <Fieldset className="elk-buitenleerling__groep">
        <FieldsetLegend>{t("aanmeldingen.adres")}</FieldsetLegend>
        <div className="elk-buitenleerling__rij elk-buitenleerling__rij--kort-rechts">
          <Tekstveld {...veld("straat")} label={t("aanmeldingen.straat")} verplicht />
          <Tekstveld {...veld("huisnummer")} label={t("aanmeldingen.huisnummer")} verplicht />
        </div>
        <div className="elk-buitenleerling__rij elk-buitenleerling__rij--kort-links">
          <Tekstveld {...veld("postcode")} label={t("aanmeldingen.postcode")} verplicht />
          <Tekstveld {...veld("plaats")} label={t("aanmeldingen.plaats")} verplicht />
        </div>
      </Fieldset>
      <Tekstveld
        {...veld("emailOuders")}
        type="email"
        label={t("aanmeldingen.emailOuders")}
        beschrijving={t("aanmeldingen.emailOudersUitleg")}
        verplicht
        autoComplete="off"
      />
      <Keuzeveld
        {...veld("advies")}
        label={t("aanmeldingen.basisschooladvies")}
        beschrijving={t("aanmeldingen.basisschooladviesUitleg")}
        keuzes={ADVIEZEN.map((advies) => ({ waarde: advies, label: advies }))}
        leeg={t("aanmeldingen.advies.kiezen")}
        verplicht
      />
      <Fieldset className="elk-buitenleerling__groep">
        <FieldsetLegend>{t("aanmeldingen.basisschool")}</FieldsetLegend>
        <Paragraph appearance="small" className="elk-buitenleerling__uitleg">
          {t("aanmeldingen.basisschoolUitleg")}
        </Paragraph>
        <div className="elk-buitenleerling__rij">
          <Tekstveld {...veld("basisschoolPlaats")} label={t("aanmeldingen.basisschoolPlaats")} />
          <Tekstveld {...veld("basisschoolNaam")} label={t("aanmeldingen.basisschoolNaam")} />
        </div>
        <div className="elk-buitenleerling__rij">
          <Tekstveld {...veld("brin")} label={t("aanmeldingen.brin")} letterlijk autoComplete="off" />
          <Tekstveld {...veld("telefoon")} type="tel" label={t("aanmeldingen.basisschoolTelefoon")} />
        </div>
      </Fieldset>
    </>
  );
}
