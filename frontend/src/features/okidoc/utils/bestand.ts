/** The path of a pupil's oki-doc page. */
export function okidocPad(leerlingId: string): string {
  return `/leerlingen/po/okidoc?leerling=${encodeURIComponent(leerlingId)}`;
}
