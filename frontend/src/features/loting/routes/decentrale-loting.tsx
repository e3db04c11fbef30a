import type { DecentraleEenheid, DecentraleStand } from "@elk/contracts";
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
import { useEffect, useId, useState } from "react";
import { ApiWeergave } from "../../../components/api-weergave";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { FormulierMelding, formulierFout } from "../../../components/formulier";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import type { ApiError } from "../../../lib/api-client";
import { formatDatumTijd } from "../../../lib/datum";
import { useVerzenden, type Verzenden } from "../../../lib/use-verzenden";
import { decentraleRun, useDecentraleStand } from "../api/loting";

/**
 * Leerlingen > Centrale plaatsing en loting, first section (LOT-02): the decentral lottery of the
 * school year — its own seed, a preview per over-subscribed afdeling or capaciteitsgroep, and the
 * final run that gives the losers the status Uitgeloot.
 */
export function DecentraleLotingSectie({
  schooljaar,
  onDefinitief,
}: {
  schooljaar: string;
  /** Once the run is definitief: the CP&L's state changes with it (its participants). */
  onDefinitief: () => void;
}) {
  const { t } = useI18n();
  const resultaat = useDecentraleStand(schooljaar);
  const status = resultaat.status === "klaar" ? resultaat.data.status : undefined;
  const [gezien, setGezien] = useState(status);
  if (status !== gezien) {
    setGezien(status);
    if (gezien === "toepassen" && status === "definitief") onDefinitief();
  }
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
  const { t } = useI18n();
  useVolgRun(stand, onGewijzigd);
  const acties = useRunActies(decentraleRun);
  const { uitkomst, setUitkomst, setBevestigen, seed, voorbeeld, definitief, download } = acties;
  const open = stand.status === "vastgelegd";
  const bezigLabel = definitief.bezig ? t("loting.decentraal.definitiefBezig") : t("loting.definitief");

  return (
    <>
      <Heading3>{t("loting.seedTitel")}</Heading3>
      <SeedGegevens
        stand={stand}
        geenSeed={t("loting.decentraal.geenSeed")}
        seed={seed}
        onGewijzigd={onGewijzigd}
      />

      {stand.status !== "vastgelegd" && stand.status !== "geen-seed" && (
        <>
          <Heading3>
            {stand.status === "definitief" ? t("loting.definitiefGemaakt") : t("loting.wordtDefinitief")}
          </Heading3>
          {stand.samenvatting && (
            <Paragraph>{t("loting.decentraal.samenvatting", stand.samenvatting)}</Paragraph>
          )}
          <Paragraph>{t("loting.decentraal.verwerkt", { aantal: stand.verwerkt ?? 0 })}</Paragraph>
          {(stand.mislukt ?? 0) > 0 && (
            <Alert type="error">
              <Paragraph>{t("loting.decentraal.mislukt", { aantal: stand.mislukt ?? 0 })}</Paragraph>
            </Alert>
          )}
          <RunControle
            stand={stand}
            fout={download.fout ?? definitief.fout}
            download={download}
            bezig={definitief.bezig}
            bezigLabel={bezigLabel}
            maakDefinitief={() => definitief.verzend(stand.schooljaar)}
            onGewijzigd={onGewijzigd}
          />
        </>
      )}

      {stand.status !== "geen-seed" && (
        <>
          <Paragraph>{t("loting.decentraal.deelnemers", { aantal: stand.deelnemers })}</Paragraph>
          <Eenheden eenheden={stand.eenheden} />
        </>
      )}
      {open && (
        <RunKnoppen
          fout={voorbeeld.fout ?? definitief.fout}
          voorbeeldBezig={voorbeeld.bezig}
          onVoorbeeld={async () => {
            const u = await voorbeeld.verzend(stand.schooljaar);
            if (u) setUitkomst(u);
          }}
          onDefinitief={() => setBevestigen(true)}
        />
      )}

      {open && uitkomst && (
        <>
          <Heading3>{t("loting.decentraal.uitkomstTitel")}</Heading3>
          <Paragraph>{t("loting.decentraal.uitkomstIntro")}</Paragraph>
          <Paragraph>{t("loting.decentraal.samenvatting", uitkomst.samenvatting)}</Paragraph>
          <Eenheden eenheden={uitkomst.eenheden} metUitkomst />
        </>
      )}

      <DefinitiefDialoog
        vraag={t("loting.decentraal.definitiefVraag")}
        bezigLabel={bezigLabel}
        acties={acties}
        maakDefinitief={() => definitief.verzend(stand.schooljaar)}
        onGewijzigd={onGewijzigd}
      />
    </>
  );
}

