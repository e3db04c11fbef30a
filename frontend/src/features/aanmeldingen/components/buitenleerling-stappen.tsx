import { aantalKeuzes, isAdvies, magViaOuderportaal } from "@elk/domain";
import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, type RefObject, useEffect, useRef, useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import { FormulierMelding, useFocusOpFout, VerplichtLegenda } from "../../../components/formulier";
import {
  foutenVanApi,
  invoerVan,
  kiesSchool,
  type VoorkeurslijstFouten,
  type VoorkeurslijstInvoer,
  type VoorkeurslijstVerzoek,
  verzoekVan,
} from "../../../components/voorkeurslijst/voorkeurslijst-invoer";
import { useI18n } from "../../../i18n/i18n";
import { formatDag } from "../../../lib/datum";
import { useMijnGegevens } from "../../../lib/mijn-gegevens";
import { RouterButtonLink } from "../../../lib/router";
import { useTitelFocus } from "../../../lib/use-titel-focus";
import { useVerzenden } from "../../../lib/use-verzenden";
import {
  type BuitenleerlingAangemeld,
  buitenleerlingAanmelden,
  useAdviesKeuzemogelijkheden,
} from "../api/buitenleerlingen";
import {
  type BuitenleerlingInvoer,
  gegevensVan,
  isGegevensPad,
  LEGE_INVOER,
  ontbrekendeVelden,
  VELD_VAN_PAD,
} from "../utils/buitenleerling-invoer";
import { OVERZICHT_PAD } from "../utils/paden";
import { BuitenleerlingVelden } from "./buitenleerling-velden";
import { Bevestiging, ControleStap, GegevensLijst, LijstStap, type Stap, StapKader } from "./stappen";

type GegevensFouten = Partial<Record<keyof BuitenleerlingInvoer | "bsn", string>>;

/**
 * REG-08 / REG-09 after "Verder gaan", the manual's steps 5 to 9: the buitenleerling's data and
 * primary school, "Volgende", the voorkeurslijst with the own school as voorkeur 1, then
 * "Aanmelding definitief maken". The confirmation names the ELK-nummer (it starts with a B) and
 * tells that the parents receive the voorkeurslijst and the ouderinlog by e-mail.
 */
export function BuitenleerlingStappen(props: { bsn: string; schooljaar: string; onNogEen: () => void }) {
  const { bsn, schooljaar, onNogEen } = props;
  const { t } = useI18n();
  const mij = useMijnGegevens();
  const [stap, setStap] = useState<Stap>("gegevens");
  const [invoer, setInvoer] = useState<BuitenleerlingInvoer>(LEGE_INVOER);
  const [lokaal, setLokaal] = useState<GegevensFouten>({});
  // The list belongs to the advice it was built for: another advice asks for another length.
  const [lijst, setLijst] = useState<{ advies: string; invoer: VoorkeurslijstInvoer } | null>(null);
  const [lijstFouten, setLijstFouten] = useState<VoorkeurslijstFouten>({});
  const [aangemeld, setAangemeld] = useState<BuitenleerlingAangemeld | null>(null);
  const keuzes = useAdviesKeuzemogelijkheden(invoer.advies);
  const aanmelden = useVerzenden((verzoek: VoorkeurslijstVerzoek) =>
    buitenleerlingAanmelden(schooljaar, gegevensVan(invoer, bsn), verzoek),
  );
  const formRef = useRef<HTMLFormElement>(null);

  const data = keuzes.status === "klaar" ? keuzes.data : null;
  const scholen = data?.scholen ?? [];
  const eigenSchoolId = data?.eigenSchoolId;
  const eigenSchoolPast = scholen.some((school) => school.id === eigenSchoolId);

  // The API's field messages, each at its step: the data, or the list.
  const apiVelden = aanmelden.fout?.velden ?? {};
  const apiGegevens: GegevensFouten = {};
  const apiLijst: Record<string, string> = {};
  for (const [pad, melding] of Object.entries(apiVelden)) {
    const veld = VELD_VAN_PAD[pad];
    if (veld && isGegevensPad(pad)) apiGegevens[veld] ??= melding;
    else apiLijst[pad] = melding;
  }
  const lijstApi = foutenVanApi(apiLijst);

  useEffect(() => {
    if (!aanmelden.fout) return;
    const paden = Object.keys(aanmelden.fout.velden);
    if (paden.some(isGegevensPad)) setStap("gegevens");
    else if (paden.length > 0) setStap("lijst");
  }, [aanmelden.fout]);

  const titelRef = useTitelFocus(aangemeld ?? stap);

  useFocusOpFout(
    formRef,
    Object.keys(lokaal).length > 0
      ? lokaal
      : Object.keys(lijstFouten).length > 0
        ? lijstFouten
        : aanmelden.fout,
  );

  if (aangemeld)
    return <Aangemeld aangemeld={aangemeld} invoer={invoer} titelRef={titelRef} onNogEen={onNogEen} />;

  if (stap === "gegevens") {
    const naarLijst = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      aanmelden.wisFout();
      const gevonden: GegevensFouten = {};
      for (const veld of ontbrekendeVelden(invoer)) gevonden[veld] = t(`aanmeldingen.ontbreekt.${veld}`);
      setLokaal(gevonden);
      if (Object.keys(gevonden).length > 0 || !data || !eigenSchoolId || !eigenSchoolPast) return;
      if (lijst?.advies !== invoer.advies) {
        const aantal = isAdvies(invoer.advies) ? aantalKeuzes(invoer.advies, mij.regio) : 0;
        const leeg = invoerVan(aantal, undefined, eigenSchoolId);
        setLijst({ advies: invoer.advies, invoer: kiesSchool(leeg, 0, eigenSchoolId, scholen) });
      }
      setStap("lijst");
    };
    return (
      <StapKader stap="gegevens" titelRef={titelRef}>
        <form ref={formRef} className="elk-formulier elk-buitenleerling" onSubmit={naarLijst} noValidate>
          <Paragraph>{t("aanmeldingen.buitenleerling.gegevensUitleg")}</Paragraph>
          <VerplichtLegenda />
          {Object.keys(lokaal).length > 0 && <FormulierMelding tekst={t("aanmeldingen.nietCompleet")} />}
          <BuitenleerlingVelden
            bsn={bsn}
            invoer={invoer}
            wijzig={(veld, waarde) => setInvoer((vorig) => ({ ...vorig, [veld]: waarde }))}
            velden={{ ...apiGegevens, ...lokaal }}
          />
          {keuzes.status === "fout" && <ApiFout fout={keuzes.fout} opnieuw={keuzes.opnieuw} />}
          {data && !eigenSchoolPast && (
            <Alert type="warning">
              <Paragraph>{t("aanmeldingen.geenAfdeling", { advies: invoer.advies })}</Paragraph>
            </Alert>
          )}
          <div className="elk-formulier__knoppen">
            <Button
              type="submit"
              appearance="primary-action-button"
              disabled={invoer.advies !== "" && keuzes.status === "laden"}
            >
              {t("aanmeldingen.volgende")}
            </Button>
            <RouterButtonLink href={OVERZICHT_PAD} appearance="secondary-action-button">
              {t("aanmeldingen.annuleren")}
            </RouterButtonLink>
          </div>
        </form>
      </StapKader>
    );
  }

  if (!lijst) return null;

  if (stap === "controleren") {
    const verzoek = verzoekVan(lijst.invoer, scholen);
    return (
      <ControleStap
        titelRef={titelRef}
        leerling={<Samenvatting bsn={bsn} invoer={invoer} />}
        verzoek={verzoek}
        scholen={scholen}
        // Field messages show at their step; what remains is e.g. REG-04, registered elsewhere meanwhile.
        fout={aanmelden.fout && Object.keys(aanmelden.fout.velden).length === 0 ? aanmelden.fout : null}
        bezig={aanmelden.bezig}
        onDefinitief={async () => {
          const antwoord = await aanmelden.verzend(verzoek);
          if (antwoord) setAangemeld(antwoord);
        }}
        onVorige={() => setStap("lijst")}
      />
    );
  }

  return (
    <LijstStap
      titelRef={titelRef}
      formRef={formRef}
      advies={lijst.advies}
      scholen={scholen}
      invoer={lijst.invoer}
      onWijzig={(nieuw) => setLijst({ advies: lijst.advies, invoer: nieuw })}
      overig={lijstApi.overig}
      fouten={{ ...lijstApi.fouten, ...lijstFouten }}
      wisFout={aanmelden.wisFout}
      onGecontroleerd={setLijstFouten}
      onVorige={() => setStap("gegevens")}
      onVolgende={() => setStap("controleren")}
    />
  );
}

