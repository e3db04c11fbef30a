import { type RegioPubliek, ROUTES } from "@elk/contracts";
import { useEffect, useState } from "react";
import { roepAan } from "./api-client";

/**
 * Each region is its own deployment of the same frontend build (REGION-01): the public pages ask
 * the API which region this is (GET /api/regio, once per page load) and show its name; the
 * region's colour becomes the accent design token (--elk-accent). Until the answer is in, the
 * neutral "ELK".
 */
let regio: Promise<RegioPubliek> | undefined;

function laadRegio(): Promise<RegioPubliek> {
  regio ??= roepAan(ROUTES.regio, {}).then((r) => {
    if (/^#[0-9a-fA-F]{6}$/.test(r.huisstijl.primaireKleur)) {
      document.documentElement.style.setProperty("--elk-accent", r.huisstijl.primaireKleur);
    }
    return r;
  });
  regio.catch(() => {
    regio = undefined;
  });
  return regio;
}

export function useRegio(): { productNaam: string; naam: string; logo?: string } {
  const [gegevens, setGegevens] = useState<RegioPubliek | undefined>(undefined);
  useEffect(() => {
    let actief = true;
    laadRegio().then(
      (r) => actief && setGegevens(r),
      () => undefined,
    );
    return () => {
      actief = false;
    };
  }, []);
  const logo = gegevens?.huisstijl.logo;
  return {
    productNaam: gegevens?.productNaam ?? "ELK",
    naam: gegevens?.naam ?? "",
    // Only the site's own files or https: the address comes from configuration, not from a user.
    ...(logo && /^(\/[\w./-]+|https:\/\/\S+)$/.test(logo) ? { logo } : {}),
  };
}
