import type { OkidocBijlageRegel, PoOkidoc } from "@elk/contracts";
import {
  Alert,
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
import { bijlageToevoegen, bijlageVerwijderen } from "../api/okidoc";

/**
 * PO-01: the bijlagen of the oki-doc. While it can be edited the school adds files (checked here
 * first, so a wrong or too large file gets a clear message before it travels) and removes them.
 */
export function BijlagenBlok(props: { leerlingId: string; okidoc: PoOkidoc; naWijziging: () => void }) {
  const { leerlingId, okidoc, naWijziging } = props;
  const { t, locale } = useI18n();
  const [melding, setMelding] = useState<string | null>(null);
  const [verwijderen, setVerwijderen] = useState<OkidocBijlageRegel | null>(null);
  const weg = useVerzenden((bijlage: OkidocBijlageRegel) => bijlageVerwijderen(leerlingId, bijlage.id));

  async function bevestigVerwijderen() {
    if (!verwijderen) return;
    const bijlage = verwijderen;
    const klaar = await weg.verzend(bijlage);
    if (!klaar) return;
    setVerwijderen(null);
    setMelding(t("okidoc.bijlagen.verwijderd", { naam: bijlage.bestandsnaam }));
    naWijziging();
  }

  return (
    <section className="elk-okidoc__sectie elk-okidoc__bijlagen" aria-labelledby="okidoc-bijlagen">
      <Heading2 id="okidoc-bijlagen">{t("okidoc.bijlagen.titel")}</Heading2>
      {melding && (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {okidoc.bijlagen.length === 0 ? (
        <Paragraph>{t("okidoc.bijlagen.geen")}</Paragraph>
      ) : (
        <Tabel bijschrift={t("okidoc.bijlagen.lijst")} className="elk-okidoc__bijlagen-tabel">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("okidoc.bijlagen.naam")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("okidoc.bijlagen.grootte")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("okidoc.bijlagen.datum")}</TableHeaderCell>
              {okidoc.magBewerken && <ActiesKop label={t("okidoc.bijlagen.acties")} />}
            </TableRow>
          </TableHeader>
          <TableBody>
            {okidoc.bijlagen.map((bijlage) => (
              <TableRow key={bijlage.id}>
                <TableHeaderCell scope="row" className="elk-okidoc__bestandsnaam">
                  {bijlage.bestandsnaam}
                  {bijlage.scan === "bezig" || bijlage.scan === "besmet" ? (
                    <span className="elk-scan"> ({t(`okidoc.bijlagen.scan.${bijlage.scan}`)})</span>
                  ) : null}
                </TableHeaderCell>
                <TableCell className="elk-nowrap">{formatGrootte(bijlage.grootte, locale)}</TableCell>
                <TableCell className="elk-nowrap">
                  <time dateTime={bijlage.toegevoegdOp}>
                    {formatDatumTijdKort(bijlage.toegevoegdOp, locale)}
                  </time>
                </TableCell>
                {okidoc.magBewerken && (
                  <TableCell>
                    <IcoonKnop
                      icoon="verwijderen"
                      label={t("okidoc.bijlagen.verwijderenVan", { naam: bijlage.bestandsnaam })}
                      titel={t("okidoc.bijlagen.verwijderen")}
                      onClick={() => {
                        setMelding(null);
                        weg.wisFout();
                        setVerwijderen(bijlage);
                      }}
                    />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      {okidoc.magBewerken && (
        <UploadFormulier
          leerlingId={leerlingId}
          okidoc={okidoc}
          onToegevoegd={(naam) => {
            setMelding(t("okidoc.bijlagen.toegevoegd", { naam }));
            naWijziging();
          }}
        />
      )}
      {verwijderen && (
        <BevestigDialoog
          titel={t("okidoc.bijlagen.verwijderen.titel")}
          vraag={t("okidoc.bijlagen.verwijderen.vraag", { naam: verwijderen.bestandsnaam })}
          bevestigLabel={t("okidoc.bijlagen.verwijderen")}
          annuleerLabel={t("okidoc.annuleren")}
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
  leerlingId: string;
  okidoc: PoOkidoc;
  onToegevoegd: (naam: string) => void;
}) {
  const { leerlingId, okidoc, onToegevoegd } = props;
  const { t } = useI18n();
  return (
    <BijlageUpload
      eisen={okidoc.bijlageEisen}
      aantal={okidoc.bijlagen.length}
      blok="elk-okidoc"
      teksten={{
        of: t("okidoc.of"),
        bestand: t("okidoc.bijlagen.bestand"),
        uitleg: (w) => t("okidoc.bijlagen.uitleg", w),
        fout: (fout, w) => t(`okidoc.bijlagen.fout.${fout}`, w),
        toevoegen: t("okidoc.bijlagen.toevoegen"),
        bezig: t("okidoc.bijlagen.bezig"),
      }}
      verzend={(bijlage) => bijlageToevoegen(leerlingId, bijlage)}
      onToegevoegd={(bijlage) => onToegevoegd(bijlage.bestandsnaam)}
    />
  );
}
