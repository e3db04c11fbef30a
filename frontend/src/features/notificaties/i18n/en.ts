import type { notificatiesNl } from "./nl";

/** English texts of Notificaties; the messages themselves come from the API in Dutch. */
export const notificatiesEn: Record<keyof typeof notificatiesNl, string> = {
  "notificaties.titel": "Notifications",
  "notificaties.knopMetAantal": "Notifications, {aantal} unread",
  "notificaties.intro":
    "Notifications about the pupils linked to you appear here, newest first. At a VO school you receive them as a contact person of a group the pupil is in.",
  "notificaties.geen": "There are no notifications.",
  "notificaties.ongelezen": "{aantal} unread",
  "notificaties.nieuw": "New",
  "notificaties.markeer": "Mark as read",
  "notificaties.markeerVan": "Mark as read: {tekst}",
  "notificaties.alles": "Mark all as read",
  "notificaties.alleTonen": "All notifications",
  "notificaties.lijst": "Notifications, newest first",
  "notificaties.leerling": "Pupil",
};
