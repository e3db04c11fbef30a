/** The path of one request on the screen. */
export function aanvraagPad(aanvraagId: string): string {
  return `/leerlingen/aanvragen-swv?aanvraag=${encodeURIComponent(aanvraagId)}`;
}
