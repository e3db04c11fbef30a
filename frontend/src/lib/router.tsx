import { ButtonLink, type ButtonLinkProps, Link, type LinkProps } from "@utrecht/component-library-react";
import { type MouseEvent, useMemo, useSyncExternalStore } from "react";

/**
 * A tiny router on the History API: the pathname, and for a few screens the query string, is all
 * the route state the app needs.
 */
const luisteraars = new Set<() => void>();

function meld(): void {
  for (const luisteraar of luisteraars) luisteraar();
}

function abonneer(luisteraar: () => void): () => void {
  luisteraars.add(luisteraar);
  if (luisteraars.size === 1) window.addEventListener("popstate", meld);
  return () => {
    luisteraars.delete(luisteraar);
    if (luisteraars.size === 0) window.removeEventListener("popstate", meld);
  };
}

export function navigate(naar: string, opties: { replace?: boolean } = {}): void {
  if (naar === window.location.pathname + window.location.search) return;
  if (opties.replace) window.history.replaceState(null, "", naar);
  else window.history.pushState(null, "", naar);
  meld();
}

export function usePathname(): string {
  return useSyncExternalStore(
    abonneer,
    () => window.location.pathname,
    () => "/",
  );
}

/**
 * The query string. A screen keeps the item it has open there (`?school=…`), so a reload or the
 * Back button returns to it.
 */
export function useZoekParameters(): URLSearchParams {
  const zoek = useSyncExternalStore(
    abonneer,
    () => window.location.search,
    () => "",
  );
  return useMemo(() => new URLSearchParams(zoek), [zoek]);
}

/** A plain left click on a link navigates in the app; modified clicks (new tab, …) stay with the browser. */
function klikHandler(href: string, onClick: ((event: MouseEvent<HTMLAnchorElement>) => void) | undefined) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
}

/** A link the router handles itself. */
export function RouterLink({ href, onClick, ...rest }: LinkProps & { href: string }) {
  return <Link {...rest} href={href} onClick={klikHandler(href, onClick)} />;
}

/** A link that looks like a button (the next step of a task), handled by the router. */
export function RouterButtonLink({ href, onClick, ...rest }: ButtonLinkProps & { href: string }) {
  return <ButtonLink {...rest} href={href} onClick={klikHandler(href, onClick)} />;
}