/**
 * The parts the decentral lottery (LOT-02) and the CP&L (LOT-03) share: a run's own seed, the
 * check of the final run, the preview and final buttons, and the question before making it final.
 */
interface RunStand {
  schooljaar: string;
  status: "geen-seed" | "vastgelegd" | "toepassen" | "definitief";
  commitment?: string;
  vastgelegdOp?: string;
  vastgelegdDoor?: string;
  voorSluiting?: boolean;
  seed?: string;
  controleCommando?: string;
  mislukt?: number;
  voortgang?: { gedaan: number; totaal?: number; stil: boolean };
}

/** While the lottery worker applies a run: the state asked again every second until it is done or stuck. */
export function useVolgRun(stand: RunStand, ververs: () => void): void {
  const loopt = stand.status === "toepassen" && (stand.mislukt ?? 0) === 0 && !stand.voortgang?.stil;
  useEffect(() => {
    if (!loopt) return;
    const timer = setInterval(ververs, 1000);
    return () => clearInterval(timer);
  }, [loopt, ververs]);
}

/** The progress of a run being applied (LOT-02, LOT-03), as a bar and in words. */
function RunVoortgang({ stand }: { stand: RunStand }) {
  const { t } = useI18n();
  const id = useId();
  const v = stand.voortgang;
  if (stand.status !== "toepassen" || !v) return null;
  if (v.totaal === undefined) {
    return <Paragraph role="status">{t("loting.voortgang.trekken")}</Paragraph>;
  }
  const procent = v.totaal === 0 ? 100 : Math.floor((v.gedaan / v.totaal) * 100);
  return (
    <div className="elk-loting__voortgang">
      <label htmlFor={id}>{t("loting.voortgang.label")}</label>{" "}
      <progress id={id} max={100} value={procent}>
        {procent}%
      </progress>
      <span role="status">
        {" "}
        {t("loting.voortgang.tekst", { gedaan: v.gedaan, totaal: v.totaal, procent })}
      </span>
      {v.stil && (
        <Alert type="warning">
          <Paragraph>{t("loting.voortgang.stil")}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

/** The calls of a run and what the page keeps of them: the preview shown, the question open. */
export function useRunActies<
  S extends NonNullable<unknown>,
  U extends NonNullable<unknown>,
  VA extends unknown[],
  DA extends unknown[],
>(api: {
  seed: (schooljaar: string) => Promise<S>;
  voorbeeld: (...args: VA) => Promise<U>;
  definitief: (...args: DA) => Promise<S>;
  download: (schooljaar: string) => Promise<{ ok: true }>;
}) {
  const [uitkomst, setUitkomst] = useState<U | null>(null);
  const [bevestigen, setBevestigen] = useState(false);
  const seed = useVerzenden(api.seed);
  const voorbeeld = useVerzenden(api.voorbeeld);
  const definitief = useVerzenden(api.definitief);
  const download = useVerzenden(api.download);
  return { uitkomst, setUitkomst, bevestigen, setBevestigen, seed, voorbeeld, definitief, download };
}

/** The seed: the commit while there is none, then its commitment (and the seed once revealed). */
export function SeedGegevens({
  stand,
  geenSeed,
  seed,
  onGewijzigd,
}: {
  stand: RunStand;
  geenSeed: string;
  seed: Verzenden<[string], unknown>;
  onGewijzigd: () => void;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      {stand.status === "geen-seed" ? (
        <>
          <Paragraph>{geenSeed}</Paragraph>
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
    </>
  );
}

/** A final run: how anyone checks it, its download, and (while applying) making it final again. */
export function RunControle({
  stand,
  fout,
  download,
  bezig,
  bezigLabel,
  maakDefinitief,
  onGewijzigd,
}: {
  stand: RunStand;
  fout: ApiError | null;
  download: Verzenden<[string], unknown>;
  bezig: boolean;
  bezigLabel: string;
  maakDefinitief: () => Promise<unknown>;
  onGewijzigd: () => void;
}) {
  const { t } = useI18n();
  const opnieuw =
    stand.status === "toepassen" && ((stand.mislukt ?? 0) > 0 || stand.voortgang?.stil === true);
  return (
    <>
      <RunVoortgang stand={stand} />
      {stand.controleCommando && (
        <>
          <Paragraph>{t("loting.controleIntro")}</Paragraph>
          <Paragraph>
            <Code>{stand.controleCommando}</Code>
          </Paragraph>
          <Button appearance="secondary-action-button" onClick={() => download.verzend(stand.schooljaar)}>
            {t("loting.downloaden")}
          </Button>
        </>
      )}
      <FormulierMelding tekst={formulierFout(fout, t).algemeen} />
      {opnieuw && (
        <Button
          appearance="primary-action-button"
          busy={bezig}
          disabled={bezig}
          onClick={async () => {
            if (await maakDefinitief()) onGewijzigd();
          }}
        >
          {bezigLabel}
        </Button>
      )}
    </>
  );
}

/** While the seed is committed: the preview, and making the run final (after a question). */
export function RunKnoppen({
  fout,
  voorbeeldBezig,
  onVoorbeeld,
  onDefinitief,
}: {
  fout: ApiError | null;
  voorbeeldBezig: boolean;
  onVoorbeeld: () => void;
  onDefinitief: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="elk-formulier__knoppen">
      <FormulierMelding tekst={formulierFout(fout, t).algemeen} />
      <Button
        appearance="secondary-action-button"
        busy={voorbeeldBezig}
        disabled={voorbeeldBezig}
        onClick={onVoorbeeld}
      >
        {voorbeeldBezig ? t("loting.voorbeeldBezig") : t("loting.voorbeeld")}
      </Button>
      <Button appearance="primary-action-button" onClick={onDefinitief}>
        {t("loting.definitief")}
      </Button>
    </div>
  );
}

/** The question before a run is made final (while `acties.bevestigen`); the page is refreshed once it is. */
export function DefinitiefDialoog({
  vraag,
  bezigLabel,
  acties,
  maakDefinitief,
  onGewijzigd,
}: {
  vraag: string;
  bezigLabel: string;
  acties: {
    bevestigen: boolean;
    setBevestigen: (open: boolean) => void;
    setUitkomst: (uitkomst: null) => void;
    definitief: { bezig: boolean; fout: ApiError | null };
  };
  maakDefinitief: () => Promise<unknown>;
  onGewijzigd: () => void;
}) {
  const { t } = useI18n();
  if (!acties.bevestigen) return null;
  return (
    <BevestigDialoog
      titel={t("loting.definitief")}
      vraag={vraag}
      bevestigLabel={bezigLabel}
      annuleerLabel={t("loting.annuleren")}
      bezig={acties.definitief.bezig}
      onAnnuleer={() => acties.setBevestigen(false)}
      onBevestig={async () => {
        if (await maakDefinitief()) {
          acties.setBevestigen(false);
          acties.setUitkomst(null);
          onGewijzigd();
        }
      }}
    >
      <FormulierMelding tekst={formulierFout(acties.definitief.fout, t).algemeen} />
    </BevestigDialoog>
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
