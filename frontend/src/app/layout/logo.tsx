import { useRegio } from "../../lib/regio";
import { RouterLink } from "../../lib/router";

/**
 * The region's emblem (RegionConfig huisstijl.logo, REGION-01) and the product name as the home
 * link in the header. The emblem is decoration: the name beside it is the link's text.
 */
export function Logo({ productNaam, ondertitel }: { productNaam: string; ondertitel: string }) {
  const { logo } = useRegio();
  const [eerste = productNaam, ...rest] = productNaam.split(" ");
  return (
    <RouterLink href="/" className="elk-logo">
      {logo && <img className="elk-logo__beeld" src={logo} alt="" width={48} height={48} />}
      <span className="elk-logo__tekst">
        <span className="elk-logo__naam">
          <span className="elk-logo__merk">{eerste}</span> {rest.join(" ")}
        </span>
        <span className="elk-logo__ondertitel">{ondertitel}</span>
      </span>
    </RouterLink>
  );
}
