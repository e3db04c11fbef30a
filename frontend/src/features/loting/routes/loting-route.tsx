import type { CplCapaciteitRegel, CplStand, CplUitkomst, ExtraCapaciteit } from "@elk/contracts";
import {
  Alert,
  Heading1,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { useState } from "react";
import "../loting.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useMijnGegevens } from "../../../lib/mijn-gegevens";
import { useSchooljaar } from "../../../lib/schooljaar";
import { cplRun, useCplStand } from "../api/loting";
import {
  DecentraleLotingSectie,
  DefinitiefDialoog,
  RunControle,
  RunKnoppen,
  SeedGegevens,
  useRunActies,
  useVolgRun,
} from "./decentrale-loting";
import { TweedeRonde } from "./tweede-ronde";

/**
 * Leerlingen > Centrale plaatsing en loting (LOT-02, LOT-03): the decentral lottery first
 * (decentrale-loting.tsx), then the CP&L: the region administrator commits the seed,
 * previews the outcome (optionally with extra seats), makes it final, and afterwards publishes the
 * seed and the run for anyone to re-run.
 */
export function LotingRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("loting.titel"));
  const { schooljaar } = useSchooljaar();
  const resultaat = useCplStand(schooljaar);
  // REGION-01: one central draw for all where the region has no decentral lottery (Amsterdam).
  const centraal = useMijnGegevens().regio.plaatsingsprocedure === "centrale-loting";
  return (
    <>
      <Heading1>{t("loting.titel")}</Heading1>
      {!centraal && <DecentraleLotingSectie schooljaar={schooljaar} onDefinitief={resultaat.ververs} />}
      <Heading2>{centraal ? t("loting.centraalTitel") : t("loting.cplTitel")}</Heading2>
      <Paragraph>{centraal ? t("loting.centraalIntro") : t("loting.intro")}</Paragraph>
      <ApiWeergave resultaat={resultaat}>
        {(stand) => (
          <>
            <Loting key={schooljaar} stand={stand} onGewijzigd={resultaat.ververs} />
            {centraal && stand.status === "definitief" && (
              <TweedeRonde stand={stand} onGewijzigd={resultaat.ververs} />
            )}
          </>
        )}
      </ApiWeergave>
    </>
  );
}

const sleutel = (c: Pick<CplCapaciteitRegel, "schoolId" | "afdelingId">) => `${c.schoolId}/${c.afdelingId}`;

