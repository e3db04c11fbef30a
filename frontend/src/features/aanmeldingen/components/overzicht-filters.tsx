import { Advies } from "@elk/contracts";
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Textbox,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { type Keuze, Keuzeveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/nl";
import type { Filter, OverzichtStand } from "../utils/overzicht-query";

/** How long typing may pause before the search goes to the server. */
const ZOEK_VERTRAGING_MS = 350;

type Optie = { id: string; naam: string };

/**
 * TRT-01: "Bovenin het scherm zie je een aantal filteropties" — status, afdeling, advice,
 * voorrang, OSO, tafelmiddag, oki-doc, and "Toon groep" top right; under them the search field
 * over the columns and the ELK-nummer. Filters and search are cleared separately.
 */
export function OverzichtFilters(props: {
  stand: OverzichtStand;
  afdelingen: readonly Optie[];
  groepen: readonly Optie[];
  onFilter: (filter: Filter, waarde: string) => void;
  onZoek: (zoek: string) => void;
  onWisFilters: () => void;
  onWisZoek: () => void;
}) {
  const { stand, afdelingen, groepen, onFilter, onZoek, onWisFilters, onWisZoek } = props;
  const { t } = useI18n();

  const keuzes = (filter: Filter, waarden: readonly string[]): Keuze[] =>
    waarden.map((waarde) => ({ waarde, label: t(`overzicht.filter.${filter}.${waarde}` as MessageKey) }));
  const janee: Keuze[] = [
    { waarde: "ja", label: t("overzicht.filter.ja") },
    { waarde: "nee", label: t("overzicht.filter.nee") },
  ];

  const filterVeld = (filter: Filter, label: MessageKey, opties: readonly Keuze[], leeg?: MessageKey) => (
    <Keuzeveld
      naam={`filter-${filter}`}
      label={t(label)}
      waarde={stand.filters[filter] ?? ""}
      onWijzig={(waarde) => onFilter(filter, waarde)}
      keuzes={opties}
      leeg={t(leeg ?? "overzicht.filter.alle")}
    />
  );

  return (
    <div className="elk-overzicht__zoeken">
      <fieldset className="elk-overzicht__filters">
        <legend className="elk-visueel-verborgen">{t("overzicht.filters")}</legend>
        <div className="elk-overzicht__filterrij">
          {filterVeld(
            "status",
            "overzicht.filter.status",
            keuzes("status", [
              "aangemeld",
              "aanvulling-gevraagd",
              "aangevuld",
              "geplaatst",
              "uitgeloot",
              "toegewezen",
            ]),
          )}
          {filterVeld(
            "afdeling",
            "overzicht.filter.afdeling",
            afdelingen.map((afdeling) => ({ waarde: afdeling.id, label: afdeling.naam })),
          )}
          {filterVeld(
            "advies",
            "overzicht.filter.advies",
            Advies.options.map((advies) => ({ waarde: advies, label: advies })),
          )}
          {filterVeld(
            "voorrang",
            "overzicht.filter.voorrang",
            keuzes("voorrang", ["aangevraagd", "toegekend", "afgewezen", "geen"]),
          )}
          {filterVeld("oso", "overzicht.filter.oso", keuzes("oso", ["geen", "klaargezet", "opgehaald"]))}
          {filterVeld("tafelmiddag", "overzicht.filter.tafelmiddag", janee)}
          {filterVeld(
            "okidoc",
            "overzicht.filter.okidoc",
            keuzes("okidoc", ["beschikbaar", "niet-beschikbaar"]),
          )}
        </div>
        <div className="elk-overzicht__groepfilter">
          {filterVeld(
            "groep",
            "overzicht.filter.groep",
            groepen.map((groep) => ({ waarde: groep.id, label: groep.naam })),
            "overzicht.filter.groep.alle",
          )}
        </div>
      </fieldset>
      <ZoekVeld waarde={stand.zoek} onZoek={onZoek} />
      <div className="elk-formulier__knoppen elk-overzicht__wissen">
        <Button appearance="secondary-action-button" onClick={onWisFilters}>
          {t("overzicht.filtersWissen")}
        </Button>
        <Button appearance="secondary-action-button" onClick={onWisZoek}>
          {t("overzicht.zoekopdrachtWissen")}
        </Button>
      </div>
    </div>
  );
}

/** The search goes out as one types (after a short pause) or at once on Enter. */
function ZoekVeld({ waarde, onZoek }: { waarde: string; onZoek: (zoek: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [tekst, setTekst] = useState(waarde);
  const onZoekRef = useRef(onZoek);
  onZoekRef.current = onZoek;

  // "Zoekopdracht wissen" or the Back button change the search from outside; the URL's own echo
  // of what is being typed (trimmed) must not eat a space typed meanwhile.
  useEffect(() => {
    setTekst((nu) => (nu.trim() === waarde.trim() ? nu : waarde));
  }, [waarde]);

  useEffect(() => {
    if (tekst.trim() === waarde.trim()) return;
    const wacht = window.setTimeout(() => onZoekRef.current(tekst), ZOEK_VERTRAGING_MS);
    return () => window.clearTimeout(wacht);
  }, [tekst, waarde]);

  const verstuur = (event: FormEvent) => {
    event.preventDefault();
    onZoek(tekst);
  };

  return (
    <search className="elk-overzicht__zoekveld">
      <form onSubmit={verstuur}>
        <FormField
          label={<FormLabel htmlFor={id}>{t("overzicht.zoeken")}</FormLabel>}
          description={
            <FormFieldDescription id={`${id}-uitleg`}>{t("overzicht.zoekenUitleg")}</FormFieldDescription>
          }
          input={
            <Textbox
              id={id}
              type="search"
              value={tekst}
              autoComplete="off"
              aria-describedby={`${id}-uitleg`}
              onChange={(event) => setTekst(event.currentTarget.value)}
            />
          }
        />
      </form>
    </search>
  );
}
