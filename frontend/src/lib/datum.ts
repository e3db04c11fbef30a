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

/** "9 maart 2027 om 10:15" style: a registration's moment (REG-05), in Dutch time. */
export function formatDatumTijd(iso: string, locale: string): string {
  const datum = new Date(iso);
  if (Number.isNaN(datum.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(datum);
}

/** A calendar day ("2027-03-08", no time) as "8 maart 2027", whatever the browser's zone. */
export function formatDag(dag: string, locale: string): string {
  const datum = new Date(`${dag.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(datum.getTime())) return dag;
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(datum);
}

/** "09-03-2027, 10:15": date and time in a table column (REG-05), in Dutch time. */
export function formatDatumTijdKort(iso: string, locale: string): string {
  const datum = new Date(iso);
  if (Number.isNaN(datum.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(datum);
}
