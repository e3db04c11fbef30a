import { OngeldigeInvoerFout } from "../fouten/domein-fout";

/**
 * The ELK-nummer: a pupil's unique number across both Kernprocedures, issued from the shared
 * registry's counter. Nine digits with leading zeros; a buitenleerling's starts with "B" (REG-08).
 * "Je hoeft niet alle voorloopnullen van het ELK-leerlingnummer over te nemen" (REG-09).
 */
export const ELK_NUMMER_LENGTE = 9;

export function elkNummerVoor(volgnummer: number, buitenleerling: boolean): string {
  if (!Number.isSafeInteger(volgnummer) || volgnummer < 1) throw new Error(`invalid sequence ${volgnummer}`);
  const cijfers = String(volgnummer).padStart(
    buitenleerling ? ELK_NUMMER_LENGTE - 1 : ELK_NUMMER_LENGTE,
    "0",
  );
  return buitenleerling ? `B${cijfers}` : cijfers;
}

export function isBuitenleerlingNummer(elkNummer: string): boolean {
  return elkNummer.startsWith("B");
}

/** What a user typed, leading zeros optional, to the stored form; refuses what cannot be an ELK-nummer. */
export function normaliseerElkNummer(invoer: string): string {
  const schoon = invoer.replace(/\s/g, "").toUpperCase();
  const m = /^(B?)(\d{1,9})$/.exec(schoon);
  const cijfers = m?.[2];
  const buiten = m?.[1] === "B";
  if (!cijfers || Number(cijfers) === 0 || cijfers.replace(/^0+/, "").length > (buiten ? 8 : 9)) {
    throw new OngeldigeInvoerFout("Dit is geen geldig ELK-nummer.", {
      elkNummer:
        "Een ELK-nummer bestaat uit cijfers (voorloopnullen mag je weglaten), bij een buitenleerling met een B ervoor.",
    });
  }
  return elkNummerVoor(Number(cijfers), buiten);
}
