import { Advies, type OkidocVeldDefinitie, type PoOkidoc } from "@elk/contracts";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { Keuzeveld, Tekstvak, Tekstveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { isVerplicht } from "../utils/velden";

/**
 * PO-01: the oki-doc's form, section by section as the API defines it. The basisschooladvies sits
 * in the first section; it is kept on the pupil and fixed once the pupil is registered.
 */
export function OkidocFormulier(props: {
  okidoc: PoOkidoc;
  waarden: Readonly<Record<string, string>>;
  onWijzig: (id: string, waarde: string) => void;
  advies: string;
  onAdvies: (advies: string) => void;
  fouten: Readonly<Record<string, string>>;
}) {
  const { okidoc, waarden, onWijzig, advies, onAdvies, fouten } = props;
  const { t } = useI18n();
  return (
    <>
      {okidoc.formulier.map((sectie, i) => (
        <section key={sectie.id} className="elk-okidoc__sectie" aria-labelledby={`okidoc-${sectie.id}`}>
          <Heading2 id={`okidoc-${sectie.id}`}>{sectie.titel}</Heading2>
          {sectie.uitleg && <Paragraph appearance="small">{sectie.uitleg}</Paragraph>}
          {i === 0 && (
            <Keuzeveld
              naam="advies"
              label={t("okidoc.advies")}
              waarde={advies}
              onWijzig={onAdvies}
              keuzes={Advies.options.map((a) => ({ waarde: a, label: a }))}
              leeg={t("okidoc.advies.kiezen")}
              verplicht
              disabled={!okidoc.adviesWijzigbaar}
              beschrijving={okidoc.adviesWijzigbaar ? undefined : t("okidoc.advies.vast")}
              fout={fouten.advies}
            />
          )}
          {sectie.velden.map((veld) => (
            <Veld
              key={veld.id}
              veld={veld}
              waarde={waarden[veld.id] ?? ""}
              onWijzig={(waarde) => onWijzig(veld.id, waarde)}
              verplicht={isVerplicht(veld, waarden)}
              fout={fouten[`velden.${veld.id}`]}
            />
          ))}
        </section>
      ))}
    </>
  );
}

function Veld(props: {
  veld: OkidocVeldDefinitie;
  waarde: string;
  onWijzig: (waarde: string) => void;
  verplicht: boolean;
  fout: string | undefined;
}) {
  const { veld, waarde, onWijzig, verplicht, fout } = props;
  const { t } = useI18n();
  const basis = { naam: veld.id, label: veld.label, verplicht, fout, beschrijving: veld.uitleg };
  switch (veld.soort) {
    case "tekstvak":
      return <Tekstvak {...basis} waarde={waarde} onWijzig={onWijzig} regels={veld.max > 2000 ? 5 : 3} />;
    case "keuze":
      return (
        <Keuzeveld
          {...basis}
          waarde={waarde}
          onWijzig={onWijzig}
          keuzes={veld.keuzes ?? []}
          leeg={t("okidoc.keuze.kiezen")}
        />
      );
    case "ja-nee":
      return (
        <Keuzeveld
          {...basis}
          waarde={waarde}
          onWijzig={onWijzig}
          keuzes={[
            { waarde: "ja", label: t("okidoc.ja") },
            { waarde: "nee", label: t("okidoc.nee") },
          ]}
          leeg={t("okidoc.keuze.kiezen")}
        />
      );
    case "email":
      return <Tekstveld {...basis} type="email" waarde={waarde} onWijzig={onWijzig} letterlijk />;
    default:
      return <Tekstveld {...basis} waarde={waarde} onWijzig={onWijzig} />;
  }
}
