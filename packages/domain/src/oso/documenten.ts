import { veiligeBestandsnaam } from "../behandeling/okidoc";
import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import { als, el, schoneTekst, type XmlElement } from "./xml";
import { naarBase64, vanBase64, zipMetEenBestand } from "./zip";

/** A file as ELK keeps it: the oki-doc PDF or an attachment, its bytes in standard base64. */
export interface OsoBestand {
  bestandsnaam: string;
  mimeType: string;
  inhoud: string;
  /** What the file is, for the receiving school; a default is used when absent. */
  omschrijving?: string;
}

/**
 * The file types OSO admits as attachments (XSD, element bestandsnaam): PDF, JPG, PNG, DOC, DOCX,
 * ODF, XLS, XLSX, TXT, PPT and PPTX — by extension, with the content type that names each.
 */
const OSO_BESTANDSTYPEN: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  txt: "text/plain",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

const EXTENSIE_VAN_TYPE: ReadonlyMap<string, string> = new Map(
  Object.entries(OSO_BESTANDSTYPEN)
    .filter(([extensie]) => extensie !== "jpeg")
    .map(([extensie, type]) => [type, extensie]),
);

/** The name a file travels under, or undefined when OSO does not admit its type. */
function osoBestandsnaam(bestand: Pick<OsoBestand, "bestandsnaam" | "mimeType">): string | undefined {
  const naam = schoneTekst(bestand.bestandsnaam) ?? "bijlage";
  const extensie = /\.([A-Za-z0-9]{1,5})$/.exec(naam)?.[1]?.toLowerCase();
  if (extensie) return OSO_BESTANDSTYPEN[extensie] ? naam : undefined;
  const type = bestand.mimeType.split(";")[0]?.trim().toLowerCase() ?? "";
  const vanType = EXTENSIE_VAN_TYPE.get(type);
  return vanType ? `${naam}.${vanType}` : undefined;
}

/** Can this file travel in the dossier? Files of other types are left out of it. */
export function osoBijlageToegestaan(bestand: Pick<OsoBestand, "bestandsnaam" | "mimeType">): boolean {
  return osoBestandsnaam(bestand) !== undefined;
}

/** A file as OSO carries it: its name, what it is, and a base64 ZIP holding it. */
function document(
  naam: string,
  omschrijving: string | undefined,
  bytes: Uint8Array,
  datum: string,
): XmlElement {
  return el("document", [
    el("bestandsnaam", naam),
    ...als("omschrijving", omschrijving),
    el("bestandsinhoud", naarBase64(zipMetEenBestand(veiligeBestandsnaam(naam), bytes, datum))),
  ]);
}

const UTF8_BOM = "\uFEFF";

/** Free text as a plain-text document (UTF-8 with BOM, Windows line ends: readable in any viewer). */
export function tekstDocument(naam: string, omschrijving: string, tekst: string, datum: string): XmlElement {
  const bytes = new TextEncoder().encode(`${UTF8_BOM}${tekst.replace(/\r?\n/g, "\r\n")}\r\n`);
  return document(naam, omschrijving, bytes, datum);
}

export function bestandDocument(
  bestand: OsoBestand,
  standaardOmschrijving: string,
  datum: string,
): XmlElement[] {
  const naam = osoBestandsnaam(bestand);
  if (!naam) return [];
  const bytes = vanBase64(bestand.inhoud);
  if (!bytes) {
    throw new OngeldigeInvoerFout(
      `Het OSO-dossier kan niet worden gemaakt: de inhoud van het bestand "${naam}" is beschadigd.`,
    );
  }
  return [document(naam, schoneTekst(bestand.omschrijving) ?? standaardOmschrijving, bytes, datum)];
}
