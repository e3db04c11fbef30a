import type { notitiesNl } from "./nl";

/** English texts of Notities; domain words stay Dutch. */
export const notitiesEn: Record<keyof typeof notitiesNl, string> = {
  "notities.titel": "Notes",
  "notities.geen": "There are no notes on this pupil yet.",
  "notities.lijst": "Notes on the pupil",
  "notities.door": "{door}, {organisatie}",
  "notities.alleenEigen": "Own organisation only",
  "notities.nieuw": "New note",
  "notities.nieuwUitleg":
    "A note is visible to the pupil's primary school and VO school, unless you tick the box below.",
  "notities.verplicht": "Fill in a note.",
  "notities.alleenEigenVeld": "Alleen voor eigen organisatie (own organisation only)",
  "notities.alleenEigenUitleg": "Only the colleagues of your organisation see this note.",
  "notities.plaatsen": "Post note",
  "notities.plaatsenBezig": "Posting…",
  "notities.geplaatst": "The note has been posted.",
};
