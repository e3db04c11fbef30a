/**
 * A small XML writer for the OSO dossier: elements, attributes and text, nothing else (no mixed
 * content, comments or processing instructions — the dossier needs none). Every string passes
 * through the escaping below, which also drops the characters XML 1.0 cannot carry at all, so whatever the
 * input holds the document stays well-formed.
 */

export interface XmlElement {
  readonly naam: string;
  readonly attributen?: Readonly<Record<string, string>>;
  /** Text, or child elements in the order the schema's sequence wants them. */
  readonly inhoud: string | readonly XmlElement[];
}

/** Characters XML 1.0 does not allow, not even as a character reference (lone surrogates included). */
const ONGELDIG_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without characters XML cannot carry, trimmed; undefined when nothing is left. */
export function schoneTekst(waarde: string | undefined): string | undefined {
  const schoon = waarde?.replace(ONGELDIG_IN_XML, "").replace(/\r\n?/g, "\n").trim();
  return schoon ? schoon : undefined;
}

export function el(
  naam: string,
  inhoud: string | readonly XmlElement[],
  attributen?: Readonly<Record<string, string>>,
): XmlElement {
  return attributen ? { naam, inhoud, attributen } : { naam, inhoud };
}

/** The element when the value holds text, else nothing: spread it into the parent's children. */
export function als(naam: string, waarde: string | undefined): XmlElement[] {
  const tekst = schoneTekst(waarde);
  return tekst === undefined ? [] : [el(naam, tekst)];
}

/** The element when it has children, else nothing (for the optional lists of the schema). */
export function alsKinderen(naam: string, kinderen: readonly XmlElement[]): XmlElement[] {
  return kinderen.length > 0 ? [el(naam, kinderen)] : [];
}

const TEKST_ENTITEIT: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  // A literal carriage return would be read back as a line feed.
  "\r": "&#13;",
};

const ATTRIBUUT_ENTITEIT: Readonly<Record<string, string>> = {
  ...TEKST_ENTITEIT,
  '"': "&quot;",
  // Literal white space in an attribute value is normalised to a space when read.
  "\t": "&#9;",
  "\n": "&#10;",
};

function vervang(tekst: string, entiteiten: Readonly<Record<string, string>>, patroon: RegExp): string {
  return tekst.replace(ONGELDIG_IN_XML, "").replace(patroon, (teken) => entiteiten[teken] ?? teken);
}

const escapeTekst = (tekst: string) => vervang(tekst, TEKST_ENTITEIT, /[&<>\r]/g);
const escapeAttribuut = (tekst: string) => vervang(tekst, ATTRIBUUT_ENTITEIT, /[&<>"\t\n\r]/g);

function schrijf(element: XmlElement, inspringing: string, uit: string[]): void {
  const attributen = Object.entries(element.attributen ?? {})
    .map(([naam, waarde]) => ` ${naam}="${escapeAttribuut(waarde)}"`)
    .join("");
  const open = `${inspringing}<${element.naam}${attributen}`;
  if (typeof element.inhoud === "string") {
    uit.push(`${open}>${escapeTekst(element.inhoud)}</${element.naam}>`);
  } else if (element.inhoud.length === 0) {
    uit.push(`${open}/>`);
  } else {
    uit.push(`${open}>`);
    for (const kind of element.inhoud) schrijf(kind, `${inspringing}  `, uit);
    uit.push(`${inspringing}</${element.naam}>`);
  }
}

/** The document, UTF-8 declared, with the root in the given default namespace. */
export function xmlDocument(wortel: XmlElement, namespace: string): string {
  const regels = ['<?xml version="1.0" encoding="UTF-8"?>'];
  schrijf({ ...wortel, attributen: { xmlns: namespace, ...wortel.attributen } }, "", regels);
  return `${regels.join("\n")}\n`;
}
