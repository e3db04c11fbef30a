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
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import { FormulierMelding, useFocusOpFout } from "../../../components/formulier";
import { VoorkeurslijstBouwer } from "../../../components/voorkeurslijst/voorkeurslijst-bouwer";
import {
  foutenVanApi,
  invoerFouten,
  invoerVan,
  isCompleet,
  kiesSchool,
  regelsVan,
  type VoorkeurslijstFouten,
  type VoorkeurslijstInvoer,
  verzoekVan,
} from "../../../components/voorkeurslijst/voorkeurslijst-invoer";
import { VoorkeurslijstOverzicht } from "../../../components/voorkeurslijst/voorkeurslijst-overzicht";
import { useI18n } from "../../../i18n/i18n";
import { formatDag } from "../../../lib/datum";
import { RouterButtonLink } from "../../../lib/router";
import { useVerzenden } from "../../../lib/use-verzenden";
import { type GevondenLeerling, schoolAanmelding, useSchoolKeuzemogelijkheden } from "../api/aanmeldingen";
import { AANMELDEN_PAD, OVERZICHT_PAD } from "../utils/paden";

type Stap = "gegevens" | "lijst" | "controleren" | "klaar";
const NUMMER: Record<Exclude<Stap, "klaar">, number> = { gegevens: 1, lijst: 2, controleren: 3 };

/**
 * REG-09 after "Verder gaan", as the manual shows it: the pupil's data as ELK knows them, then
 * the voorkeurslijst with the own school as voorkeur 1 (REG-02, REG-03) — "Volgende" appears
 * beside "Vorige" once enough schools are chosen — then "Aanmelding definitief maken".
 */
