import { timingSafeEqual } from "node:crypto";
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";

/**
 * Issue #10: the client address failed sign-ins are counted by. Directly at the API (and through
 * the local gateway) it is API Gateway's `sourceIp`. Through CloudFront `sourceIp` is an edge
 * server shared by many users, so there the viewer's address comes from CloudFront's
 * `CloudFront-Viewer-Address` header — trusted only when the request carries the origin secret
 * CloudFront adds (`CLOUDFRONT_ORIGIN_GEHEIM`), since anyone can send that header to the API
 * directly. A request that says it came through CloudFront without the secret is not counted per
 * address (per username it still is).
 */
export function clientAdres(event: APIGatewayProxyEventV2WithJWTAuthorizer): string | undefined {
  const headers = Object.fromEntries(
    Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v ?? ""]),
  );
  const geheim = process.env.CLOUDFRONT_ORIGIN_GEHEIM;
  const viaCloudFront =
    headers["cloudfront-viewer-address"] !== undefined || /cloudfront/i.test(headers.via ?? "");
  if (geheim && gelijk(headers["x-elk-origin"] ?? "", geheim)) {
    return zonderPoort(headers["cloudfront-viewer-address"] ?? "") ?? undefined;
  }
  if (viaCloudFront) return undefined;
  const bron = event.requestContext?.http?.sourceIp;
  return bron || undefined;
}

function gelijk(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** "198.51.100.10:46532" or "2001:db8::1:46532" (IPv6 unbracketed): the address without the port. */
export function zonderPoort(waarde: string): string | undefined {
  const i = waarde.lastIndexOf(":");
  if (i <= 0) return undefined;
  const adres = waarde.slice(0, i).replace(/^\[|\]$/g, "");
  return /^[0-9a-f.:]+$/i.test(adres) ? adres : undefined;
}
