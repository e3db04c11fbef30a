import type { OkidocBijlageRegel, PoOkidoc } from "@elk/contracts";
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { type FormEvent, useId, useRef, useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { formulierFout } from "../../../components/formulier";
import { IcoonKnop } from "../../../components/icoon-knop";
import { ActiesKop, Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { formatGrootte, leesAlsBase64 } from "../../../lib/bestand";
import { formatDatumTijdKort } from "../../../lib/datum";
import { useVerzenden } from "../../../lib/use-verzenden";
import { bijlageToevoegen, bijlageVerwijderen } from "../api/okidoc";
import { acceptTekst, type BestandFout, controleerBijlage, soortenTekst } from "../utils/bestand";

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
  const { t, locale } = useI18n();
  const id = useId();
  const invoerRef = useRef<HTMLInputElement>(null);
  const [bestand, setBestand] = useState<File | null>(null);
  const [lokaal, setLokaal] = useState<BestandFout | "kies" | null>(null);
  const eisen = okidoc.bijlageEisen;
  const soorten = soortenTekst(eisen, t("okidoc.of"));
  const max = formatGrootte(eisen.maxBytes, locale);
  const toevoegen = useVerzenden(async (gekozen: File, contentType: string) =>
    bijlageToevoegen(leerlingId, {
      bestandsnaam: gekozen.name,
      contentType,
      inhoud: await leesAlsBase64(gekozen),
    }),
  );
  const api = formulierFout(toevoegen.fout, t);
  const lokaleTekst = (fout: BestandFout | "kies") =>
    t(`okidoc.bijlagen.fout.${fout}`, {
      soorten,
      max: fout === "aantal" ? eisen.maxAantal : max,
      grootte: bestand ? formatGrootte(bestand.size, locale) : "",
    });
  const fout = lokaal
    ? lokaleTekst(lokaal)
    : (api.velden.bestand ?? api.velden.inhoud ?? api.velden.bestandsnaam ?? api.algemeen);

  const controleer = (gekozen: File | null) => {
    if (!gekozen) return null;
    const uitkomst = controleerBijlage(gekozen, eisen, okidoc.bijlagen.length);
    return "fout" in uitkomst ? uitkomst.fout : null;
  };

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    toevoegen.wisFout();
    if (!bestand) {
      setLokaal("kies");
      invoerRef.current?.focus();
      return;
    }
    const uitkomst = controleerBijlage(bestand, eisen, okidoc.bijlagen.length);
    if ("fout" in uitkomst) {
      setLokaal(uitkomst.fout);
      invoerRef.current?.focus();
      return;
    }
    setLokaal(null);
    const bijlage = await toevoegen.verzend(bestand, uitkomst.contentType);
    if (!bijlage) {
      invoerRef.current?.focus();
      return;
    }
    setBestand(null);
    if (invoerRef.current) invoerRef.current.value = "";
    onToegevoegd(bijlage.bestandsnaam);
  }

  return (
    <form className="elk-formulier elk-okidoc__upload" onSubmit={bijVerzenden} noValidate>
      <FormField
        invalid={Boolean(fout)}
        label={<FormLabel htmlFor={`${id}-bestand`}>{t("okidoc.bijlagen.bestand")}</FormLabel>}
        description={
          <FormFieldDescription id={`${id}-uitleg`}>
            {t("okidoc.bijlagen.uitleg", { soorten, max, aantal: eisen.maxAantal })}
          </FormFieldDescription>
        }
        errorMessage={fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
        input={
          <input
            ref={invoerRef}
            id={`${id}-bestand`}
            name="bestand"
            type="file"
            className="elk-okidoc__invoer"
            accept={acceptTekst(eisen)}
            aria-invalid={fout ? true : undefined}
            aria-describedby={fout ? `${id}-uitleg ${id}-fout` : `${id}-uitleg`}
            onChange={(event) => {
              const gekozen = event.currentTarget.files?.[0] ?? null;
              setBestand(gekozen);
              toevoegen.wisFout();
              setLokaal(controleer(gekozen));
            }}
          />
        }
      />
      <div className="elk-formulier__knoppen">
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={toevoegen.bezig}
          disabled={toevoegen.bezig}
        >
          {toevoegen.bezig ? t("okidoc.bijlagen.bezig") : t("okidoc.bijlagen.toevoegen")}
        </Button>
      </div>
    </form>
  );
}
