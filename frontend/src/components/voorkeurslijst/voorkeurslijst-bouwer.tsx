import {
  Alert,
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
} from "@utrecht/component-library-react";
import { useId } from "react";
import "../formulier.css";
import "./voorkeurslijst.css";
import { useI18n } from "../../i18n/i18n";
import { useMijnGegevens } from "../../lib/mijn-gegevens";
import { Keuzeveld, Tekstveld } from "../formulier";
import {
  aantalGekozen,
  beschikbareScholen,
  type Doelgroep,
  type KeuzeSchool,
  kiesAfdeling,
  kiesSchool,
  type VoorkeurslijstFouten,
  type VoorkeurslijstInvoer,
  type VoorrangSoort,
} from "./voorkeurslijst-invoer";

/**
 * REG-02 / REG-03: the voorkeurslijst, one "Voorkeur n" per choice the advice gives — a school,
 * then one of its afdelingen that admit the advice, each school once. Only at voorkeur 1:
 * voorrang (as far as that school offers it), staying on an equivalent afdeling, and the meerling
 * question. The buttons belong to the screen around it: a parent saves a concept, a school does not.
 */
export function VoorkeurslijstBouwer(props: {
  advies: string;
  scholen: readonly KeuzeSchool[];
  invoer: VoorkeurslijstInvoer;
  onWijzig: (invoer: VoorkeurslijstInvoer) => void;
  fouten: VoorkeurslijstFouten;
  doelgroep: Doelgroep;
  /** REG-09: voorkeur 1 is the own school and cannot be changed. */
  eersteSchoolVast?: boolean;
}) {
  const { advies, scholen, invoer, onWijzig, fouten, doelgroep, eersteSchoolVast = false } = props;
  const { t } = useI18n();
  const aantal = invoer.rijen.length;
  const gekozen = aantalGekozen(invoer);
  const gesorteerd = [...scholen].sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
  const eersteSchool = scholen.find((s) => s.id === invoer.rijen[0]?.schoolId);

  return (
    <div className="elk-voorkeurslijst">
      <Paragraph>
        {t(
          aantal === 1 ? `voorkeurslijst.uitleg.een.${doelgroep}` : `voorkeurslijst.uitleg.meer.${doelgroep}`,
          {
            advies,
            aantal,
          },
        )}
      </Paragraph>
      {fouten.keuzes && (
        <Alert type="error" role="alert" tabIndex={-1}>
          <Paragraph lang="nl">{fouten.keuzes}</Paragraph>
        </Alert>
      )}
      <ol className="elk-voorkeurslijst__lijst">
        {invoer.rijen.map((rij, index) => {
          const vast = index === 0 && eersteSchoolVast;
          const school = scholen.find((s) => s.id === rij.schoolId);
          const fout = fouten[`rij.${index}`];
          const schoolKeuzes = (
            vast && school ? [school] : beschikbareScholen(invoer, index, gesorteerd)
          ).map((s) => ({ waarde: s.id, label: `${s.naam} (${s.plaats})` }));
          return (
            // The rows are positions, not items: their index is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is "Voorkeur n", whatever it holds
            <li key={index} className="elk-voorkeur" data-voorkeur={index + 1}>
              <Fieldset className="elk-voorkeur__veldset" invalid={Boolean(fout)}>
                <FieldsetLegend className="elk-voorkeur__legenda">
                  {t("voorkeurslijst.voorkeur", { nummer: index + 1 })}
                </FieldsetLegend>
                {vast && (
                  <Paragraph appearance="small" className="elk-voorkeur__uitleg">
                    {t("voorkeurslijst.eigenSchool")}
                  </Paragraph>
                )}
                <div className="elk-voorkeur__velden">
                  <Keuzeveld
                    naam={`voorkeur-${index + 1}-school`}
                    label={t("voorkeurslijst.school")}
                    leeg={t("voorkeurslijst.kiesSchool")}
                    waarde={rij.schoolId}
                    keuzes={schoolKeuzes}
                    disabled={vast}
                    fout={fout && !school ? fout : undefined}
                    onWijzig={(schoolId) => onWijzig(kiesSchool(invoer, index, schoolId, scholen))}
                  />
                  <Keuzeveld
                    naam={`voorkeur-${index + 1}-afdeling`}
                    label={t("voorkeurslijst.afdeling")}
                    leeg={school ? t("voorkeurslijst.kiesAfdeling") : t("voorkeurslijst.eerstSchool")}
                    waarde={rij.afdelingId}
                    keuzes={(school?.afdelingen ?? []).map((a) => ({ waarde: a.id, label: a.naam }))}
                    disabled={!school}
                    fout={fout && school ? fout : undefined}
                    onWijzig={(afdelingId) => onWijzig(kiesAfdeling(invoer, index, afdelingId))}
                  />
                </div>
                {index === 0 && eersteSchool && (
                  <EersteKeuzeOpties
                    school={eersteSchool}
                    invoer={invoer}
                    onWijzig={onWijzig}
                    fouten={fouten}
                    doelgroep={doelgroep}
                  />
                )}
              </Fieldset>
            </li>
          );
        })}
      </ol>
      <Paragraph role="status" className="elk-voorkeurslijst__stand">
        {gekozen === aantal
          ? t("voorkeurslijst.compleet")
          : t("voorkeurslijst.gekozen", { aantal: gekozen, totaal: aantal })}
      </Paragraph>
    </div>
  );
}

