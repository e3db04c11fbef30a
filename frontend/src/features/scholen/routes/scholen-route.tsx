import type { SchoolDetail } from "@elk/contracts";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import "../scholen.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useMijnGegevens } from "../../../lib/mijn-gegevens";
import { RouterLink, useZoekParameters } from "../../../lib/router";
import { useScholen } from "../api/get-scholen";
import { schoolToevoegen } from "../api/school";
import { ScholenTabel, type School } from "../components/scholen-tabel";
import { SchoolFormulier } from "../components/school-formulier";
import { SchoolScherm } from "../components/school-scherm";
import { ZoekVeld } from "../components/zoek-veld";
import { schoolPad } from "../utils/paden";
import { LEGE_SCHOOL, toevoegenBody } from "../utils/school-invoer";

/**
 * Instellingen > Scholen (ORG-01, ORG-02, ORG-03). The beheerorganisatie sees and adds every
 * school, a contactpersoon ELK the schools of its bestuur; one school in reach (a locatiebeheerder)
 * opens as "Schoolgegevens" at once.
 */
export function ScholenRoute() {
  const zoek = useZoekParameters();
  const gekozen = zoek.get("school");
  if (gekozen) {
    return <SchoolScherm key={gekozen} schoolId={gekozen} vanuitLijst beginBewerken={zoek.has("bewerken")} />;
  }
  return <ScholenLijst />;
}

function ScholenLijst() {
  const { t } = useI18n();
  const scholen = useScholen();
  // ORG-01: only the beheerorganisatie adds schools (the API refuses anyone else).
  const magToevoegen = useMijnGegevens().gebruiker.rollen.includes("regiobeheerder");
  const [enige] =
    scholen.status === "klaar" && scholen.data.items.length === 1 && !magToevoegen ? scholen.data.items : [];
  const titel = t("scholen.titel");
  useDocumentTitle(enige ? t("scholen.titelEen") : titel);
  if (enige) return <SchoolScherm schoolId={enige.id} />;
  return (
    <>
      <Heading1>{titel}</Heading1>
      <ApiWeergave resultaat={scholen}>
        {(data) => (
          <ScholenBeheer scholen={data.items} magToevoegen={magToevoegen} ververs={scholen.ververs} />
        )}
      </ApiWeergave>
    </>
  );
}

function ScholenBeheer(props: { scholen: readonly School[]; magToevoegen: boolean; ververs: () => void }) {
  const { scholen, magToevoegen, ververs } = props;
  const { t } = useI18n();
  const [toevoegen, setToevoegen] = useState(false);
  const [toegevoegd, setToegevoegd] = useState<SchoolDetail | null>(null);
  const [filter, setFilter] = useState("");
  const toevoegenRef = useRef<HTMLButtonElement>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  const zichtbaar = filterScholen(scholen, filter);

  const sluit = (school: SchoolDetail | null) => {
    setToevoegen(false);
    setToegevoegd(school);
    if (school) ververs();
    requestAnimationFrame(() => (school ? meldingRef.current : toevoegenRef.current)?.focus());
  };

  return (
    <>
      <div className="elk-scholen__kop">
        <Paragraph>{magToevoegen ? t("scholen.introBeheer") : t("scholen.intro")}</Paragraph>
        {magToevoegen && !toevoegen && (
          <Button
            ref={toevoegenRef}
            appearance="primary-action-button"
            onClick={() => {
              setToegevoegd(null);
              setToevoegen(true);
            }}
          >
            {t("scholen.toevoegen")}
          </Button>
        )}
      </div>
      {toegevoegd && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph>
            {t("scholen.toegevoegd", { naam: toegevoegd.naam })}{" "}
            <RouterLink href={schoolPad(toegevoegd.id)}>{t("scholen.toegevoegdOpenen")}</RouterLink>
          </Paragraph>
        </Alert>
      )}
      {toevoegen && (
        <SchoolFormulier
          titel={t("scholen.toevoegenTitel")}
          begin={LEGE_SCHOOL}
          mag={() => true}
          opslaan={(invoer) => schoolToevoegen(toevoegenBody(invoer))}
          naOpgeslagen={sluit}
          annuleren={() => sluit(null)}
        />
      )}
      {scholen.length === 0 ? (
        <Paragraph className="elk-leeg">{t("scholen.geen")}</Paragraph>
      ) : (
        <>
          {scholen.length > 10 && <ZoekVeld waarde={filter} onWijzig={setFilter} aantal={zichtbaar.length} />}
          {zichtbaar.length === 0 ? (
            <Paragraph className="elk-leeg">{t("scholen.geenGevonden")}</Paragraph>
          ) : (
            <ScholenTabel scholen={zichtbaar} />
          )}
        </>
      )}
      {!magToevoegen && <Paragraph appearance="small">{t("scholen.ontbreekt")}</Paragraph>}
    </>
  );
}

/** Name, BRIN, place or bestuur containing every word typed, case and accents aside. */
function filterScholen(scholen: readonly School[], filter: string): readonly School[] {
  const woorden = normaliseer(filter).split(/\s+/).filter(Boolean);
  if (woorden.length === 0) return scholen;
  return scholen.filter((school) => {
    const tekst = normaliseer(
      [school.naam, school.officieleNaam, school.brin, school.adres.plaats, school.bestuur].join(" "),
    );
    return woorden.every((woord) => tekst.includes(woord));
  });
}

function normaliseer(tekst: string): string {
  return tekst.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl-NL");
}
