import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import "../aanmeldingen.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useMijnGegevens } from "../../../lib/mijn-gegevens";
import { navigate } from "../../../lib/router";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useAanmeldingen } from "../api/aanmeldingen";
import { AanmeldingenTabel } from "../components/aanmeldingen-tabel";
import { LeerlingAanmeldenDialoog } from "../components/leerling-aanmelden-dialoog";
import { aanmeldenPad } from "../utils/paden";

/**
 * Leerlingen > Overzicht (REG-05): the pupils registered at the own school for the chosen school
 * year (HOME-04). Users with the role Aanmelden find "Leerling aanmelden" here (REG-09). Filters,
 * search, groups and bulk actions (TRT-01) come with the handling of registrations.
 */
export function OverzichtRoute() {
  const { t } = useI18n();
  const mij = useMijnGegevens();
  const { schooljaar } = useSchooljaar();
  const aanmeldingen = useAanmeldingen(schooljaar);
  const [dialoog, setDialoog] = useState(false);
  const knopRef = useRef<HTMLButtonElement>(null);
  const magAanmelden = mij.menu.some((groep) =>
    groep.items.some((item) => item.scherm === "leerlingen.aanmelden"),
  );
  useDocumentTitle(t("aanmeldingen.titel"));

  return (
    <>
      <div className="elk-aanmeldingen__kop">
        <Heading1>{t("aanmeldingen.titel")}</Heading1>
        {magAanmelden && (
          <Button ref={knopRef} appearance="primary-action-button" onClick={() => setDialoog(true)}>
            {t("aanmeldingen.aanmelden")}
          </Button>
        )}
      </div>
      <Paragraph>{t("aanmeldingen.intro", { schooljaar, school: mij.gebruiker.locatieNaam })}</Paragraph>
      <ApiWeergave resultaat={aanmeldingen}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph className="elk-leeg">{t("aanmeldingen.geen", { schooljaar })}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {data.items.length === 1
                  ? t("aanmeldingen.aantalEen")
                  : t("aanmeldingen.aantal", { aantal: data.items.length })}
              </Paragraph>
              <AanmeldingenTabel aanmeldingen={data.items} />
              <Paragraph appearance="small" className="elk-aanmeldingen__legenda">
                {t("aanmeldingen.legenda")}
              </Paragraph>
            </>
          )
        }
      </ApiWeergave>
      {dialoog && (
        <LeerlingAanmeldenDialoog
          onVerder={(leerling) => navigate(aanmeldenPad(leerling.elkNummer))}
          onSluit={() => {
            setDialoog(false);
            knopRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
