import { ADVIEZEN } from "@elk/domain";
import { Fieldset, FieldsetLegend } from "@utrecht/component-library-react";
import { Keuzeveld, Tekstveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import type { LeerlingInvoer } from "../utils/leerling-invoer";

/**
 * The pupil's data as the manual lists them (PO-01, REG-07): names, BSN or onderwijsnummer, date
 * of birth, gender, address, the parents' e-mail and the advice. `wijzigen` keeps what identifies
 * the pupil (BSN, date of birth, gender) read-only; `ouder` addresses the parents themselves.
 */
export function LeerlingVelden(props: {
  invoer: LeerlingInvoer;
  wijzig: (veld: keyof LeerlingInvoer, waarde: string) => void;
  velden: Readonly<Record<string, string>>;
  modus: "toevoegen" | "wijzigen" | "ouder";
}) {
  const { invoer, wijzig, velden, modus } = props;
  const { t } = useI18n();
  const vast = modus === "wijzigen";
  const veld = (naam: keyof LeerlingInvoer, foutSleutel: string = naam) => ({
    naam,
    waarde: invoer[naam],
    onWijzig: (waarde: string) => wijzig(naam, waarde),
    fout: velden[foutSleutel],
  });

  return (
    <>
      <div className="elk-leerling-velden__rij elk-leerling-velden__rij--naam">
        <Tekstveld {...veld("roepnaam")} label={t("leerlingen.roepnaam")} verplicht autoComplete="off" />
        <Tekstveld {...veld("tussenvoegsel")} label={t("leerlingen.tussenvoegsel")} autoComplete="off" />
        <Tekstveld {...veld("achternaam")} label={t("leerlingen.achternaam")} verplicht autoComplete="off" />
      </div>
      <div className="elk-leerling-velden__rij">
        <Tekstveld
          {...veld("bsn")}
          label={t("leerlingen.bsn")}
          beschrijving={vast ? undefined : t("leerlingen.bsnUitleg")}
          verplicht={!vast}
          disabled={vast}
          autoComplete="off"
          letterlijk
        />
        <Tekstveld
          {...veld("geboortedatum")}
          type="date"
          label={t("leerlingen.geboortedatum")}
          verplicht={!vast}
          disabled={vast}
        />
      </div>
      <div className="elk-leerling-velden__rij">
        <Keuzeveld
          {...veld("geslacht")}
          label={t("leerlingen.geslacht")}
          keuzes={[
            { waarde: "man", label: t("leerlingen.geslacht.man") },
            { waarde: "vrouw", label: t("leerlingen.geslacht.vrouw") },
            { waarde: "anders", label: t("leerlingen.geslacht.anders") },
          ]}
          leeg={t("leerlingen.geslacht.kiezen")}
          verplicht={!vast}
          disabled={vast}
        />
        <Keuzeveld
          {...veld("advies")}
          label={t("leerlingen.advies")}
          beschrijving={t(modus === "ouder" ? "leerlingen.adviesUitlegOuder" : "leerlingen.adviesUitleg")}
          keuzes={ADVIEZEN.map((advies) => ({ waarde: advies, label: advies }))}
          leeg={t("leerlingen.advies.geen")}
        />
      </div>
      <Fieldset className="elk-leerling-velden__adres">
        <FieldsetLegend>{t("leerlingen.adres")}</FieldsetLegend>
        <div className="elk-leerling-velden__rij elk-leerling-velden__rij--kort-rechts">
          <Tekstveld {...veld("straat", "adres.straat")} label={t("leerlingen.straat")} verplicht />
          <Tekstveld
            {...veld("huisnummer", "adres.huisnummer")}
            label={t("leerlingen.huisnummer")}
            verplicht
          />
        </div>
        <div className="elk-leerling-velden__rij elk-leerling-velden__rij--kort-links">
          <Tekstveld {...veld("postcode", "adres.postcode")} label={t("leerlingen.postcode")} verplicht />
          <Tekstveld {...veld("plaats", "adres.plaats")} label={t("leerlingen.plaats")} verplicht />
        </div>
      </Fieldset>
      <Tekstveld
        {...veld("emailOuders")}
        type="email"
        label={t("leerlingen.emailOuders")}
        beschrijving={t(
          modus === "ouder" ? "leerlingen.emailOudersUitlegOuder" : "leerlingen.emailOudersUitleg",
        )}
        verplicht
        autoComplete={modus === "ouder" ? "email" : "off"}
      />
    </>
  );
}
