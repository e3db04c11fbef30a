import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import type { FormEvent, ReactNode, RefObject } from "react";
import { FormulierMelding } from "../../../components/formulier";
import { VoorkeurslijstBouwer } from "../../../components/voorkeurslijst/voorkeurslijst-bouwer";
import { VoorkeurslijstControleren } from "../../../components/voorkeurslijst/voorkeurslijst-controleren";
import {
  invoerFouten,
  isCompleet,
  type KeuzeSchool,
  type VoorkeurslijstFouten,
  type VoorkeurslijstInvoer,
  type VoorkeurslijstVerzoek,
} from "../../../components/voorkeurslijst/voorkeurslijst-invoer";
import { useI18n } from "../../../i18n/i18n";
import type { ApiError } from "../../../lib/api-client";
import { RouterButtonLink } from "../../../lib/router";
import { OVERZICHT_PAD } from "../utils/paden";

/**
 * The frame the school's two registration flows share (REG-08, REG-09): numbered steps — the
 * pupil's data, the voorkeurslijst, the review — and the confirmation. Each flow keeps its own
 * first step and its own state.
 */
export type Stap = "gegevens" | "lijst" | "controleren";
const NUMMER: Record<Stap, number> = { gegevens: 1, lijst: 2, controleren: 3 };

type TitelRef = RefObject<HTMLHeadingElement | null>;

/** A step: "Stap 2 van 3: …" as its title, which gets focus when the step changes. */
export function StapKader(props: { stap: Stap; titelRef: TitelRef; children: ReactNode }) {
  const { stap, titelRef, children } = props;
  const { t } = useI18n();
  return (
    <section className="elk-aanmelden" aria-labelledby="elk-aanmelden-stap">
      <Heading2 id="elk-aanmelden-stap" ref={titelRef} tabIndex={-1} className="elk-aanmelden__titel">
        {t("aanmeldingen.stap", { nummer: NUMMER[stap], naam: t(`aanmeldingen.stap.${stap}`) })}
      </Heading2>
      {children}
    </section>
  );
}

/** The pupil's data as label and value. */
export function GegevensLijst({ regels }: { regels: readonly (readonly [string, string])[] }) {
  return (
    <DataList className="elk-gegevens">
      {regels.map(([sleutel, waarde]) => (
        <DataListItem key={sleutel}>
          <DataListKey>{sleutel}</DataListKey>
          <DataListValue>{waarde}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/**
 * Step 2: the voorkeurslijst with the own school fixed as voorkeur 1 (REG-02, REG-03). "Volgende"
 * appears beside "Vorige" once enough schools are chosen, and checks the list before the review.
 */
export function LijstStap(props: {
  titelRef: TitelRef;
  formRef: RefObject<HTMLFormElement | null>;
  advies: string;
  scholen: readonly KeuzeSchool[];
  invoer: VoorkeurslijstInvoer;
  onWijzig: (invoer: VoorkeurslijstInvoer) => void;
  /** The API's messages that belong to no voorkeur. */
  overig: readonly string[];
  fouten: VoorkeurslijstFouten;
  /** Before the check: the API's last failure no longer applies. */
  wisFout: () => void;
  onGecontroleerd: (fouten: VoorkeurslijstFouten) => void;
  onVorige: () => void;
  onVolgende: () => void;
}) {
  const { invoer, overig, wisFout, onGecontroleerd, onVorige, onVolgende } = props;
  const { t } = useI18n();

  const naarControleren = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    wisFout();
    const gevonden = invoerFouten(invoer, (soort, nummer) => t(`voorkeurslijst.fout.${soort}`, { nummer }));
    onGecontroleerd(gevonden);
    if (Object.keys(gevonden).length === 0 && isCompleet(invoer)) onVolgende();
  };

  return (
    <StapKader stap="lijst" titelRef={props.titelRef}>
      <form ref={props.formRef} className="elk-aanmelden" onSubmit={naarControleren} noValidate>
        {overig.length > 0 && <FormulierMelding tekst={overig.join(" ")} />}
        <VoorkeurslijstBouwer
          advies={props.advies}
          scholen={props.scholen}
          invoer={invoer}
          onWijzig={props.onWijzig}
          fouten={props.fouten}
          doelgroep="school"
          eersteSchoolVast
        />
        <Paragraph appearance="small" className="elk-aanmelden__uitleg">
          {t("aanmeldingen.volgendeUitleg")}
        </Paragraph>
        <div className="elk-formulier__knoppen">
          <Button type="button" appearance="secondary-action-button" onClick={onVorige}>
            {t("aanmeldingen.vorige")}
          </Button>
          {isCompleet(invoer) && (
            <Button type="submit" appearance="primary-action-button">
              {t("aanmeldingen.volgende")}
            </Button>
          )}
        </div>
      </form>
    </StapKader>
  );
}

/**
 * Step 3: the pupil (`leerling`, as the flow shows it) and the list read-only, then "Aanmelding
 * definitief maken" (REG-09). A failure shows above the buttons: REG-04, registered elsewhere
 * already, names that school and its phone.
 */
export function ControleStap(props: {
  titelRef: TitelRef;
  leerling: ReactNode;
  verzoek: VoorkeurslijstVerzoek;
  scholen: readonly KeuzeSchool[];
  fout: ApiError | null;
  bezig: boolean;
  onDefinitief: () => void;
  onVorige: () => void;
}) {
  const { t } = useI18n();
  return (
    <StapKader stap="controleren" titelRef={props.titelRef}>
      <Paragraph>{t("aanmeldingen.controleren.uitleg")}</Paragraph>
      {props.leerling}
      <VoorkeurslijstControleren
        verzoek={props.verzoek}
        scholen={props.scholen}
        fout={props.fout}
        bezig={props.bezig}
        onDefinitief={props.onDefinitief}
        onVorige={props.onVorige}
        teksten={{
          definitief: t("aanmeldingen.definitief"),
          definitiefBezig: t("aanmeldingen.definitiefBezig"),
          vorige: t("aanmeldingen.vorige"),
        }}
      />
    </StapKader>
  );
}

/**
 * The confirmation once the registration is final, announced as a status; `nogEen` is the way to
 * register another pupil, beside the way to the overview.
 */
export function Bevestiging(props: {
  titelRef: TitelRef;
  titel: string;
  children?: ReactNode;
  nogEen: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="elk-aanmelden" aria-labelledby="elk-aanmelden-klaar">
      <Alert type="ok" role="status">
        <Heading2
          id="elk-aanmelden-klaar"
          ref={props.titelRef}
          tabIndex={-1}
          className="elk-aanmelden__titel"
        >
          {props.titel}
        </Heading2>
        {props.children}
      </Alert>
      <Paragraph>{t("aanmeldingen.groepTip")}</Paragraph>
      <div className="elk-formulier__knoppen">
        <RouterButtonLink href={OVERZICHT_PAD} appearance="primary-action-button">
          {t("aanmeldingen.naarOverzicht")}
        </RouterButtonLink>
        {props.nogEen}
      </div>
    </section>
  );
}
