import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { type FormEvent, useId, useRef, useState } from "react";
import { ApiFout } from "../../../components/api-fout";
import { formulierFout, VerplichtTeken } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { formatGrootte, leesAlsBase64 } from "../../../lib/bestand";
import { formatDatumTijdKort } from "../../../lib/datum";
import { useVerzenden } from "../../../lib/use-verzenden";
import { type Document, documentUploaden, useDocumenten } from "../api/documenten";
import { type BestandFout, controleerBestand } from "../utils/bestand";

/**
 * REG-11: "In het ouderportaal bij echte buitenleerlingen (ELK-no met B ervoor) is er een
 * uploadknop": the VO school may ask the parents for information after the registration. The
 * parents send a PDF, JPG or PNG of at most 4 MB and see what they sent. Shown only when the API
 * says this child may receive documents.
 */
export function DocumentenBlok({ leerlingId }: { leerlingId: string }) {
  const { t } = useI18n();
  const documenten = useDocumenten(leerlingId);
  if (documenten.status === "laden") return null;
  if (documenten.status === "fout") return <ApiFout fout={documenten.fout} opnieuw={documenten.opnieuw} />;
  if (!documenten.data.magUploaden) return null;
  return (
    <section className="elk-documenten" aria-labelledby="elk-documenten-titel">
      <Heading2 id="elk-documenten-titel">{t("ouderportaal.documenten.titel")}</Heading2>
      <Paragraph>{t("ouderportaal.documenten.uitleg")}</Paragraph>
      <UploadFormulier leerlingId={leerlingId} onVerstuurd={documenten.ververs} />
      <DocumentenLijst documenten={documenten.data.items} />
    </section>
  );
}

function UploadFormulier({ leerlingId, onVerstuurd }: { leerlingId: string; onVerstuurd: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const invoerRef = useRef<HTMLInputElement>(null);
  const [bestand, setBestand] = useState<File | null>(null);
  const [lokaal, setLokaal] = useState<BestandFout | "kies" | null>(null);
  const [verstuurd, setVerstuurd] = useState<string | null>(null);
  const uploaden = useVerzenden(async (gekozen: File, contentType: string) =>
    documentUploaden(leerlingId, {
      bestandsnaam: gekozen.name,
      contentType,
      inhoud: await leesAlsBase64(gekozen),
    }),
  );
  const api = formulierFout(uploaden.fout, t);
  const fout = lokaal
    ? t(`ouderportaal.documenten.fout.${lokaal}`)
    : (api.velden.bestand ?? api.velden.bestandsnaam ?? api.algemeen);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setVerstuurd(null);
    uploaden.wisFout();
    if (!bestand) {
      setLokaal("kies");
      invoerRef.current?.focus();
      return;
    }
    const gecontroleerd = controleerBestand(bestand);
    if ("fout" in gecontroleerd) {
      setLokaal(gecontroleerd.fout);
      invoerRef.current?.focus();
      return;
    }
    setLokaal(null);
    const document = await uploaden.verzend(bestand, gecontroleerd.contentType);
    if (!document) {
      invoerRef.current?.focus();
      return;
    }
    setVerstuurd(document.bestandsnaam);
    setBestand(null);
    if (invoerRef.current) invoerRef.current.value = "";
    onVerstuurd();
  }

  return (
    <form className="elk-formulier elk-documenten__formulier" onSubmit={bijVerzenden} noValidate>
      <FormField
        invalid={Boolean(fout)}
        label={
          <>
            <FormLabel htmlFor={`${id}-bestand`}>{t("ouderportaal.documenten.bestand")}</FormLabel>
            <VerplichtTeken />
          </>
        }
        description={
          <FormFieldDescription id={`${id}-uitleg`}>
            {t("ouderportaal.documenten.eisen")}
          </FormFieldDescription>
        }
        errorMessage={fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
        input={
          <input
            ref={invoerRef}
            id={`${id}-bestand`}
            name="bestand"
            type="file"
            className="elk-documenten__invoer"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            required
            aria-invalid={fout ? true : undefined}
            aria-describedby={fout ? `${id}-uitleg ${id}-fout` : `${id}-uitleg`}
            onChange={(event) => {
              const gekozen = event.currentTarget.files?.[0] ?? null;
              setBestand(gekozen);
              setVerstuurd(null);
              uploaden.wisFout();
              const gecontroleerd = gekozen ? controleerBestand(gekozen) : null;
              setLokaal(gecontroleerd && "fout" in gecontroleerd ? gecontroleerd.fout : null);
            }}
          />
        }
      />
      <div className="elk-formulier__knoppen">
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={uploaden.bezig}
          disabled={uploaden.bezig}
        >
          {uploaden.bezig ? t("ouderportaal.documenten.bezig") : t("ouderportaal.documenten.versturen")}
        </Button>
      </div>
      <div role="status">
        {verstuurd && (
          <Alert type="ok">
            <Paragraph>{t("ouderportaal.documenten.verstuurd", { naam: verstuurd })}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}

function DocumentenLijst({ documenten }: { documenten: readonly Document[] }) {
  const { t, locale } = useI18n();
  if (documenten.length === 0) return <Paragraph>{t("ouderportaal.documenten.geen")}</Paragraph>;
  const gesorteerd = [...documenten].sort((a, b) => b.geuploadOp.localeCompare(a.geuploadOp));
  return (
    <TableContainer className="elk-tabel-container">
      <Table className="elk-tabel">
        <TableCaption>{t("ouderportaal.documenten.verstuurdeDocumenten")}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("ouderportaal.documenten.naam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("ouderportaal.documenten.grootte")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("ouderportaal.documenten.datum")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {gesorteerd.map((document) => (
            <TableRow key={document.id}>
              <TableHeaderCell scope="row">
                {document.bestandsnaam}
                {document.scan === "bezig" || document.scan === "besmet" ? (
                  <span className="elk-scan"> ({t(`ouderportaal.documenten.scan.${document.scan}`)})</span>
                ) : null}
              </TableHeaderCell>
              <TableCell className="elk-nowrap">{formatGrootte(document.grootte, locale)}</TableCell>
              <TableCell className="elk-nowrap">
                <time dateTime={document.geuploadOp}>{formatDatumTijdKort(document.geuploadOp, locale)}</time>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
