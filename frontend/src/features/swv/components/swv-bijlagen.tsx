import type { SwvAanvraagDetail, SwvBijlageRegel } from "@elk/contracts";
import {
  Button,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { BijlageUpload } from "../../../components/bijlage-upload";
import { IcoonKnop } from "../../../components/icoon-knop";
import { ActiesKop, Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { formatGrootte } from "../../../lib/bestand";
import { formatDatumTijdKort } from "../../../lib/datum";
import { useVerzenden } from "../../../lib/use-verzenden";
import { swvBijlageLink, swvBijlageToevoegen, swvBijlageVerwijderen } from "../api/swv";

/**
 * The bijlagen of a request: each downloadable by both roles through a five-minute link; while it
 * is a concept the drafter adds files (checked here first, so a wrong or too large file gets a
 * clear message before it travels) and removes them.
 */
export function SwvBijlagen(props: {
  aanvraag: SwvAanvraagDetail;
  naWijziging: (aanvraag: SwvAanvraagDetail, melding: string) => void;
}) {
  const { aanvraag, naWijziging } = props;
  const { t, locale } = useI18n();
  const [verwijderen, setVerwijderen] = useState<SwvBijlageRegel | null>(null);
  const weg = useVerzenden((bijlage: SwvBijlageRegel) => swvBijlageVerwijderen(aanvraag.id, bijlage.id));
  const download = useVerzenden((bijlage: SwvBijlageRegel) => swvBijlageLink(aanvraag.id, bijlage.id));
  const magVerwijderen = aanvraag.acties.includes("bijlage-verwijderen");

  async function bevestigVerwijderen() {
    if (!verwijderen) return;
    const bijlage = verwijderen;
    const nieuw = await weg.verzend(bijlage);
    if (!nieuw) return;
    setVerwijderen(null);
    naWijziging(nieuw, t("swv.bijlagen.verwijderd", { naam: bijlage.bestandsnaam }));
  }

  async function downloaden(bijlage: SwvBijlageRegel) {
    const link = await download.verzend(bijlage);
    // The link answers with the file as an attachment: the browser saves it and stays here.
    if (link) window.location.assign(link.url);
  }

  return (
    <section className="elk-swv__sectie" aria-labelledby="swv-bijlagen">
      <Heading2 id="swv-bijlagen">{t("swv.bijlagen.titel")}</Heading2>
      {download.fout && <ApiFout fout={download.fout} />}
      {aanvraag.bijlagen.length === 0 ? (
        <Paragraph className="elk-leeg">{t("swv.bijlagen.geen")}</Paragraph>
      ) : (
        <Tabel bijschrift={t("swv.bijlagen.lijst")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("swv.bijlagen.naam")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("swv.bijlagen.grootte")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("swv.bijlagen.toegevoegd")}</TableHeaderCell>
              <ActiesKop label={t("swv.bijlagen.acties")} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {aanvraag.bijlagen.map((bijlage) => (
              <TableRow key={bijlage.id}>
                <TableHeaderCell scope="row" className="elk-swv__bestandsnaam">
                  {bijlage.bestandsnaam}
                  {bijlage.scan !== "schoon" && (
                    <span className="elk-scan"> ({t(`swv.bijlagen.scan.${bijlage.scan}`)})</span>
                  )}
                </TableHeaderCell>
                <TableCell className="elk-nowrap">{formatGrootte(bijlage.grootte, locale)}</TableCell>
                <TableCell>
                  <time dateTime={bijlage.toegevoegdOp}>
                    {formatDatumTijdKort(bijlage.toegevoegdOp, locale)}
                  </time>
                  {`, ${bijlage.toegevoegdDoor.naam}`}
                </TableCell>
                <TableCell>
                  <div className="elk-swv__acties">
                    {bijlage.downloadbaar && (
                      <Button
                        appearance="subtle-button"
                        aria-label={t("swv.bijlagen.downloadenVan", { naam: bijlage.bestandsnaam })}
                        onClick={() => downloaden(bijlage)}
                        disabled={download.bezig}
                      >
                        {t("swv.bijlagen.downloaden")}
                      </Button>
                    )}
                    {magVerwijderen && (
                      <IcoonKnop
                        icoon="verwijderen"
                        label={t("swv.bijlagen.verwijderenVan", { naam: bijlage.bestandsnaam })}
                        titel={t("swv.bijlagen.verwijderen")}
                        onClick={() => {
                          weg.wisFout();
                          setVerwijderen(bijlage);
                        }}
                      />
                    )}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      {aanvraag.acties.includes("bijlage-toevoegen") && (
        <UploadFormulier
          aanvraag={aanvraag}
          onToegevoegd={(nieuw, naam) => naWijziging(nieuw, t("swv.bijlagen.toegevoegdMelding", { naam }))}
        />
      )}
      {verwijderen && (
        <BevestigDialoog
          titel={t("swv.bijlagen.verwijderen.titel")}
          vraag={t("swv.bijlagen.verwijderen.vraag", { naam: verwijderen.bestandsnaam })}
          bevestigLabel={t("swv.bijlagen.verwijderen")}
          annuleerLabel={t("swv.annuleren")}
          bezig={weg.bezig}
          onBevestig={bevestigVerwijderen}
          onAnnuleer={() => setVerwijderen(null)}
        >
          {weg.fout && <ApiFout fout={weg.fout} />}
        </BevestigDialoog>
      )}
    </section>
  );
}

function UploadFormulier(props: {
  aanvraag: SwvAanvraagDetail;
  onToegevoegd: (aanvraag: SwvAanvraagDetail, bestandsnaam: string) => void;
}) {
  const { aanvraag, onToegevoegd } = props;
  const { t } = useI18n();
  return (
    <BijlageUpload
      eisen={aanvraag.bijlageEisen}
      aantal={aanvraag.bijlagen.length}
      blok="elk-swv"
      teksten={{
        of: t("swv.bijlagen.of"),
        bestand: t("swv.bijlagen.bestand"),
        uitleg: (w) => t("swv.bijlagen.uitleg", w),
        fout: (fout, w) => t(`swv.bijlagen.fout.${fout}`, w),
        toevoegen: t("swv.bijlagen.toevoegen"),
        bezig: t("swv.bijlagen.bezig"),
      }}
      verzend={(bijlage) => swvBijlageToevoegen(aanvraag.id, bijlage)}
      onToegevoegd={(nieuw, bestand) =>
        onToegevoegd(nieuw, nieuw.bijlagen.at(-1)?.bestandsnaam ?? bestand.name)
      }
    />
  );
}
