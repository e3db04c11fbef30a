import type { AanmeldingWeergave, Kind, Kinderen } from "@elk/contracts";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { VoorkeurslijstOverzicht } from "../../../components/voorkeurslijst/voorkeurslijst-overzicht";
import { useI18n } from "../../../i18n/i18n";
import { formatDag, formatDatumTijd } from "../../../lib/datum";
import { useVerzenden } from "../../../lib/use-verzenden";
import { aanmeldingIntrekken } from "../api/kinderen";

/**
 * PAR-01: a final registration — when and where, the list, and the placement's announcement
 * (LOT-04). REG-06: during the registration period the parents can undo it, after a confirmation.
 */
export function AangemeldBlok(props: {
  kind: Kind;
  aanmelding: AanmeldingWeergave;
  periode: Pick<Kinderen, "aanmeldperiode" | "binnenAanmeldperiode" | "bekendmaking">;
  onIngetrokken: (aanmelding: AanmeldingWeergave) => void;
}) {
  const { kind, aanmelding, periode, onIngetrokken } = props;
  const { t, locale } = useI18n();
  const [vragen, setVragen] = useState(false);
  const intrekken = useVerzenden(() => aanmeldingIntrekken(kind.leerlingId));
  const knopRef = useRef<HTMLButtonElement>(null);
  const school = aanmelding.keuzes[0]?.schoolNaam ?? "";

  async function bevestig() {
    const ingetrokken = await intrekken.verzend();
    if (!ingetrokken) return;
    setVragen(false);
    onIngetrokken(ingetrokken);
  }

  return (
    <>
      <Paragraph>
        {t("ouderportaal.aangemeldBij", {
          naam: kind.naam,
          moment: aanmelding.aangemeldOp ? formatDatumTijd(aanmelding.aangemeldOp, locale) : "",
          school,
        })}{" "}
        {t("ouderportaal.bekendmaking", { moment: formatDatumTijd(periode.bekendmaking, locale) })}
      </Paragraph>
      <VoorkeurslijstOverzicht regels={aanmelding.keuzes} eersteKeuze={aanmelding.eersteKeuze} />
      {periode.binnenAanmeldperiode && (
        <>
          <Paragraph>
            {t("ouderportaal.ongedaanUitleg", { tot: formatDag(periode.aanmeldperiode.tot, locale) })}
          </Paragraph>
          <div>
            <Button
              ref={knopRef}
              appearance="secondary-action-button"
              hint="danger"
              onClick={() => {
                intrekken.wisFout();
                setVragen(true);
              }}
            >
              {t("ouderportaal.ongedaan")}
            </Button>
          </div>
        </>
      )}
      {vragen && (
        <BevestigDialoog
          titel={t("ouderportaal.ongedaan.titel")}
          vraag={t("ouderportaal.ongedaan.vraag", { naam: kind.naam, school })}
          bevestigLabel={t("ouderportaal.ongedaan.bevestig")}
          annuleerLabel={t("ouderportaal.annuleren")}
          bezig={intrekken.bezig}
          onBevestig={bevestig}
          onAnnuleer={() => {
            setVragen(false);
            knopRef.current?.focus();
          }}
        >
          {intrekken.fout && <ApiFout fout={intrekken.fout} />}
        </BevestigDialoog>
      )}
    </>
  );
}