function Samenvatting({ bsn, invoer }: { bsn: string; invoer: BuitenleerlingInvoer }) {
  const { t, locale } = useI18n();
  const naam = [invoer.roepnaam, invoer.tussenvoegsel, invoer.achternaam].filter((d) => d.trim()).join(" ");
  const basisschool = invoer.basisschoolNaam.trim()
    ? `${invoer.basisschoolNaam.trim()}, ${invoer.basisschoolPlaats.trim()}`
    : t("aanmeldingen.geenBasisschool");
  const regels: [string, string][] = [
    [t("aanmeldingen.naam"), naam],
    [t("aanmeldingen.bsnVeld"), bsn],
    [t("aanmeldingen.geboortedatum"), formatDag(invoer.geboortedatum, locale)],
    [t("aanmeldingen.basisschooladvies"), invoer.advies],
    [t("aanmeldingen.emailOuders"), invoer.emailOuders.trim()],
    [t("aanmeldingen.basisschool"), basisschool],
  ];
  return <GegevensLijst regels={regels} />;
}

function Aangemeld(props: {
  aangemeld: BuitenleerlingAangemeld;
  invoer: BuitenleerlingInvoer;
  titelRef: RefObject<HTMLHeadingElement | null>;
  onNogEen: () => void;
}) {
  const { aangemeld, invoer, titelRef, onNogEen } = props;
  const { t } = useI18n();
  const naam = [invoer.roepnaam, invoer.tussenvoegsel, invoer.achternaam].filter((d) => d.trim()).join(" ");
  const email = invoer.emailOuders.trim();
  // REG-01: the parents of a PrO pupil get no ouderinlog.
  const metOuderinlog = isAdvies(invoer.advies) && magViaOuderportaal(invoer.advies);
  return (
    <Bevestiging
      titelRef={titelRef}
      titel={t("aanmeldingen.buitenleerling.aangemeld", { naam, elkNummer: aangemeld.elkNummer })}
      nogEen={
        <Button appearance="secondary-action-button" onClick={onNogEen}>
          {t("aanmeldingen.buitenleerling.nogEen")}
        </Button>
      }
    >
      <Paragraph>
        {metOuderinlog
          ? t("aanmeldingen.buitenleerling.mails", { email })
          : t("aanmeldingen.buitenleerling.mailLijst", { email })}
      </Paragraph>
    </Bevestiging>
  );
}
