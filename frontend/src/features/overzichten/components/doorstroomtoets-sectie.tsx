import type { PoDoorstroomtoets } from "@elk/contracts";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { ApiWeergave } from "../../../components/api-weergave";
import { FormulierMelding, formulierFout, Keuzeveld, Tekstveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { doorstroomtoetsOpslaan, usePoDoorstroomtoets } from "../api/overzichten";

const DOMEINEN = ["niveauLezen", "niveauTaalverzorging", "niveauRekenen"] as const;

/**
 * PO-02: on the pupil's oki-doc page, the primary school enters the results of the doorstroomtoets
 * — also after the oki-doc was released — and may raise the advice, never lower it.
 */
export function DoorstroomtoetsSectie({
  leerlingId,
  naOpslaan,
}: {
  leerlingId: string;
  /** The results are fields of the oki-doc: the page reloads it after they were saved. */
  naOpslaan?: () => void;
}) {
  const { t } = useI18n();
  const resultaat = usePoDoorstroomtoets(leerlingId);
  return (
    <section aria-labelledby="doorstroomtoets-kop" className="elk-doorstroomtoets">
      <Heading2 id="doorstroomtoets-kop">{t("doorstroomtoets.po.titel")}</Heading2>
      <ApiWeergave resultaat={resultaat}>
        {(data) => (
          <Formulier key={data.version ?? 0} data={data} leerlingId={leerlingId} naOpslaan={naOpslaan} />
        )}
      </ApiWeergave>
    </section>
  );
}

function Formulier({
  data,
  leerlingId,
  naOpslaan,
}: {
  data: PoDoorstroomtoets;
  leerlingId: string;
  naOpslaan: (() => void) | undefined;
}) {
  const { t } = useI18n();
  const [waarden, setWaarden] = useState<Record<string, string>>({
    niveauLezen: data.niveauLezen ?? "",
    niveauTaalverzorging: data.niveauTaalverzorging ?? "",
    niveauRekenen: data.niveauRekenen ?? "",
    toets: data.toets ?? "",
    bijgesteldAdvies: data.bijgesteldAdvies ?? data.advies ?? "",
  });
  const [opgeslagen, setOpgeslagen] = useState(false);
  const opslaan = useVerzenden(doorstroomtoetsOpslaan);
  const { algemeen, velden } = formulierFout(opslaan.fout, t);
  const zet = (veld: string) => (waarde: string) => {
    setOpgeslagen(false);
    setWaarden((w) => ({ ...w, [veld]: waarde }));
  };

  const verstuur = async () => {
    const antwoord = await opslaan.verzend(leerlingId, {
      niveauLezen: waarden.niveauLezen ?? "",
      niveauTaalverzorging: waarden.niveauTaalverzorging ?? "",
      niveauRekenen: waarden.niveauRekenen ?? "",
      ...(waarden.toets ? { toets: waarden.toets } : {}),
      ...(waarden.bijgesteldAdvies
        ? { bijgesteldAdvies: waarden.bijgesteldAdvies as NonNullable<PoDoorstroomtoets["advies"]> }
        : {}),
    });
    if (antwoord) {
      setOpgeslagen(true);
      naOpslaan?.();
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void verstuur();
      }}
    >
      <Paragraph>{t("doorstroomtoets.po.intro")}</Paragraph>
      <FormulierMelding tekst={algemeen} />
      {opgeslagen && (
        <Alert type="ok">
          <Paragraph>{t("doorstroomtoets.po.opgeslagen")}</Paragraph>
        </Alert>
      )}
      {DOMEINEN.map((domein) => (
        <Keuzeveld
          key={domein}
          naam={domein}
          label={t(`doorstroomtoets.po.${domein}`)}
          waarde={waarden[domein] ?? ""}
          onWijzig={zet(domein)}
          keuzes={data.niveaus[domein] ?? []}
          leeg={t("doorstroomtoets.po.kies")}
          verplicht
          fout={velden[domein]}
        />
      ))}
      <Tekstveld
        naam="toets"
        label={t("doorstroomtoets.po.toets")}
        waarde={waarden.toets ?? ""}
        onWijzig={zet("toets")}
        fout={velden.toets}
      />
      {data.advies && (
        <Keuzeveld
          naam="bijgesteldAdvies"
          label={t("doorstroomtoets.po.advies")}
          beschrijving={t("doorstroomtoets.po.adviesUitleg", { advies: data.advies })}
          waarde={waarden.bijgesteldAdvies ?? ""}
          onWijzig={zet("bijgesteldAdvies")}
          keuzes={data.hogereAdviezen.map((a) => ({ waarde: a, label: a }))}
          leeg={t("doorstroomtoets.po.kies")}
          fout={velden.bijgesteldAdvies}
        />
      )}
      <Button type="submit" appearance="primary-action-button" disabled={opslaan.bezig}>
        {t("doorstroomtoets.po.opslaan")}
      </Button>
    </form>
  );
}
