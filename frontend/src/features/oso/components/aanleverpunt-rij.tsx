import type { AanleverpuntRegel } from "@elk/contracts";
import {
  Alert,
  Button,
  FormFieldDescription,
  FormFieldErrorMessage,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { type ReactNode, useId, useRef, useState } from "react";
import { formulierFout } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import {
  aanleverpuntOpslaan,
  aanleverpuntPingen,
  aanleverpuntRegistreren,
  haalAanleverpunt,
} from "../api/oso";

type Actie = "opslaan" | "registreer" | "ping";

/** The columns of a row, for the message row under it. */
export const KOLOMMEN = 8;

const GEHEEL_GETAL = /^\d+$/;

/**
 * OSO-01: one school location in OSO > Configureren — the aanleverpuntnummer and -sleutel from
 * Mijn OSO, the two check marks the registration sets, and "OSO opslaan", "Registreer" and "Ping".
 * The key is typed into a password field, cleared once saved, and never shown back: only the
 * server's masked end ("••••abcd") tells which key is stored. Each action's outcome shows in a row
 * under the location, and the row then shows the location as the server has it.
 */
export function AanleverpuntRij({ begin }: { begin: AanleverpuntRegel }) {
  const { t } = useI18n();
  const id = useId();
  const [regel, setRegel] = useState(begin);
  const [nummer, setNummer] = useState(String(begin.nummer));
  const [sleutel, setSleutel] = useState("");
  const [nummerOngeldig, setNummerOngeldig] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  const [actief, setActief] = useState<Actie | null>(null);
  const bezigRef = useRef(false);
  const school = regel.schoolNaam;
  const gewijzigd = nummer.trim() !== String(regel.nummer) || sleutel.trim() !== "";

  const opslaan = async (): Promise<void> => {
    const opgeslagen = await aanleverpuntOpslaan(regel.schoolId, {
      nummer: Number(nummer.trim()),
      ...(sleutel.trim() ? { sleutel: sleutel.trim() } : {}),
      version: regel.version,
    });
    setRegel(opgeslagen);
    setNummer(String(opgeslagen.nummer));
    setSleutel("");
  };

  // Registering what is on screen: unsaved changes are saved first, as the manual's
  // "Klik op opslaan. Klik op registreer." would have it.
  const uitvoeren = async (actie: Actie): Promise<string> => {
    if (actie === "opslaan" || (actie === "registreer" && gewijzigd)) await opslaan();
    if (actie === "opslaan") return t("oso.configureren.opgeslagen", { school });
    const uitkomst =
      actie === "registreer"
        ? await aanleverpuntRegistreren(regel.schoolId)
        : await aanleverpuntPingen(regel.schoolId);
    setRegel(uitkomst.aanleverpunt);
    return uitkomst.melding;
  };
  const verzenden = useVerzenden(uitvoeren);
  const { algemeen, velden } = formulierFout(verzenden.fout, t);

  const klik = async (actie: Actie) => {
    // The buttons stay enabled while busy (a disabled button would drop the focus); a second
    // click meanwhile is ignored.
    if (bezigRef.current) return;
    setMelding(null);
    const nummerNodig = actie === "opslaan" || (actie === "registreer" && gewijzigd);
    if (nummerNodig && !GEHEEL_GETAL.test(nummer.trim())) {
      verzenden.wisFout();
      setNummerOngeldig(true);
      document.getElementById(`${id}-nummer`)?.focus();
      return;
    }
    setNummerOngeldig(false);
    bezigRef.current = true;
    setActief(actie);
    try {
      const tekst = await verzenden.verzend(actie);
      if (tekst) {
        setMelding(tekst);
        return;
      }
      // Refused: a failed registration clears the check marks; show what is stored now.
      const nu = await haalAanleverpunt(regel.schoolId).catch(() => undefined);
      if (nu) setRegel(nu);
    } finally {
      bezigRef.current = false;
      setActief(null);
    }
  };

  const nummerFout = nummerOngeldig ? t("oso.configureren.nummerOngeldig") : velden.nummer;
  const sleutelFout = velden.sleutel;
  const knop = (
    actie: Actie,
    tekst: string,
    label: string,
    appearance: "primary-action-button" | "secondary-action-button",
  ) => (
    <Button
      type="button"
      appearance={appearance}
      aria-label={label}
      busy={actief === actie}
      onClick={() => void klik(actie)}
    >
      {tekst}
    </Button>
  );

  return (
    <>
      <TableRow className="elk-oso-punt" data-school-id={regel.schoolId}>
        <TableHeaderCell scope="row">{school}</TableHeaderCell>
        <TableCell>{regel.brin}</TableCell>
        <TableCell>{regel.vestigingscode}</TableCell>
        <TableCell>
          <Cel fout={nummerFout} vanServer={!nummerOngeldig} foutId={`${id}-nummer-fout`}>
            <Textbox
              id={`${id}-nummer`}
              type="number"
              inputMode="numeric"
              min={0}
              className="elk-oso-punt__nummer"
              aria-label={t("oso.configureren.nummerVan", { school })}
              value={nummer}
              invalid={Boolean(nummerFout)}
              aria-describedby={nummerFout ? `${id}-nummer-fout` : undefined}
              onChange={(e) => setNummer(e.currentTarget.value)}
            />
          </Cel>
        </TableCell>
        <TableCell>
          <Cel fout={sleutelFout} vanServer foutId={`${id}-sleutel-fout`}>
            <Textbox
              id={`${id}-sleutel`}
              type="password"
              className="elk-oso-punt__sleutel"
              aria-label={t("oso.configureren.sleutelVan", { school })}
              // A key for ELK, not the user's own password: nothing to fill in from the browser.
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              placeholder={regel.sleutel ?? ""}
              value={sleutel}
              invalid={Boolean(sleutelFout)}
              aria-describedby={[`${id}-sleutel-uitleg`, sleutelFout && `${id}-sleutel-fout`]
                .filter(Boolean)
                .join(" ")}
              onChange={(e) => setSleutel(e.currentTarget.value)}
            />
            <FormFieldDescription id={`${id}-sleutel-uitleg`} className="elk-oso-punt__uitleg">
              {regel.sleutel
                ? t("oso.configureren.sleutelOpgeslagen", { sleutel: regel.sleutel })
                : t("oso.configureren.sleutelGeen")}
            </FormFieldDescription>
          </Cel>
        </TableCell>
        <TableCell>
          <Vinkje aan={regel.geregistreerd} kolom={t("oso.configureren.oso")} />
        </TableCell>
        <TableCell>
          <Vinkje aan={regel.magOverdrachtAanvragen} kolom={t("oso.configureren.mag")} />
        </TableCell>
        <TableCell>
          <div className="elk-oso-punt__acties">
            {knop(
              "opslaan",
              t("oso.configureren.opslaan"),
              t("oso.configureren.opslaanVan", { school }),
              "primary-action-button",
            )}
            {knop(
              "registreer",
              t("oso.configureren.registreer"),
              t("oso.configureren.registreerVan", { school }),
              "secondary-action-button",
            )}
            {knop(
              "ping",
              t("oso.configureren.ping"),
              t("oso.configureren.pingVan", { school }),
              "secondary-action-button",
            )}
          </div>
        </TableCell>
      </TableRow>
      {(melding || algemeen) && (
        <TableRow className="elk-oso-punt__meldingrij">
          <TableCell colSpan={KOLOMMEN}>
            {melding && (
              <Alert type="ok">
                <Paragraph lang="nl">{melding}</Paragraph>
              </Alert>
            )}
            {algemeen && (
              <Alert type="error">
                <Paragraph lang={verzenden.fout?.vanServer ? "nl" : undefined}>{algemeen}</Paragraph>
              </Alert>
            )}
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

/** A field in a table cell with its message under it; the server's messages are Dutch. */
function Cel(props: { fout?: string | undefined; vanServer: boolean; foutId: string; children: ReactNode }) {
  const { fout, vanServer, foutId, children } = props;
  return (
    <div className={fout ? "elk-oso-cel elk-oso-cel--fout" : "elk-oso-cel"}>
      {children}
      {fout && (
        <FormFieldErrorMessage id={foutId} lang={vanServer ? "nl" : undefined}>
          {fout}
        </FormFieldErrorMessage>
      )}
    </div>
  );
}

/** The read-only check marks "OSO" and "Mag overdr. aanvragen": set by registering, not by hand. */
function Vinkje({ aan, kolom }: { aan: boolean; kolom: string }) {
  const { t } = useI18n();
  const tekst = t(aan ? "oso.configureren.vinkjeAan" : "oso.configureren.vinkjeUit", { kolom });
  return (
    <span
      role="img"
      aria-label={tekst}
      title={tekst}
      className={aan ? "elk-oso-vinkje elk-oso-vinkje--aan" : "elk-oso-vinkje"}
    >
      {aan ? "✓" : "–"}
    </span>
  );
}
