import type { AanmeldingWeergave, Kind } from "@elk/contracts";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiWeergave } from "../../../components/api-weergave";
import { FormulierMelding, formulierFout, useFocusOpFout } from "../../../components/formulier";
import { VoorkeurslijstBouwer } from "../../../components/voorkeurslijst/voorkeurslijst-bouwer";
import { VoorkeurslijstControleren } from "../../../components/voorkeurslijst/voorkeurslijst-controleren";
import {
  foutenVanApi,
  invoerFouten,
  invoerVan,
  isCompleet,
  type KeuzeSchool,
  type VoorkeurslijstFouten,
  type VoorkeurslijstVerzoek,
  verzoekVan,
} from "../../../components/voorkeurslijst/voorkeurslijst-invoer";
import { useI18n } from "../../../i18n/i18n";
import { useTitelFocus } from "../../../lib/use-titel-focus";
import { useVerzenden } from "../../../lib/use-verzenden";
import { definitiefAanmelden, useKeuzemogelijkheden, voorkeurslijstOpslaan } from "../api/kinderen";

/**
 * REG-02 / REG-03 in the ouderportaal: step 1 the voorkeurslijst ("Opslaan" keeps a concept;
 * "Volgende" appears once the list is complete, as the manual says), step 2 the review with
 * "Aanmelding definitief maken". `vorige` fills the list: a concept, or a registration just undone.
 */
export function VoorkeurslijstStappen(props: {
  kind: Kind;
  vorige: AanmeldingWeergave | undefined;
  onAangemeld: (aanmelding: AanmeldingWeergave) => void;
}) {
  const keuzes = useKeuzemogelijkheden(props.kind.leerlingId);
  return (
    <ApiWeergave resultaat={keuzes}>{(data) => <Stappen {...props} scholen={data.scholen} />}</ApiWeergave>
  );
}

function Stappen(props: {
  kind: Kind;
  vorige: AanmeldingWeergave | undefined;
  scholen: readonly KeuzeSchool[];
  onAangemeld: (aanmelding: AanmeldingWeergave) => void;
}) {
  const { kind, vorige, scholen, onAangemeld } = props;
  const { t } = useI18n();
  const [invoer, setInvoer] = useState(() => invoerVan(kind.aantalKeuzes, vorige));
  const [stap, setStap] = useState<"lijst" | "controleren">("lijst");
  const [lokaal, setLokaal] = useState<VoorkeurslijstFouten>({});
  const [opgeslagen, setOpgeslagen] = useState(false);
  const [verzonden, setVerzonden] = useState<VoorkeurslijstVerzoek | null>(null);
  const opslaan = useVerzenden((verzoek: VoorkeurslijstVerzoek) =>
    voorkeurslijstOpslaan(kind.leerlingId, verzoek),
  );
  const definitief = useVerzenden(() => definitiefAanmelden(kind.leerlingId));
  const formRef = useRef<HTMLFormElement>(null);
  const meldingRef = useRef<HTMLDivElement>(null);

  const { algemeen, velden } = formulierFout(opslaan.fout, t);
  const api = foutenVanApi(velden);
  const fouten = { ...api.fouten, ...lokaal };
  const compleet = isCompleet(invoer);
  useFocusOpFout(formRef, opslaan.fout ?? (Object.keys(lokaal).length > 0 ? lokaal : null));

  const titelRef = useTitelFocus(stap);

  useEffect(() => {
    if (opgeslagen) meldingRef.current?.focus();
  }, [opgeslagen]);

  async function bewaar(daarna: "blijven" | "controleren") {
    setOpgeslagen(false);
    opslaan.wisFout();
    const gevonden = invoerFouten(invoer, (soort, nummer) => t(`voorkeurslijst.fout.${soort}`, { nummer }));
    setLokaal(gevonden);
    if (Object.keys(gevonden).length > 0) return;
    const verzoek = verzoekVan(invoer, scholen);
    if (!(await opslaan.verzend(verzoek))) return;
    setVerzonden(verzoek);
    if (daarna === "controleren") {
      definitief.wisFout();
      setStap("controleren");
    } else setOpgeslagen(true);
  }

  async function maakDefinitief() {
    const aanmelding = await definitief.verzend();
    if (aanmelding) onAangemeld(aanmelding);
  }

  if (stap === "controleren" && verzonden) {
    return (
      <section className="elk-stap" aria-labelledby="elk-stap-titel">
        <Heading2 id="elk-stap-titel" ref={titelRef} tabIndex={-1} className="elk-stap__titel">
          {t("ouderportaal.stap.controleren")}
        </Heading2>
        <Paragraph>{t("ouderportaal.controleren.uitleg")}</Paragraph>
        {/* REG-04: registered elsewhere already — the API's message names the school and its phone. */}
        <VoorkeurslijstControleren
          verzoek={verzonden}
          scholen={scholen}
          fout={definitief.fout}
          bezig={definitief.bezig}
          onDefinitief={maakDefinitief}
          onVorige={() => setStap("lijst")}
          teksten={{
            definitief: t("ouderportaal.definitief"),
            definitiefBezig: t("ouderportaal.definitiefBezig"),
            vorige: t("ouderportaal.vorige"),
          }}
        />
      </section>
    );
  }

  const bijVerzenden = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void bewaar(compleet ? "controleren" : "blijven");
  };

  return (
    <section className="elk-stap" aria-labelledby="elk-stap-titel">
      <Heading2 id="elk-stap-titel" ref={titelRef} tabIndex={-1} className="elk-stap__titel">
        {t("ouderportaal.stap.lijst")}
      </Heading2>
      <form ref={formRef} className="elk-stap" onSubmit={bijVerzenden} noValidate>
        <FormulierMelding tekst={algemeen} />
        {api.overig.length > 0 && <FormulierMelding tekst={api.overig.join(" ")} />}
        <VoorkeurslijstBouwer
          advies={kind.advies ?? ""}
          scholen={scholen}
          invoer={invoer}
          onWijzig={(nieuw) => {
            setInvoer(nieuw);
            setOpgeslagen(false);
          }}
          fouten={fouten}
          doelgroep="ouder"
        />
        {opgeslagen && (
          <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1} className="elk-ouderportaal__melding">
            <Paragraph>{t("ouderportaal.opgeslagen")}</Paragraph>
          </Alert>
        )}
        <Paragraph appearance="small" className="elk-stap__uitleg">
          {t("ouderportaal.volgendeUitleg")}
        </Paragraph>
        <div className="elk-formulier__knoppen">
          {compleet && (
            <Button type="submit" appearance="primary-action-button" disabled={opslaan.bezig}>
              {t("ouderportaal.volgende")}
            </Button>
          )}
          <Button
            type="button"
            appearance={compleet ? "secondary-action-button" : "primary-action-button"}
            busy={opslaan.bezig}
            disabled={opslaan.bezig}
            onClick={() => void bewaar("blijven")}
          >
            {opslaan.bezig ? t("ouderportaal.opslaanBezig") : t("ouderportaal.opslaan")}
          </Button>
        </div>
      </form>
    </section>
  );
}
