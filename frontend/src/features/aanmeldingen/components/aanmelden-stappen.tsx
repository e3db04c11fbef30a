import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import { useFocusOpFout } from "../../../components/formulier";
import {
  foutenVanApi,
  invoerVan,
  kiesSchool,
  type VoorkeurslijstFouten,
  type VoorkeurslijstInvoer,
  verzoekVan,
} from "../../../components/voorkeurslijst/voorkeurslijst-invoer";
import { useI18n } from "../../../i18n/i18n";
import { formatDag } from "../../../lib/datum";
import { RouterButtonLink } from "../../../lib/router";
import { useTitelFocus } from "../../../lib/use-titel-focus";
import { useVerzenden } from "../../../lib/use-verzenden";
import { type GevondenLeerling, schoolAanmelding, useSchoolKeuzemogelijkheden } from "../api/aanmeldingen";
import { AANMELDEN_PAD } from "../utils/paden";
import { Bevestiging, ControleStap, GegevensLijst, LijstStap, type Stap, StapKader } from "./stappen";

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
  const [stap, setStap] = useState<Stap | "klaar">("gegevens");
  const [bewerkt, setBewerkt] = useState<VoorkeurslijstInvoer | null>(null);
  const [lokaal, setLokaal] = useState<VoorkeurslijstFouten>({});
  const aanmelden = useVerzenden((verzoek: ReturnType<typeof verzoekVan>) =>
    schoolAanmelding(leerling.leerlingId, schooljaar, verzoek),
  );
  const formRef = useRef<HTMLFormElement>(null);

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

  const titelRef = useTitelFocus(stap);

  async function maakDefinitief() {
    if (!invoer) return;
    const aanmelding = await aanmelden.verzend(verzoekVan(invoer, scholen));
    if (aanmelding) setStap("klaar");
  }

  if (stap === "klaar") {
    return (
      <Bevestiging
        titelRef={titelRef}
        titel={t("aanmeldingen.aangemeld", { naam: leerling.naam })}
        nogEen={
          <RouterButtonLink href={AANMELDEN_PAD} appearance="secondary-action-button">
            {t("aanmeldingen.nogEen")}
          </RouterButtonLink>
        }
      />
    );
  }

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
      <StapKader stap="gegevens" titelRef={titelRef}>
        <Paragraph>{t("aanmeldingen.gegevensUitleg")}</Paragraph>
        <GegevensLijst regels={regels} />
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
      </StapKader>
    );
  }

  if (!invoer) return null;

  if (stap === "controleren") {
    return (
      <ControleStap
        titelRef={titelRef}
        leerling={
          <Paragraph className="elk-gevonden">
            {t("aanmeldingen.gevonden", { naam: leerling.naam })}
          </Paragraph>
        }
        verzoek={verzoekVan(invoer, scholen)}
        scholen={scholen}
        fout={aanmelden.fout}
        bezig={aanmelden.bezig}
        onDefinitief={maakDefinitief}
        onVorige={() => setStap("lijst")}
      />
    );
  }

  return (
    <LijstStap
      titelRef={titelRef}
      formRef={formRef}
      advies={leerling.advies ?? ""}
      scholen={scholen}
      invoer={invoer}
      onWijzig={setBewerkt}
      overig={api.overig}
      fouten={fouten}
      wisFout={aanmelden.wisFout}
      onGecontroleerd={setLokaal}
      onVorige={() => setStap("gegevens")}
      onVolgende={() => setStap("controleren")}
    />
  );
}
