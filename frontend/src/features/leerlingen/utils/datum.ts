/** A calendar day ("2014-05-12") as "12-05-2014", the way Dutch schools write a date of birth. */
export function korteDag(dag: string): string {
  const [jaar, maand, dagVanMaand] = dag.slice(0, 10).split("-");
  return jaar && maand && dagVanMaand ? `${dagVanMaand}-${maand}-${jaar}` : dag;
}

/** A moment as its Dutch calendar day, "30-11-2026" (en: "30/11/2026"): a table column's date. */
export function korteDatum(iso: string, locale: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(moment);
}
