/** Dates are shown in Dutch time, whatever the browser's zone: the procedure's deadlines are Dutch. */
export function formatDatum(iso: string, locale: string): string {
  const datum = new Date(iso);
  if (Number.isNaN(datum.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(datum);
}
