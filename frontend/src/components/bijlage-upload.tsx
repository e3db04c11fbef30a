import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "@utrecht/component-library-react";
import { type FormEvent, useId, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n";
import {
  acceptTekst,
  type BestandFout,
  type BijlageEisen,
  controleerBijlage,
  formatGrootte,
  leesAlsBase64,
  soortenTekst,
} from "../lib/bestand";
import { useVerzenden } from "../lib/use-verzenden";
import { formulierFout } from "./formulier";

type FoutSleutel = "kies" | BestandFout;

export interface BijlageUploadTeksten {
  /** The feature's "of" between the last two kinds ("PDF, Word of tekst"). */
  of: string;
  bestand: string;
  uitleg: (waarden: { soorten: string; max: string; aantal: number }) => string;
  fout: (fout: FoutSleutel, waarden: { soorten: string; max: string | number; grootte: string }) => string;
  toevoegen: string;
  bezig: string;
}

/**
 * One bijlage upload form (the oki-doc's PO-01, an SWV request's): the chosen file checked in the
 * browser first (type, size, count — the API checks the same), then sent as base64; the file's
 * own error or the API's, focus back on the input on any failure, the input emptied after success.
 */
export function BijlageUpload<T extends object>(props: {
  eisen: BijlageEisen;
  /** Bijlagen there are now (the count limit). */
  aantal: number;
  teksten: BijlageUploadTeksten;
  /** CSS block of the feature: `<blok>__upload`, `<blok>__invoer`. */
  blok: string;
  verzend: (bijlage: { bestandsnaam: string; contentType: string; inhoud: string }) => Promise<T>;
  onToegevoegd: (resultaat: T, bestand: File) => void;
}) {
  const { eisen, aantal, teksten } = props;
  const { t, locale } = useI18n();
  const id = useId();
  const invoerRef = useRef<HTMLInputElement>(null);
  const [bestand, setBestand] = useState<File | null>(null);
  const [lokaal, setLokaal] = useState<FoutSleutel | null>(null);
  const soorten = soortenTekst(eisen, teksten.of);
  const max = formatGrootte(eisen.maxBytes, locale);
  const toevoegen = useVerzenden(async (gekozen: File, contentType: string) =>
    props.verzend({ bestandsnaam: gekozen.name, contentType, inhoud: await leesAlsBase64(gekozen) }),
  );
  const api = formulierFout(toevoegen.fout, t);
  const fout = lokaal
    ? teksten.fout(lokaal, {
        soorten,
        max: lokaal === "aantal" ? eisen.maxAantal : max,
        grootte: bestand ? formatGrootte(bestand.size, locale) : "",
      })
    : (api.velden.bestand ?? api.velden.inhoud ?? api.velden.bestandsnaam ?? api.algemeen);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    toevoegen.wisFout();
    if (!bestand) {
      setLokaal("kies");
      invoerRef.current?.focus();
      return;
    }
    const uitkomst = controleerBijlage(bestand, eisen, aantal);
    if ("fout" in uitkomst) {
      setLokaal(uitkomst.fout);
      invoerRef.current?.focus();
      return;
    }
    setLokaal(null);
    const resultaat = await toevoegen.verzend(bestand, uitkomst.contentType);
    if (!resultaat) {
      invoerRef.current?.focus();
      return;
    }
    const verzonden = bestand;
    setBestand(null);
    if (invoerRef.current) invoerRef.current.value = "";
    props.onToegevoegd(resultaat, verzonden);
  }

  return (
    <form className={`elk-formulier ${props.blok}__upload`} onSubmit={bijVerzenden} noValidate>
      <FormField
        invalid={Boolean(fout)}
        label={<FormLabel htmlFor={`${id}-bestand`}>{teksten.bestand}</FormLabel>}
        description={
          <FormFieldDescription id={`${id}-uitleg`}>
            {teksten.uitleg({ soorten, max, aantal: eisen.maxAantal })}
          </FormFieldDescription>
        }
        errorMessage={fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
        input={
          <input
            ref={invoerRef}
            id={`${id}-bestand`}
            name="bestand"
            type="file"
            className={`${props.blok}__invoer`}
            accept={acceptTekst(eisen)}
            aria-invalid={fout ? true : undefined}
            aria-describedby={fout ? `${id}-uitleg ${id}-fout` : `${id}-uitleg`}
            onChange={(event) => {
              const gekozen = event.currentTarget.files?.[0] ?? null;
              setBestand(gekozen);
              toevoegen.wisFout();
              const controle = gekozen ? controleerBijlage(gekozen, eisen, aantal) : undefined;
              setLokaal(controle && "fout" in controle ? controle.fout : null);
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
          {toevoegen.bezig ? teksten.bezig : teksten.toevoegen}
        </Button>
      </div>
    </form>
  );
}
