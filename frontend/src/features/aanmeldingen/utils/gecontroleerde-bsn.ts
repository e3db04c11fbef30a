/**
 * The BSN "Controleren" found free, handed from the overview's dialog to the buitenleerling page.
 * Kept in memory only, never in the URL or the browser's storage: a BSN is personal data. After a
 * reload the page asks for it again.
 */
let gecontroleerd: string | null = null;

export function onthoudGecontroleerdeBsn(bsn: string): void {
  gecontroleerd = bsn;
}

export function gecontroleerdeBsn(): string | null {
  return gecontroleerd;
}

/** The page forgets it when it closes: a later visit starts with "Controleren" again. */
export function vergeetGecontroleerdeBsn(): void {
  gecontroleerd = null;
}
