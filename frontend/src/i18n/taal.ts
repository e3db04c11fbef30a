import { en } from "./en";
import { type MessageKey, type Messages, nl } from "./nl";

export type Taal = "nl" | "en";
export const TALEN: readonly Taal[] = ["nl", "en"];

const BERICHTEN: Record<Taal, Messages> = { nl, en };

/** BCP 47 locale used to format dates and numbers in each UI language. */
export const LOCALE: Record<Taal, string> = { nl: "nl-NL", en: "en-GB" };

export type Params = Readonly<Record<string, string | number>>;

export function vertaal(taal: Taal, key: MessageKey, params?: Params): string {
  const sjabloon = BERICHTEN[taal][key];
  if (!params) return sjabloon;
  return sjabloon.replace(/\{(\w+)\}/g, (geheel, naam: string) => {
    const waarde = params[naam];
    return waarde === undefined ? geheel : String(waarde);
  });
}

export function isTaal(waarde: unknown): waarde is Taal {
  return waarde === "nl" || waarde === "en";
}
