const DAG_MAAND_JAAR = { day: "numeric", month: "long", year: "numeric" } as const;
const UUR_MINUUT = { hour: "2-digit", minute: "2-digit" } as const;

/** An unreadable date is shown as it came, rather than as "Invalid Date". */
function formatteer(
  datum: Date,
  origineel: string,
  locale: string,
  opties: Intl.DateTimeFormatOptions,
): string {
  if (Number.isNaN(datum.getTime())) return origineel;
  return new Intl.DateTimeFormat(locale, opties).format(datum);
}

/** Dates are shown in Dutch time, whatever the browser's zone: the procedure's deadlines are Dutch. */
export function formatDatum(iso: string, locale: string): string {
  return formatteer(new Date(iso), iso, locale, { ...DAG_MAAND_JAAR, timeZone: "Europe/Amsterdam" });
}

/** "9 maart 2027 om 10:15" style: a registration's moment (REG-05), in Dutch time. */
export function formatDatumTijd(iso: string, locale: string): string {
  return formatteer(new Date(iso), iso, locale, {
    ...DAG_MAAND_JAAR,
    ...UUR_MINUUT,
    timeZone: "Europe/Amsterdam",
  });
}

/** A calendar day ("2027-03-08", no time) as "8 maart 2027", whatever the browser's zone. */
export function formatDag(dag: string, locale: string): string {
  // Noon UTC is the same calendar day in every zone; the day is then read back in UTC.
  return formatteer(new Date(`${dag.slice(0, 10)}T12:00:00Z`), dag, locale, {
    ...DAG_MAAND_JAAR,
    timeZone: "UTC",
  });
}

/** "09-03-2027, 10:15": date and time in a table column (REG-05), in Dutch time. */
export function formatDatumTijdKort(iso: string, locale: string): string {
  return formatteer(new Date(iso), iso, locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    ...UUR_MINUUT,
    timeZone: "Europe/Amsterdam",
  });
}
