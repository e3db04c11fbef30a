import type { ReactNode } from "react";

/** Small line icons for the row actions; the button around them carries the accessible name. */
function Icoon({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** The manual's pencil: edit. */
export function PotloodIcoon() {
  return (
    <Icoon>
      <path d="M12 20h9" />
      <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />
    </Icoon>
  );
}

export function ResettenIcoon() {
  return (
    <Icoon>
      <path d="M3 12a9 9 0 1 0 3-6.7" />
      <path d="M3 4v5h5" />
    </Icoon>
  );
}

/** Meekijken: an eye. */
export function OogIcoon() {
  return (
    <Icoon>
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
    </Icoon>
  );
}
