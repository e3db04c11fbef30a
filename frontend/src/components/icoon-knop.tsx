import { Button } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import "./icoon-knop.css";

/** Line icons for row actions; the button around them carries the accessible name. */
const ICONEN = {
  /** The manual's pencil: "klik je op dit symbool zodat je de gegevens kan aanpassen". */
  potlood: (
    <>
      <path d="M12 20h9" />
      <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />
    </>
  ),
  verwijderen: (
    <>
      <path d="M3 6h18" />
      <path d="M8 6V4h8v2" />
      <path d="M6 6l1 14h10l1-14" />
      <path d="M10 11v6M14 11v6" />
    </>
  ),
  resetten: (
    <>
      <path d="M3 12a9 9 0 1 0 3-6.7" />
      <path d="M3 4v5h5" />
    </>
  ),
  /** Blokkeren: a closed padlock. */
  slot: (
    <>
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </>
  ),
  /** Deblokkeren: an open padlock. */
  slotOpen: (
    <>
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 7.8-1.2" />
    </>
  ),
  /** Meekijken: an eye. */
  oog: (
    <>
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
} satisfies Record<string, ReactNode>;

export type Icoon = keyof typeof ICONEN;

export function IcoonSvg({ icoon }: { icoon: Icoon }) {
  return (
    <svg
      className="elk-icoon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {ICONEN[icoon]}
    </svg>
  );
}

/** A square button showing only an icon; `label` is its accessible name and tooltip. */
export function IcoonKnop(props: {
  icoon: Icoon;
  label: string;
  /** Shorter text for the tooltip, when the accessible name repeats what the row already says. */
  titel?: string;
  onClick: () => void;
  disabled?: boolean;
  /** The action of this button is under way. */
  bezig?: boolean;
}) {
  const { icoon, label, titel, onClick, disabled, bezig } = props;
  return (
    <Button
      type="button"
      appearance="subtle-button"
      className="elk-icoon-knop"
      aria-label={label}
      title={titel ?? label}
      onClick={onClick}
      disabled={disabled}
      busy={bezig}
    >
      <IcoonSvg icoon={icoon} />
    </Button>
  );
}
