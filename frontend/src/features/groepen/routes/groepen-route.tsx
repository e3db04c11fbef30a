import type { GroepenLijst, GroepRegel } from "@elk/contracts";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import "../groepen.css";
import { ApiFout } from "../../../components/api-fout";
import { ApiWeergave } from "../../../components/api-weergave";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useVerzenden } from "../../../lib/use-verzenden";
import { groepVerwijderen, useGroepen, useGroepKandidaten } from "../api/groepen";
import { GroepFormulier, type GroepModus } from "../components/groep-formulier";
import { GroepenTabel } from "../components/groepen-tabel";

/** Instellingen > Groepen (GRP-01): every user of a VO school keeps the school's groups. */
export function GroepenRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("groepen.titel"));
  const { schooljaar } = useSchooljaar();
  const groepen = useGroepen(schooljaar);
  return (
    <>
      <Heading1>{t("groepen.titel")}</Heading1>
      <ApiWeergave resultaat={groepen}>
        {(lijst) => (
          <Groepenbeheer key={schooljaar} lijst={lijst} schooljaar={schooljaar} ververs={groepen.ververs} />
        )}
      </ApiWeergave>
    </>
  );
}

function Groepenbeheer(props: { lijst: GroepenLijst; schooljaar: string; ververs: () => void }) {
  const { lijst, schooljaar, ververs } = props;
  const { t } = useI18n();
  const [formulier, setFormulier] = useState<GroepModus | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [teVerwijderen, setTeVerwijderen] = useState<GroepRegel | null>(null);
  const verwijderen = useVerzenden(groepVerwijderen);
  const meldingRef = useRef<HTMLDivElement>(null);
  const toevoegenRef = useRef<HTMLButtonElement>(null);

  const toon = (tekst: string) => {
    setMelding(tekst);
    requestAnimationFrame(() => meldingRef.current?.focus());
  };

  const openFormulier = (modus: GroepModus) => {
    setMelding(null);
    verwijderen.wisFout();
    setFormulier(modus);
  };

  const sluitFormulier = () => {
    setFormulier(null);
    requestAnimationFrame(() => toevoegenRef.current?.focus());
  };

  const naOpgeslagen = (groep: GroepRegel) => {
    const toegevoegd = formulier?.soort === "toevoegen";
    setFormulier(null);
    ververs();
    toon(t(toegevoegd ? "groepen.toegevoegd" : "groepen.gewijzigd", { naam: groep.naam }));
  };

  const bevestigVerwijderen = async () => {
    if (!teVerwijderen) return;
    const { naam, id } = teVerwijderen;
    const klaar = await verwijderen.verzend(id);
    setTeVerwijderen(null);
    if (!klaar) return;
    if (formulier?.soort === "wijzigen" && formulier.groep.id === id) setFormulier(null);
    ververs();
    toon(t("groepen.verwijderd", { naam }));
  };

  return (
    <>
      <div className="elk-groepen__kop">
        <div>
          <Paragraph>{t("groepen.intro")}</Paragraph>
          <Paragraph>
            <strong>{t("groepen.introNotificaties")}</strong>
          </Paragraph>
        </div>
        {!formulier && (
          <Button
            ref={toevoegenRef}
            appearance="primary-action-button"
            onClick={() => openFormulier({ soort: "toevoegen" })}
          >
            {t("groepen.toevoegen")}
          </Button>
        )}
      </div>

      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {verwijderen.fout && <ApiFout fout={verwijderen.fout} />}

      {formulier && (
        <FormulierMetKandidaten
          key={formulier.soort === "wijzigen" ? formulier.groep.id : "nieuw"}
          modus={formulier}
          schooljaar={schooljaar}
          naOpgeslagen={naOpgeslagen}
          annuleren={sluitFormulier}
        />
      )}

      {lijst.items.length === 0 ? (
        <Paragraph className="elk-leeg">{t("groepen.geen")}</Paragraph>
      ) : (
        <GroepenTabel
          groepen={lijst.items}
          wijzigen={(groep) => openFormulier({ soort: "wijzigen", groep })}
          verwijderen={(groep) => {
            setMelding(null);
            verwijderen.wisFout();
            setTeVerwijderen(groep);
          }}
        />
      )}

      {teVerwijderen && (
        <BevestigDialoog
          titel={t("groepen.verwijderenTitel")}
          vraag={t("groepen.verwijderenVraag", { naam: teVerwijderen.naam })}
          bevestigLabel={t("groepen.verwijderen")}
          annuleerLabel={t("groepen.annuleren")}
          bezig={verwijderen.bezig}
          onBevestig={bevestigVerwijderen}
          onAnnuleer={() => setTeVerwijderen(null)}
        />
      )}
    </>
  );
}

/** The pupils and users to choose from are read when the form opens: they change during the week. */
function FormulierMetKandidaten(props: {
  modus: GroepModus;
  schooljaar: string;
  naOpgeslagen: (groep: GroepRegel) => void;
  annuleren: () => void;
}) {
  const kandidaten = useGroepKandidaten(props.schooljaar);
  return (
    <ApiWeergave resultaat={kandidaten}>
      {(data) => <GroepFormulier {...props} kandidaten={data} />}
    </ApiWeergave>
  );
}