function Loting({ stand, onGewijzigd }: { stand: CplStand; onGewijzigd: () => void }) {
  const { t } = useI18n();
  const centraal = useMijnGegevens().regio.plaatsingsprocedure === "centrale-loting";
  useVolgRun(stand, onGewijzigd);
  const [extra, setExtra] = useState<Record<string, string>>({});
  const acties = useRunActies(cplRun);
  const { uitkomst, setUitkomst, setBevestigen, seed, voorbeeld, definitief, download } = acties;
  const open = stand.status === "vastgelegd";
  const bezigLabel = definitief.bezig ? t("loting.definitiefBezig") : t("loting.definitief");

  const extraCapaciteit = (): ExtraCapaciteit[] =>
    stand.capaciteit.flatMap((c) => {
      const n = Number.parseInt(extra[sleutel(c)] ?? "", 10);
      return Number.isInteger(n) && n > 0
        ? [{ schoolId: c.schoolId, afdelingId: c.afdelingId, extra: n }]
        : [];
    });
  const rijen = stand.capaciteit.filter((c) => c.inCpl > 0);

  return (
    <>
      <section aria-labelledby="loting-seed">
        <Heading2 id="loting-seed">{t("loting.seedTitel")}</Heading2>
        <SeedGegevens stand={stand} geenSeed={t("loting.geenSeed")} seed={seed} onGewijzigd={onGewijzigd} />
      </section>

      {stand.status !== "vastgelegd" && stand.status !== "geen-seed" && (
        <section aria-labelledby="loting-definitief">
          <Heading2 id="loting-definitief">
            {stand.status === "definitief" ? t("loting.definitiefGemaakt") : t("loting.wordtDefinitief")}
          </Heading2>
          {stand.samenvatting && <Samenvatting samenvatting={stand.samenvatting} />}
          <Paragraph>
            {t(centraal ? "loting.centraalGeplaatst" : "loting.toegewezen", {
              aantal: stand.toegewezen ?? 0,
            })}
          </Paragraph>
          {(stand.mislukt ?? 0) > 0 && (
            <Alert type="error">
              <Paragraph>{t("loting.mislukt", { aantal: stand.mislukt ?? 0 })}</Paragraph>
            </Alert>
          )}
          <Heading2>{t("loting.controleTitel")}</Heading2>
          <RunControle
            stand={stand}
            fout={download.fout}
            download={download}
            bezig={definitief.bezig}
            bezigLabel={bezigLabel}
            maakDefinitief={() => definitief.verzend(stand.schooljaar, [])}
            onGewijzigd={onGewijzigd}
          />
        </section>
      )}

      <section aria-labelledby="loting-capaciteit">
        <Heading2 id="loting-capaciteit">{t("loting.capaciteitTitel")}</Heading2>
        <Paragraph>{t("loting.deelnemers", { aantal: stand.deelnemers })}</Paragraph>
        <Paragraph>{t("loting.capaciteitIntro")}</Paragraph>
        {rijen.length === 0 ? (
          <Paragraph>{t("loting.geenAfdelingen")}</Paragraph>
        ) : (
          <Tabel bijschrift={t("loting.capaciteitBijschrift")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("loting.school")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("loting.afdeling")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("loting.capaciteit")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("loting.bezet")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("loting.resterend")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("loting.inCpl")}</TableHeaderCell>
                {open && <TableHeaderCell scope="col">{t("loting.extra")}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rijen.map((c) => (
                <TableRow key={sleutel(c)}>
                  <TableCell>{c.schoolNaam}</TableCell>
                  <TableHeaderCell scope="row">{c.afdelingNaam}</TableHeaderCell>
                  <TableCell>
                    {c.capaciteit === undefined
                      ? t("loting.geenCapaciteit")
                      : c.capaciteitsgroep
                        ? t("loting.capaciteitGroep", { capaciteit: c.capaciteit, groep: c.capaciteitsgroep })
                        : c.capaciteit}
                  </TableCell>
                  <TableCell>{c.bezet}</TableCell>
                  <TableCell>{c.resterend ?? t("loting.geenCapaciteit")}</TableCell>
                  <TableCell>{c.inCpl}</TableCell>
                  {open && (
                    <TableCell>
                      <Textbox
                        type="number"
                        min={0}
                        inputMode="numeric"
                        className="elk-loting__extra"
                        aria-label={t("loting.extraLabel", {
                          school: c.schoolNaam,
                          afdeling: c.afdelingNaam,
                        })}
                        value={extra[sleutel(c)] ?? ""}
                        onChange={(e) => setExtra({ ...extra, [sleutel(c)]: e.target.value })}
                      />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
        )}
        {open && (
          <RunKnoppen
            fout={voorbeeld.fout ?? definitief.fout}
            voorbeeldBezig={voorbeeld.bezig}
            onVoorbeeld={async () => {
              const u = await voorbeeld.verzend(stand.schooljaar, extraCapaciteit());
              if (u) setUitkomst(u);
            }}
            onDefinitief={() => setBevestigen(true)}
          />
        )}
      </section>

      {open && uitkomst && <Uitkomst uitkomst={uitkomst} />}

      <DefinitiefDialoog
        vraag={t("loting.definitiefVraag")}
        bezigLabel={bezigLabel}
        acties={acties}
        maakDefinitief={() => definitief.verzend(stand.schooljaar, extraCapaciteit())}
        onGewijzigd={onGewijzigd}
      />
    </>
  );
}

function Samenvatting({ samenvatting }: { samenvatting: NonNullable<CplStand["samenvatting"]> }) {
  const { t } = useI18n();
  return (
    <Tabel bijschrift={t("loting.uitkomstBijschrift")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("loting.voorkeur")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("loting.aantal")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {samenvatting.perVoorkeur.map((p) => (
          <TableRow key={p.voorkeur}>
            <TableHeaderCell scope="row">
              {t("loting.geplaatstVoorkeur", { voorkeur: p.voorkeur })}
            </TableHeaderCell>
            <TableCell>{p.aantal}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableHeaderCell scope="row">{t("loting.nietGeplaatst")}</TableHeaderCell>
          <TableCell>{samenvatting.nietGeplaatst}</TableCell>
        </TableRow>
      </TableBody>
    </Tabel>
  );
}

function Uitkomst({ uitkomst }: { uitkomst: CplUitkomst }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="loting-uitkomst">
      <Heading2 id="loting-uitkomst">{t("loting.uitkomstTitel")}</Heading2>
      <Paragraph>{t("loting.uitkomstIntro")}</Paragraph>
      <Samenvatting samenvatting={uitkomst.samenvatting} />
      <Tabel bijschrift={t("loting.leerlingenBijschrift")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("loting.elkNummer")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("loting.leerling")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("loting.eersteKeuze")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("loting.geplaatstOp")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("loting.voorkeur")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("loting.lotingnummer")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {uitkomst.leerlingen.map((l) => (
            <TableRow key={l.aanmeldingId}>
              <TableCell>{l.elkNummer}</TableCell>
              <TableHeaderCell scope="row">{l.leerlingNaam}</TableHeaderCell>
              <TableCell>{l.eersteKeuze}</TableCell>
              <TableCell>
                {l.geplaatstOp
                  ? `${l.geplaatstOp.schoolNaam}, ${l.geplaatstOp.afdelingNaam}`
                  : t("loting.geenPlaats")}
              </TableCell>
              <TableCell>{l.voorkeur ?? ""}</TableCell>
              <TableCell>{l.lotingnummer.toFixed(6)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Tabel>
    </section>
  );
}
