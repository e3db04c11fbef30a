import type { DecentraleEenheid, DecentraleStand, DecentraleUitkomst } from "@elk/contracts";
import {
  Alert,
  Button,
  Code,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { ApiWeergave } from "../../../components/api-weergave";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { FormulierMelding, formulierFout } from "../../../components/formulier";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { formatDatumTijd } from "../../../lib/datum";
import { useVerzenden } from "../../../lib/use-verzenden";
import {
  downloadDecentraleRun,
  legDecentraleSeedVast,
  maakDecentraalDefinitief,
  maakDecentraalVoorbeeld,
  useDecentraleStand,
} from "../api/loting";

/**
 * Leerlingen > Centrale plaatsing en loting, first section (LOT-02): the decentral lottery of the
 * school year — its own seed, a preview per over-subscribed afdeling or capaciteitsgroep, and the
 * final run that gives the losers the status Uitgeloot.
 */
export function DecentraleLotingSectie({ schooljaar }: { schooljaar: string }) {
  const { t } = useI18n();
  const resultaat = useDecentraleStand(schooljaar);
  return (
    <section aria-labelledby="loting-decentraal">
      <Heading2 id="loting-decentraal">{t("loting.decentraal.titel")}</Heading2>
      <Paragraph>{t("loting.decentraal.intro")}</Paragraph>
      <ApiWeergave resultaat={resultaat}>
        {(stand) => <DecentraleLoting key={schooljaar} stand={stand} onGewijzigd={resultaat.ververs} />}
      </ApiWeergave>
    </section>
  );
}

function DecentraleLoting({ stand, onGewijzigd }: { stand: DecentraleStand; onGewijzigd: () => void }) {
  const { t, locale } = useI18n();
  const [uitkomst, setUitkomst] = useState<DecentraleUitkomst | null>(null);
  const [bevestigen, setBevestigen] = useState(false);
  const seed = useVerzenden(legDecentraleSeedVast);
  const voorbeeld = useVerzenden(maakDecentraalVoorbeeld);
  const definitief = useVerzenden(maakDecentraalDefinitief);
  const download = useVerzenden(downloadDecentraleRun);
  const open = stand.status === "vastgelegd";

  return (
    <>
      <Heading3>{t("loting.seedTitel")}</Heading3>
      {stand.status === "geen-seed" ? (
        <>
          <Paragraph>{t("loting.decentraal.geenSeed")}</Paragraph>
          <FormulierMelding tekst={formulierFout(seed.fout, t).algemeen} />
          <Button
            appearance="primary-action-button"
            busy={seed.bezig}
            disabled={seed.bezig}
            onClick={async () => {
              if (await seed.verzend(stand.schooljaar)) onGewijzigd();
            }}
          >
            {seed.bezig ? t("loting.seedVastleggenBezig") : t("loting.seedVastleggen")}
          </Button>
        </>
      ) : (
        <DataList>
          <DataListItem>
            <DataListKey>{t("loting.commitment")}</DataListKey>
            <DataListValue>
              <Code>{stand.commitment}</Code>
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t("loting.vastgelegd")}</DataListKey>
            <DataListValue>
              {t("loting.vastgelegdOpDoor", {
                op: stand.vastgelegdOp ? formatDatumTijd(stand.vastgelegdOp, locale) : "",
                door: stand.vastgelegdDoor ?? "",
              })}
            </DataListValue>
          </DataListItem>
          {stand.seed && (
            <DataListItem>
              <DataListKey>{t("loting.seed")}</DataListKey>
              <DataListValue>
                <Code>{stand.seed}</Code>
              </DataListValue>
            </DataListItem>
          )}
        </DataList>
      )}
      {stand.voorSluiting === false && (
        <Alert type="warning">
          <Paragraph>{t("loting.naSluiting")}</Paragraph>
        </Alert>
      )}

      {stand.status !== "vastgelegd" && stand.status !== "geen-seed" && (
        <>
          <Heading3>{t("loting.definitiefGemaakt")}</Heading3>
          {stand.samenvatting && (
            <Paragraph>{t("loting.decentraal.samenvatting", stand.samenvatting)}</Paragraph>
          )}
          <Paragraph>{t("loting.decentraal.verwerkt", { aantal: stand.verwerkt ?? 0 })}</Paragraph>
          {(stand.mislukt ?? 0) > 0 && (
            <Alert type="error">
              <Paragraph>{t("loting.decentraal.mislukt", { aantal: stand.mislukt ?? 0 })}</Paragraph>
            </Alert>
          )}
          <Paragraph>{t("loting.controleIntro")}</Paragraph>
          <Paragraph>
            <Code>{stand.controleCommando}</Code>
          </Paragraph>
          <FormulierMelding tekst={formulierFout(download.fout ?? definitief.fout, t).algemeen} />
          <Button appearance="secondary-action-button" onClick={() => download.verzend(stand.schooljaar)}>
            {t("loting.downloaden")}
          </Button>
          {stand.status === "toepassen" && (
            <Button
              appearance="primary-action-button"
              busy={definitief.bezig}
              disabled={definitief.bezig}
              onClick={async () => {
                if (await definitief.verzend(stand.schooljaar)) onGewijzigd();
              }}
            >
              {definitief.bezig ? t("loting.decentraal.definitiefBezig") : t("loting.definitief")}
            </Button>
          )}
        </>
      )}

      {stand.status !== "geen-seed" && (
        <>
          <Paragraph>{t("loting.decentraal.deelnemers", { aantal: stand.deelnemers })}</Paragraph>
          <Eenheden eenheden={stand.eenheden} />
        </>
      )}
      {open && (
        <div className="elk-formulier__knoppen">
          <FormulierMelding tekst={formulierFout(voorbeeld.fout ?? definitief.fout, t).algemeen} />
          <Button
            appearance="secondary-action-button"
            busy={voorbeeld.bezig}
            disabled={voorbeeld.bezig}
            onClick={async () => {
              const u = await voorbeeld.verzend(stand.schooljaar);
              if (u) setUitkomst(u);
            }}
          >
            {voorbeeld.bezig ? t("loting.voorbeeldBezig") : t("loting.voorbeeld")}
          </Button>
          <Button appearance="primary-action-button" onClick={() => setBevestigen(true)}>
            {t("loting.definitief")}
          </Button>
        </div>
      )}

      {open && uitkomst && (
        <>
          <Heading3>{t("loting.decentraal.uitkomstTitel")}</Heading3>
          <Paragraph>{t("loting.decentraal.uitkomstIntro")}</Paragraph>
          <Paragraph>{t("loting.decentraal.samenvatting", uitkomst.samenvatting)}</Paragraph>
          <Eenheden eenheden={uitkomst.eenheden} metUitkomst />
        </>
      )}

      {bevestigen && (
        <BevestigDialoog
          titel={t("loting.definitief")}
          vraag={t("loting.decentraal.definitiefVraag")}
          bevestigLabel={definitief.bezig ? t("loting.decentraal.definitiefBezig") : t("loting.definitief")}
          annuleerLabel={t("loting.annuleren")}
          bezig={definitief.bezig}
          onAnnuleer={() => setBevestigen(false)}
          onBevestig={async () => {
            if (await definitief.verzend(stand.schooljaar)) {
              setBevestigen(false);
              setUitkomst(null);
              onGewijzigd();
            }
          }}
        >
          <FormulierMelding tekst={formulierFout(definitief.fout, t).algemeen} />
        </BevestigDialoog>
      )}
    </>
  );
}

