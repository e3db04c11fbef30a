import { describe, expect, it } from "vitest";
import { clientAdres, zonderPoort } from "../src/accounts/adres";
import { base32, nieuwTotpGeheim, otpauthUri, stapVanCode, totpCode, uitBase32 } from "../src/accounts/totp";

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", 8 digits.
const RFC_SEED = Buffer.from("12345678901234567890");
const RFC_VECTOREN: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP (issue #10, RFC 6238 / RFC 4226 / RFC 4648)", () => {
  it.each(RFC_VECTOREN)("#10 ACC-MFA RFC 6238 test vector at %i s gives %s", (seconden, verwacht) => {
    expect(totpCode(RFC_SEED, Math.floor(seconden / 30), 8)).toBe(verwacht);
  });

  it("#10 ACC-MFA six digits are the last six of the RFC's eight (the same truncation)", () => {
    expect(totpCode(RFC_SEED, 1)).toBe("287082");
  });

  it("#10 ACC-MFA base32 both ways, the RFC 4648 examples and a random secret", () => {
    expect(base32(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(uitBase32("MZXW 6YTB OI======").toString()).toBe("foobar");
    const geheim = nieuwTotpGeheim();
    expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32(uitBase32(geheim))).toBe(geheim);
    expect(() => uitBase32("NIET-BASE32-0189")).toThrow();
  });

  it("#10 ACC-MFA a code counts for its own step and one either side, not two", () => {
    const geheim = base32(RFC_SEED);
    const nu = new Date(1_111_111_111_000);
    const stap = Math.floor(1_111_111_111 / 30);
    expect(stapVanCode(geheim, totpCode(RFC_SEED, stap), nu)).toBe(stap);
    expect(stapVanCode(geheim, totpCode(RFC_SEED, stap - 1), nu)).toBe(stap - 1);
    expect(stapVanCode(geheim, totpCode(RFC_SEED, stap + 1), nu)).toBe(stap + 1);
    expect(stapVanCode(geheim, totpCode(RFC_SEED, stap - 2), nu)).toBeUndefined();
    expect(stapVanCode(geheim, totpCode(RFC_SEED, stap + 2), nu)).toBeUndefined();
    expect(stapVanCode(geheim, "000000", nu)).toBeUndefined();
    expect(stapVanCode(geheim, "12345", nu)).toBeUndefined();
  });

  it("#10 ACC-MFA the otpauth:// URI an authenticator app reads", () => {
    expect(otpauthUri("ELK Amstelland", "regiobeheerder", "ABCDEFGH")).toBe(
      "otpauth://totp/ELK%20Amstelland%3Aregiobeheerder?secret=ABCDEFGH&issuer=ELK+Amstelland&algorithm=SHA1&digits=6&period=30",
    );
  });
});

describe("the client address failed sign-ins are counted by (issue #10)", () => {
  const event = (headers: Record<string, string>, sourceIp = "203.0.113.7") =>
    ({ headers, requestContext: { http: { sourceIp } } }) as never;

  it("#10 ACC-03 directly at the API: API Gateway's sourceIp", () => {
    expect(clientAdres(event({}))).toBe("203.0.113.7");
  });

  it("#10 ACC-03 CloudFront's viewer address only with the origin secret; claimed without it, not counted", () => {
    process.env.CLOUDFRONT_ORIGIN_GEHEIM = "geheim-van-de-oorsprong";
    try {
      expect(
        clientAdres(
          event({
            "CloudFront-Viewer-Address": "198.51.100.10:46532",
            "x-elk-origin": "geheim-van-de-oorsprong",
          }),
        ),
      ).toBe("198.51.100.10");
      expect(
        clientAdres(event({ "cloudfront-viewer-address": "198.51.100.10:46532", "x-elk-origin": "fout" })),
      ).toBe(undefined);
      expect(clientAdres(event({ via: "2.0 abc.cloudfront.net (CloudFront)" }))).toBeUndefined();
    } finally {
      delete process.env.CLOUDFRONT_ORIGIN_GEHEIM;
    }
    expect(zonderPoort("2001:db8::1:443")).toBe("2001:db8::1");
    expect(zonderPoort("<script>:1")).toBeUndefined();
  });
});
