import { RouterLink } from "../../lib/router";

/** The product name as the home link in the header. */
export function Logo({ productNaam, ondertitel }: { productNaam: string; ondertitel: string }) {
  const [eerste = productNaam, ...rest] = productNaam.split(" ");
  return (
    <RouterLink href="/" className="elk-logo">
      <span className="elk-logo__naam">
        <span className="elk-logo__merk">{eerste}</span> {rest.join(" ")}
      </span>
      <span className="elk-logo__ondertitel">{ondertitel}</span>
    </RouterLink>
  );
}