export function AanmeldenStappen({
  leerling,
  schooljaar,
}: {
  leerling: GevondenLeerling;
  schooljaar: string;
}) {
  const { t, locale } = useI18n();
  const keuzes = useSchoolKeuzemogelijkheden(leerling.leerlingId);
  const [stap, setStap] = useState<Stap>("gegevens");
  const [bewerkt, setBewerkt] = useState<VoorkeurslijstInvoer | null>(null);
  const [lokaal, setLokaal] = useState<VoorkeurslijstFouten>({});
  const aanmelden = useVerzenden((verzoek: ReturnType<typeof verzoekVan>) =>
    schoolAanmelding(leerling.leerlingId, schooljaar, verzoek),
  );
  const titelRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const eersteRender = useRef(true);

  const scholen = keuzes.status === "klaar" ? keuzes.data.scholen : [];
  const eigenSchoolId = keuzes.status === "klaar" ? keuzes.data.eigenSchoolId : undefined;
  // The own school may have no afdeling that admits this advice: then it cannot be voorkeur 1.
  const eigenSchoolPast = scholen.some((school) => school.id === eigenSchoolId);
  const invoer =
    bewerkt ??
    (eigenSchoolId !== undefined && eigenSchoolPast
      ? kiesSchool(invoerVan(leerling.aantalKeuzes, undefined, eigenSchoolId), 0, eigenSchoolId, scholen)
      : null);
  const api = foutenVanApi(aanmelden.fout?.velden ?? {});
  const fouten = { ...api.fouten, ...lokaal };
  useFocusOpFout(formRef, aanmelden.fout ?? (Object.keys(lokaal).length > 0 ? lokaal : null));

  // Field messages of the API belong to the list: back to it, where they show at their voorkeur.
  useEffect(() => {
    if (aanmelden.fout && Object.keys(aanmelden.fout.velden).length > 0) setStap("lijst");
  }, [aanmelden.fout]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `stap` is the trigger
  useEffect(() => {
    if (eersteRender.current) {
      eersteRender.current = false;
      return;
    }
    titelRef.current?.focus();
  }, [stap]);

  async function maakDefinitief() {
    if (!invoer) return;
    const aanmelding = await aanmelden.verzend(verzoekVan(invoer, scholen));
    if (aanmelding) setStap("klaar");
  }

  if (stap === "klaar") {
    return (
      <section className="elk-aanmelden" aria-labelledby="elk-aanmelden-klaar">
        <Alert type="ok" role="status">
          <Heading2 id="elk-aanmelden-klaar" ref={titelRef} tabIndex={-1} className="elk-aanmelden__titel">
            {t("aanmeldingen.aangemeld", { naam: leerling.naam })}
          </Heading2>
        </Alert>
        <Paragraph>{t("aanmeldingen.groepTip")}</Paragraph>
        <div className="elk-formulier__knoppen">
          <RouterButtonLink href={OVERZICHT_PAD} appearance="primary-action-button">
            {t("aanmeldingen.naarOverzicht")}
          </RouterButtonLink>
          <RouterButtonLink href={AANMELDEN_PAD} appearance="secondary-action-button">
            {t("aanmeldingen.nogEen")}
          </RouterButtonLink>
        </div>
      </section>
    );
  }

  const titel = (
    <Heading2 id="elk-aanmelden-stap" ref={titelRef} tabIndex={-1} className="elk-aanmelden__titel">
      {t("aanmeldingen.stap", { nummer: NUMMER[stap], naam: t(`aanmeldingen.stap.${stap}`) })}
    </Heading2>
  );

  if (stap === "gegevens") {
    const regels: [string, string][] = [
      [t("aanmeldingen.naam"), leerling.naam],
      [t("aanmeldingen.elkNummer"), leerling.elkNummer],
      [t("aanmeldingen.geboortedatum"), formatDag(leerling.geboortedatum, locale)],
      [t("aanmeldingen.advies"), leerling.advies ?? t("aanmeldingen.geenAdvies")],
      [
        t("aanmeldingen.lengteLijst"),
        leerling.aantalKeuzes === 1
          ? t("aanmeldingen.lengteLijst.een")
          : t("aanmeldingen.lengteLijst.meer", { aantal: leerling.aantalKeuzes }),
      ],
    ];
    return (
      <section className="elk-aanmelden" aria-labelledby="elk-aanmelden-stap">
        {titel}
        <Paragraph>{t("aanmeldingen.gegevensUitleg")}</Paragraph>
        <DataList className="elk-gegevens">
          {regels.map(([sleutel, waarde]) => (
            <DataListItem key={sleutel}>
              <DataListKey>{sleutel}</DataListKey>
              <DataListValue>{waarde}</DataListValue>
            </DataListItem>
          ))}
        </DataList>
        {/* E.g. no advice yet: the API's message says so. */}
        {keuzes.status === "fout" && <ApiFout fout={keuzes.fout} opnieuw={keuzes.opnieuw} />}
        {keuzes.status === "klaar" && !eigenSchoolPast && (
          <Alert type="warning">
            <Paragraph>{t("aanmeldingen.geenAfdeling", { advies: leerling.advies ?? "" })}</Paragraph>
          </Alert>
        )}
        <div className="elk-formulier__knoppen">
          <Button appearance="primary-action-button" disabled={!invoer} onClick={() => setStap("lijst")}>
            {t("aanmeldingen.volgende")}
          </Button>
          <RouterButtonLink href={AANMELDEN_PAD} appearance="secondary-action-button">
            {t("aanmeldingen.andereLeerling")}
          </RouterButtonLink>
        </div>
      </section>
    );
  }

  if (!invoer) return null;

  if (stap === "controleren") {
    const verzoek = verzoekVan(invoer, scholen);
    return (
      <section className="elk-aanmelden" aria-labelledby="elk-aanmelden-stap">
        {titel}
        <Paragraph>{t("aanmeldingen.controleren.uitleg")}</Paragraph>
        <Paragraph className="elk-gevonden">{t("aanmeldingen.gevonden", { naam: leerling.naam })}</Paragraph>
        <VoorkeurslijstOverzicht regels={regelsVan(verzoek, scholen)} eersteKeuze={verzoek.eersteKeuze} />
        {/* REG-04: registered elsewhere already — the message names that school and its phone. */}
        {aanmelden.fout && <ApiFout fout={aanmelden.fout} />}
        <div className="elk-formulier__knoppen">
          <Button
            appearance="primary-action-button"
            busy={aanmelden.bezig}
            disabled={aanmelden.bezig}
            onClick={maakDefinitief}
          >
            {aanmelden.bezig ? t("aanmeldingen.definitiefBezig") : t("aanmeldingen.definitief")}
          </Button>
          <Button
            appearance="secondary-action-button"
            disabled={aanmelden.bezig}
            onClick={() => setStap("lijst")}
          >
            {t("aanmeldingen.vorige")}
          </Button>
        </div>
      </section>
    );
  }

  const naarControleren = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    aanmelden.wisFout();
    const gevonden = invoerFouten(invoer, (soort, nummer) => t(`voorkeurslijst.fout.${soort}`, { nummer }));
    setLokaal(gevonden);
    if (Object.keys(gevonden).length === 0 && isCompleet(invoer)) setStap("controleren");
  };

  return (
    <section className="elk-aanmelden" aria-labelledby="elk-aanmelden-stap">
      {titel}
      <form ref={formRef} className="elk-aanmelden" onSubmit={naarControleren} noValidate>
        {api.overig.length > 0 && <FormulierMelding tekst={api.overig.join(" ")} />}
        <VoorkeurslijstBouwer
          advies={leerling.advies ?? ""}
          scholen={scholen}
          invoer={invoer}
          onWijzig={setBewerkt}
          fouten={fouten}
          doelgroep="school"
          eersteSchoolVast
        />
        <Paragraph appearance="small" className="elk-aanmelden__uitleg">
          {t("aanmeldingen.volgendeUitleg")}
        </Paragraph>
        <div className="elk-formulier__knoppen">
          <Button type="button" appearance="secondary-action-button" onClick={() => setStap("gegevens")}>
            {t("aanmeldingen.vorige")}
          </Button>
          {isCompleet(invoer) && (
            <Button type="submit" appearance="primary-action-button">
              {t("aanmeldingen.volgende")}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
