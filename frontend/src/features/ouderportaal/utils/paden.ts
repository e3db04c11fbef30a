/** The ouderportaal is the parent's home page; each child has its own page for the voorkeurslijst. */
export const OUDERPORTAAL_PAD = "/";

const KIND_PREFIX = "/ouderportaal/kind/";

export function kindPad(leerlingId: string): string {
  return `${KIND_PREFIX}${encodeURIComponent(leerlingId)}`;
}

/** The child's id in "/ouderportaal/kind/{leerlingId}", or undefined for any other path. */
export function leerlingIdUitPad(pad: string): string | undefined {
  if (!pad.startsWith(KIND_PREFIX)) return undefined;
  const rest = pad.slice(KIND_PREFIX.length).replace(/\/+$/, "");
  if (rest === "" || rest.includes("/")) return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}

/** "Today" as a Dutch calendar day, to tell "before" from "after" the registration period. */
export function vandaag(nu: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(nu);
}
