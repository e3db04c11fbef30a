import type { Actor } from "../autorisatie/actor";
import { type Actie, mag } from "../autorisatie/permissies";
import type { OrganisatieType } from "../organisatie/rollen";
import type { RegionConfig } from "../regio/region-config";

/** A screen of the app. The frontend shows an item only when it has a screen for it. */
export type Scherm =
  | "leerlingen.overzicht"
  | "leerlingen.aanmelden"
  | "leerlingen.po"
  | "leerlingen.toewijzing"
  | "leerlingen.cpl"
  | "leerlingen.swv"
  | "instellingen.kalender"
  | "oso.monitoren"
  | "oso.configureren"
  | "overzichten.status"
  | "overzichten.doorstroomtoets"
  | "instellingen.groepen"
  | "instellingen.gebruikers"
  | "instellingen.scholen"
  | "instellingen.besturen"
  | "instellingen.nieuws"
  | "instellingen.audit"
  | "help.contactpersonen";

export interface MenuItem {
  scherm: Scherm;
  label: string;
}

export interface MenuGroep {
  id: "leerlingen" | "oso" | "overzichten" | "instellingen" | "help";
  label: string;
  items: MenuItem[];
}

interface MenuRegel extends MenuItem {
  actie: Actie;
  /** Other actions that show the item too: a screen shared by two roles. */
  ofActie?: Actie;
  /** The kinds of organisation the screen is for; a role like Beheren exists at PO and VO schools. */
  alleenVoor?: readonly OrganisatieType[];
}

const GROEPEN: ReadonlyArray<{ id: MenuGroep["id"]; label: string; regels: MenuRegel[] }> = [
  {
    id: "leerlingen",
    label: "Leerlingen",
    regels: [
      { scherm: "leerlingen.overzicht", label: "Overzicht", actie: "leerlingen.inzien", alleenVoor: ["vo"] },
      {
        scherm: "leerlingen.aanmelden",
        label: "Aanmelden",
        actie: "leerlingen.aanmelden",
        alleenVoor: ["vo"],
      },
      {
        scherm: "leerlingen.po",
        label: "Leerlingen groep 8",
        actie: "leerlingen.po-beheren",
        alleenVoor: ["po"],
      },
      {
        scherm: "leerlingen.toewijzing",
        label: "Toewijzing corrigeren",
        actie: "behandeling.corrigeren",
        alleenVoor: ["regio"],
      },
      {
        scherm: "leerlingen.cpl",
        label: "Centrale plaatsing en loting",
        actie: "loting.uitvoeren",
        alleenVoor: ["regio"],
      },
      // Amsterdam: the requests to the samenwerkingsverband, for whoever drafts or approves them.
      {
        scherm: "leerlingen.swv",
        label: "Aanvragen SWV",
        actie: "aanvragen-swv.opstellen",
        ofActie: "aanvragen-swv.accorderen",
        alleenVoor: ["vo"],
      },
    ],
  },
  {
    id: "oso",
    label: "OSO",
    regels: [
      // OSO-05: the transfers ELK offers are a VO school's; Beheren exists at primary schools too.
      { scherm: "oso.monitoren", label: "Overdrachten", actie: "oso.monitoren", alleenVoor: ["vo"] },
      { scherm: "oso.configureren", label: "Configureren", actie: "oso.configureren" },
    ],
  },
  {
    id: "overzichten",
    label: "Overzichten",
    regels: [
      {
        scherm: "overzichten.status",
        label: "Status aanmeldingen",
        actie: "overzichten.bekijken",
        alleenVoor: ["vo", "regio"],
      },
      {
        scherm: "overzichten.doorstroomtoets",
        label: "VO – Resultaten doorstroomtoets",
        actie: "overzichten.bekijken",
        alleenVoor: ["vo"],
      },
    ],
  },
  {
    id: "instellingen",
    label: "Instellingen",
    regels: [
      // GRP-01: groups are for VO schools; the role Beheren exists at primary schools too.
      { scherm: "instellingen.groepen", label: "Groepen", actie: "groepen.beheren", alleenVoor: ["vo"] },
      { scherm: "instellingen.gebruikers", label: "Gebruikers", actie: "gebruikers.beheren" },
      { scherm: "instellingen.scholen", label: "Scholen", actie: "scholen.lezen" },
      { scherm: "instellingen.besturen", label: "Besturen", actie: "besturen.beheren" },
      { scherm: "instellingen.nieuws", label: "Nieuws", actie: "nieuws.beheren" },
      { scherm: "instellingen.kalender", label: "Kalender", actie: "kalender.beheren" },
      // Issue #10: every read of personal data and every action while looking along, region-wide.
      { scherm: "instellingen.audit", label: "Auditlog", actie: "audit.bekijken" },
    ],
  },
  {
    id: "help",
    label: "Help",
    regels: [{ scherm: "help.contactpersonen", label: "Contactpersonen", actie: "contactpersonen.lezen" }],
  },
];

/**
 * HOME-02 / HOME-03: the menu depends on role. Leerlingen, OSO and Overzichten form the main
 * menu; Instellingen sits top right; a contactpersoon ELK sees its own options (Scholen, OSO >
 * Configureren) instead of the school's.
 */
export function menuVoor(actor: Actor, config: RegionConfig): MenuGroep[] {
  return GROEPEN.map((groep) => ({
    id: groep.id,
    label: groep.label,
    items: groep.regels
      .filter(
        (regel) =>
          mag(actor, regel.actie, config) ||
          (regel.ofActie !== undefined && mag(actor, regel.ofActie, config)),
      )
      .filter((regel) => !regel.alleenVoor || regel.alleenVoor.includes(actor.organisatieType))
      .map(({ scherm, label }) => ({ scherm, label })),
  })).filter((groep) => groep.items.length > 0);
}
