import type { MenuGroep } from "@elk/contracts";

/**
 * The screens this frontend has built, by the API's `scherm` id, with their path.
 * A menu item is shown only when the API lists it AND it is here: the API may already grant
 * screens that a later issue builds.
 */
export const SCREENS = {
  "leerlingen.overzicht": "/leerlingen/overzicht",
  "leerlingen.aanmelden": "/leerlingen/aanmelden",
  "leerlingen.po": "/leerlingen/po",
  "leerlingen.toewijzing": "/leerlingen/toewijzing",
  "leerlingen.cpl": "/leerlingen/centrale-plaatsing",
  "leerlingen.swv": "/leerlingen/aanvragen-swv",
  "oso.monitoren": "/oso/overdrachten",
  "oso.configureren": "/oso/configureren",
  "overzichten.status": "/overzichten/status",
  "overzichten.doorstroomtoets": "/overzichten/doorstroomtoets",
  "instellingen.groepen": "/instellingen/groepen",
  "instellingen.scholen": "/instellingen/scholen",
  "instellingen.gebruikers": "/instellingen/gebruikers",
  "instellingen.besturen": "/instellingen/besturen",
  "instellingen.nieuws": "/instellingen/nieuws",
  "instellingen.kalender": "/instellingen/kalender",
  "instellingen.audit": "/instellingen/auditlog",
  "help.contactpersonen": "/help/contactpersonen",
} as const satisfies Record<string, `/${string}`>;

export type Scherm = keyof typeof SCREENS;

export function isGebouwd(scherm: string): scherm is Scherm {
  return Object.hasOwn(SCREENS, scherm);
}

export interface ZichtbaarItem {
  scherm: Scherm;
  label: string;
  pad: string;
}

export interface ZichtbareGroep {
  id: MenuGroep["id"];
  label: string;
  items: ZichtbaarItem[];
}

/** The API's menu reduced to built screens; groups left without items disappear. */
export function zichtbaarMenu(menu: readonly MenuGroep[]): ZichtbareGroep[] {
  return menu
    .map((groep) => ({
      id: groep.id,
      label: groep.label,
      items: groep.items.flatMap((item) =>
        isGebouwd(item.scherm) ? [{ scherm: item.scherm, label: item.label, pad: SCREENS[item.scherm] }] : [],
      ),
    }))
    .filter((groep) => groep.items.length > 0);
}

/** The screen a path belongs to, for paths that are a screen of the menu. */
export function schermVoorPad(pad: string): Scherm | undefined {
  return (Object.keys(SCREENS) as Scherm[]).find((scherm) => SCREENS[scherm] === pad);
}

/** "/help/contactpersonen/" and "/help/contactpersonen" are the same screen. */
export function normaliseerPad(pad: string): string {
  return pad.replace(/\/+$/, "") || "/";
}