function Eenheden({
  eenheden,
  metUitkomst = false,
}: {
  eenheden: DecentraleEenheid[];
  metUitkomst?: boolean;
}) {
  const { t } = useI18n();
  if (eenheden.length === 0) return <Paragraph>{t("loting.decentraal.geenEenheden")}</Paragraph>;
  return (
    <Tabel bijschrift={t("loting.decentraal.eenhedenBijschrift")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("loting.school")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("loting.decentraal.eenheid")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("loting.decentraal.aangemeld")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("loting.decentraal.capaciteit")}</TableHeaderCell>
          {metUitkomst && (
            <>
              <TableHeaderCell scope="col">{t("loting.decentraal.ingeloot")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("loting.decentraal.uitgeloot")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("loting.decentraal.naarGelijkwaardig")}</TableHeaderCell>
            </>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {eenheden.map((e) => (
          <TableRow key={e.sleutel}>
            <TableCell>{e.schoolNaam}</TableCell>
            <TableHeaderCell scope="row">
              {e.soort === "capaciteitsgroep"
                ? t("loting.decentraal.capaciteitsgroep", { naam: e.naam })
                : e.naam}
            </TableHeaderCell>
            <TableCell>{e.aanmeldingen}</TableCell>
            <TableCell>{e.capaciteit}</TableCell>
            {metUitkomst && (
              <>
                <TableCell>{e.ingeloot ?? 0}</TableCell>
                <TableCell>{e.uitgeloot ?? 0}</TableCell>
                <TableCell>{e.naarGelijkwaardig ?? 0}</TableCell>
              </>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}
