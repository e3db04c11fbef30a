import type { MenuGroep } from "@elk/contracts";
import type { Taal } from "./taal";

/**
 * The API sends menu labels in Dutch. For English they are looked up by group id and `scherm`;
 * an unknown `scherm` keeps its Dutch label rather than showing a key. Domain words stay Dutch.
 */
const GROEPEN_EN: Record<MenuGroep["id"], string> = {
  leerlingen: "Leerlingen",
  oso: "OSO",
  overzichten: "Overviews",
  instellingen: "Settings",
  help: "Help",
};

const SCHERMEN_EN: Readonly<Record<string, string>> = {
  "leerlingen.overzicht": "Overview",
  "leerlingen.aanmelden": "Aanmelden",
  "leerlingen.po": "Group 8 leerlingen",
  "leerlingen.toewijzing": "Correct an assignment",
  "leerlingen.cpl": "Centrale plaatsing en loting",
  "leerlingen.swv": "Requests to the SWV",
  "oso.monitoren": "Transfers",
  "oso.configureren": "Configure",
  "overzichten.status": "Status of aanmeldingen",
  "overzichten.doorstroomtoets": "VO – doorstroomtoets results",
  "instellingen.groepen": "Groups",
  "instellingen.gebruikers": "Users",
  "instellingen.scholen": "Schools",
  "instellingen.besturen": "Besturen",
  "instellingen.nieuws": "News",
  "instellingen.kalender": "Calendar",
  "instellingen.audit": "Audit log",
  "help.contactpersonen": "Contacts",
};

export function groepLabel(groep: Pick<MenuGroep, "id" | "label">, taal: Taal): string {
  return taal === "en" ? GROEPEN_EN[groep.id] : groep.label;
}

export function schermLabel(item: { scherm: string; label: string }, taal: Taal): string {
  return taal === "en" ? (SCHERMEN_EN[item.scherm] ?? item.label) : item.label;
}
