import { Button, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import { DropdownMenu } from "../../../components/dropdown-menu";
import { ExportVoortgang } from "../../../components/export-voortgang";
import { formulierFout, Keuzeveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useExport } from "../../../lib/use-export";
import { useVerzenden } from "../../../lib/use-verzenden";
import { groepLeerlingenToevoegen } from "../api/groepen";
import { FormDialoog } from "./dialogen/dialoog";
import { OsoKlaarzettenUitkomstWeergave, useMagOsoKlaarzetten, useOsoKlaarzetten } from "./oso-klaarzetten";

type Groep = { id: string; naam: string };

/**
 * TRT-01 / GRP-01: the pupils ticked in the first column, and what can be done with them at
 * once: "Toevoegen aan groep", and the exports (EXP-01, EXP-02) — the aanmeldingenoverzicht of
 * the ticked pupils, or of every pupil the overview shows under its filters when none is ticked;
 * "OSO-dossiers klaarzetten" for the ticked placed pupils (OSO-03), the overview read again as the
 * dossiers get ready.
 */
export function Bulkacties(props: {
  geselecteerd: readonly string[];
  groepen: readonly Groep[];
  /** The overview's filters and search, as its query holds them (EXP-01). */
  filter: Readonly<Record<string, string | undefined>>;
  schooljaar: string;
  onWisSelectie: () => void;
  onGedaan: (melding: string) => void;
  /** Read the overview again, keeping it on screen. */
  ververs: () => void;
}) {
  const { geselecteerd, groepen, filter, schooljaar, onWisSelectie, onGedaan, ververs } = props;
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const exporteren = useExport();
  const magOso = useMagOsoKlaarzetten();
  const oso = useOsoKlaarzetten(ververs);
  const osoKlaarzetten = async () => {
    if (await oso.start(geselecteerd, schooljaar)) onWisSelectie();
  };
  const exportStart = (
    soort: "aanmeldingen" | "decentrale-loting" | "terugtrekkers" | "buitenleerlingen",
  ) => {
    const { pagina: _p, perPagina: _pp, schooljaar: _s, ...filters } = filter;
    void exporteren.start({
      soort,
      schooljaar,
      ...(soort === "aanmeldingen" && geselecteerd.length > 0 ? { selectie: [...geselecteerd] } : {}),
      ...(soort === "aanmeldingen" && geselecteerd.length === 0
        ? { filter: Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) }
        : {}),
    });
  };
  const menuRef = useRef<HTMLDivElement>(null);
  const aantal = geselecteerd.length;

  const sluit = () => {
    setOpen(false);
    requestAnimationFrame(() => menuRef.current?.querySelector("button")?.focus());
  };

  return (
    <div className="elk-bulkacties">
      <div ref={menuRef}>
        <DropdownMenu
          label={t("overzicht.bulkacties")}
          uitlijning="links"
          className="elk-bulkacties__menu"
          sluitBijKeuze
        >
          {aantal === 0 ? (
            <Paragraph className="elk-dropdown__tekst">{t("overzicht.geenSelectie")}</Paragraph>
          ) : (
            <Button appearance="subtle-button" onClick={() => setOpen(true)}>
              {t("overzicht.groep.toevoegen")}
            </Button>
          )}
          <Button appearance="subtle-button" onClick={() => exportStart("aanmeldingen")}>
            {t("export.menu.aanmeldingen")}
          </Button>
          <Button appearance="subtle-button" onClick={() => exportStart("decentrale-loting")}>
            {t("export.menu.decentrale-loting")}
          </Button>
          <Button appearance="subtle-button" onClick={() => exportStart("terugtrekkers")}>
            {t("export.menu.terugtrekkers")}
          </Button>
          <Button appearance="subtle-button" onClick={() => exportStart("buitenleerlingen")}>
            {t("export.menu.buitenleerlingen")}
          </Button>
          {magOso && (
            <Button appearance="subtle-button" onClick={() => void osoKlaarzetten()}>
              {t("oso.klaarzetten.menu")}
            </Button>
          )}
        </DropdownMenu>
      </div>
      {aantal > 0 && (
        <>
          <span className="elk-bulkacties__aantal">
            {aantal === 1 ? t("overzicht.geselecteerdEen") : t("overzicht.geselecteerd", { aantal })}
          </span>
          <Button appearance="subtle-button" onClick={onWisSelectie}>
            {t("overzicht.selectieWissen")}
          </Button>
        </>
      )}
      <ExportVoortgang export={exporteren} />
      <OsoKlaarzettenUitkomstWeergave
        oso={oso}
        naSluiten={() => menuRef.current?.querySelector("button")?.focus()}
      />
      {open && (
        <GroepDialoog
          aanmeldingIds={geselecteerd}
          groepen={groepen}
          onSluit={sluit}
          onGedaan={(melding) => {
            setOpen(false);
            onGedaan(melding);
          }}
        />
      )}
    </div>
  );
}

function GroepDialoog(props: {
  aanmeldingIds: readonly string[];
  groepen: readonly Groep[];
  onSluit: () => void;
  onGedaan: (melding: string) => void;
}) {
  const { aanmeldingIds, groepen, onSluit, onGedaan } = props;
  const { t } = useI18n();
  const [groepId, setGroepId] = useState(groepen.length === 1 ? (groepen[0]?.id ?? "") : "");
  const [ontbreekt, setOntbreekt] = useState(false);
  const toevoegen = useVerzenden(groepLeerlingenToevoegen);
  const { algemeen, velden } = formulierFout(toevoegen.fout, t);
  const aantal = aanmeldingIds.length;

  const verstuur = async () => {
    setOntbreekt(!groepId);
    const groep = groepen.find((g) => g.id === groepId);
    if (!groep) return;
    if (!(await toevoegen.verzend(groep.id, aanmeldingIds))) return;
    onGedaan(
      aantal === 1
        ? t("overzicht.groep.toegevoegdEen", { groep: groep.naam })
        : t("overzicht.groep.toegevoegd", { aantal, groep: groep.naam }),
    );
  };

  return (
    <FormDialoog
      titel={t("overzicht.groep.toevoegen")}
      intro={aantal === 1 ? t("overzicht.groep.introEen") : t("overzicht.groep.intro", { aantal })}
      bevestigLabel={t("overzicht.groep.toevoegen")}
      bezig={toevoegen.bezig}
      melding={algemeen}
      klaar={groepen.length > 0}
      onVerstuur={() => void verstuur()}
      onSluit={onSluit}
    >
      {groepen.length === 0 ? (
        <Paragraph>{t("overzicht.groep.geen")}</Paragraph>
      ) : (
        <Keuzeveld
          naam="groepId"
          label={t("overzicht.groep.veld")}
          waarde={groepId}
          onWijzig={setGroepId}
          keuzes={groepen.map((groep) => ({ waarde: groep.id, label: groep.naam }))}
          leeg={t("overzicht.groep.kiezen")}
          verplicht
          fout={ontbreekt ? t("overzicht.groep.verplicht") : (velden.groepId ?? velden.aanmeldingIds)}
        />
      )}
    </FormDialoog>
  );
}