/** REG-03: what is asked only at the school of first choice. */
function EersteKeuzeOpties(props: {
  school: KeuzeSchool;
  invoer: VoorkeurslijstInvoer;
  onWijzig: (invoer: VoorkeurslijstInvoer) => void;
  fouten: VoorkeurslijstFouten;
  doelgroep: Doelgroep;
}) {
  const { school, invoer, onWijzig, fouten, doelgroep } = props;
  const { t } = useI18n();
  const id = useId();
  const soorten: readonly (VoorrangSoort | "")[] = ["", ...school.voorrangsregels];
  const regioZonderVoorrang = !useMijnGegevens().regio.voorkeurslijst.voorrang;
  const keuzeFout = fouten.voorrang;
  return (
    <div className="elk-eerste-keuze">
      <Paragraph className="elk-eerste-keuze__titel">{t("voorkeurslijst.eersteKeuze")}</Paragraph>
      <Fieldset
        role="radiogroup"
        className="elk-eerste-keuze__voorrang"
        invalid={Boolean(keuzeFout)}
        aria-describedby={keuzeFout ? `${id}-voorrang-fout` : undefined}
      >
        <FieldsetLegend>{t("voorkeurslijst.voorrang")}</FieldsetLegend>
        {school.voorrangsregels.length === 0 ? (
          <FormFieldDescription>
            {/* REGION-01: a region without voorrang (Amsterdam since 2024) says so, not "this school". */}
            {regioZonderVoorrang
              ? t("voorkeurslijst.voorrang.geenInRegio")
              : t("voorkeurslijst.voorrang.nvt")}
          </FormFieldDescription>
        ) : (
          <>
            {keuzeFout && (
              <FormFieldErrorMessage id={`${id}-voorrang-fout`} lang="nl">
                {keuzeFout}
              </FormFieldErrorMessage>
            )}
            <div className="elk-eerste-keuze__opties">
              {soorten.map((soort) => (
                <FormLabel key={soort || "geen"} type="radio" checked={invoer.voorrang === soort}>
                  <RadioButton
                    name={`${id}-voorrang`}
                    value={soort}
                    checked={invoer.voorrang === soort}
                    invalid={Boolean(keuzeFout)}
                    onChange={() => onWijzig({ ...invoer, voorrang: soort })}
                  />
                  {t(soort === "" ? "voorkeurslijst.voorrang.geen" : `voorkeurslijst.voorrang.${soort}`)}
                </FormLabel>
              ))}
            </div>
            {invoer.voorrang === "broer-zus" && (
              <div className="elk-eerste-keuze__broer-zus">
                <Tekstveld
                  naam="naamBroerZus"
                  label={t("voorkeurslijst.naamBroerZus")}
                  verplicht
                  waarde={invoer.naamBroerZus}
                  fout={fouten.naamBroerZus}
                  onWijzig={(naamBroerZus) => onWijzig({ ...invoer, naamBroerZus })}
                />
                <Tekstveld
                  naam="klas"
                  label={t("voorkeurslijst.klas")}
                  verplicht
                  waarde={invoer.klas}
                  fout={fouten.klas}
                  onWijzig={(klas) => onWijzig({ ...invoer, klas })}
                />
              </div>
            )}
          </>
        )}
      </Fieldset>
      <FormFieldCheckbox
        name="gelijkwaardigeAfdelingWens"
        label={t(`voorkeurslijst.gelijkwaardig.${doelgroep}`)}
        description={t(`voorkeurslijst.gelijkwaardigUitleg.${doelgroep}`)}
        checked={invoer.gelijkwaardigeAfdelingWens}
        onChange={(event) => onWijzig({ ...invoer, gelijkwaardigeAfdelingWens: event.currentTarget.checked })}
      />
      <FormFieldCheckbox
        name="meerling"
        label={t(`voorkeurslijst.meerling.${doelgroep}`)}
        checked={invoer.meerling}
        onChange={(event) => onWijzig({ ...invoer, meerling: event.currentTarget.checked })}
      />
    </div>
  );
}
