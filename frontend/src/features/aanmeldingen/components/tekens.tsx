import { useI18n } from "../../../i18n/i18n";
import type { Aanmelding } from "../api/overzicht";

/**
 * The marks of the overview (Legenda symbolen): a letter in a circle, a PDF icon, a dot. Each
 * has a tooltip and a text for screen readers, since colour alone says nothing to some users.
 */
function Teken(props: { className: string; titel: string; children?: string }) {
  return (
    <span className={`elk-teken ${props.className}`} title={props.titel}>
      {props.children && <span aria-hidden="true">{props.children}</span>}
      <span className="elk-visueel-verborgen">{props.titel}</span>
    </span>
  );
}

/** TRT-04: V in a circle — white = requested, blue = granted, red = refused. */
export function VoorrangTeken({ regel }: { regel: Aanmelding }) {
  const { t } = useI18n();
  const markering = regel.voorrangMarkering;
  if (!markering) return null;
  const tekst = t(`overzicht.voorrang.${markering}`);
  const titel = regel.voorrang
    ? t("overzicht.voorrang.reden", { markering: tekst, reden: t(`overzicht.voorrang.${regel.voorrang}`) })
    : tekst;
  return (
    <Teken className={`elk-teken--v elk-teken--${markering}`} titel={titel}>
      V
    </Teken>
  );
}

/** REG-08: B in a grey circle — a buitenleerling, whose oki-doc is never in ELK (TRT-02). */
export function BuitenleerlingTeken() {
  const { t } = useI18n();
  return (
    <span className="elk-teken elk-teken--b" title={t("aanmeldingen.buitenleerling")}>
      <span aria-hidden="true">B</span>
      <span className="elk-visueel-verborgen">{t("overzicht.okidoc.buitenleerling")}</span>
    </span>
  );
}

/** TRT-10: a tafelmiddag asked for by the own school, the primary school, or both. */
export function TafelmiddagTeken({ regel }: { regel: Aanmelding }) {
  const { t } = useI18n();
  const { vo, po } = regel.tafelmiddag;
  if (!vo && !po) return null;
  const titel = t(
    vo && po ? "overzicht.tafelmiddag.beide" : vo ? "overzicht.tafelmiddag.vo" : "overzicht.tafelmiddag.po",
  );
  return (
    <Teken className="elk-teken--tm" titel={titel}>
      T
    </Teken>
  );
}

/** OSO: a blue dot when the dossier is ready, green once the school's LAS fetched it. */
export function OsoTeken({ regel }: { regel: Aanmelding }) {
  const { t } = useI18n();
  if (regel.oso === "geen") return null;
  return <Teken className={`elk-stip elk-stip--${regel.oso}`} titel={t(`overzicht.oso.${regel.oso}`)} />;
}

/** The manual's "Document openen in PDF-formaat". */
export function PdfIcoon() {
  return (
    <svg
      className="elk-icoon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8Z" />
      <path d="M14 3v5h5" />
      <text
        x="12"
        y="17.5"
        textAnchor="middle"
        fontSize="6.5"
        fontWeight="700"
        stroke="none"
        fill="currentColor"
      >
        PDF
      </text>
    </svg>
  );
}

/** The manual's "Onderliggend menu openen": three dots. */
export function MenuIcoon() {
  return (
    <svg className="elk-icoon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
      <circle cx="12" cy="5" r="2" />
      <circle cx="12" cy="12" r="2" />
      <circle cx="12" cy="19" r="2" />
    </svg>
  );
}
