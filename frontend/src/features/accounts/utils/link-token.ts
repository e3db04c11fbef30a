/**
 * The token of a link in a mail sits in the URL fragment (`/activeren#<token>`): the browser never
 * sends it to a server, so no access log keeps it. The API checks it; here it is only read.
 */
export function tokenUitHash(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, "")).trim();
}
