import type { Bestuur, Nieuwsbericht, School } from "@elk/domain";
import type { DemoAccount } from "./amstelland";

/**
 * A small demo for region Amsterdam, enough to show one registration across both regions
 * (REGION-02). Invented schools and people, example.org addresses; issue #9 completes it.
 */
export const BESTUREN: Bestuur[] = [
  {
    id: "ams-vo",
    naam: "Stichting Voortgezet Onderwijs Amstel (demo)",
    contactpersonen: [{ naam: "Ilse Kramer", email: "i.kramer.amsvo@example.org" }],
  },
  {
    id: "ams-po",
    naam: "Stichting Openbaar Basisonderwijs Amsterdam (demo)",
    contactpersonen: [{ naam: "Youssef Amrani", email: "y.amrani.amspo@example.org" }],
  },
];

const havo = ["vmbo-gl/tl/havo", "havo", "havo/vwo"] as const;
const vwo = ["havo/vwo", "vwo"] as const;

function vo(
  id: string,
  naam: string,
  brin: string,
  straat: string,
  postcode: string,
  telefoon: string,
): School {
  return {
    id,
    bestuurId: "ams-vo",
    officieleNaam: `Stichting ${naam}`,
    naam,
    schooltype: "VO",
    particulier: false,
    brin,
    vestigingscode: "00",
    adres: { straat, huisnummer: "1", postcode, plaats: "Amsterdam" },
    telefoon,
    afdelingen: [
      { id: "havo", naam: "havo", adviezen: [...havo], capaciteit: 90, gelijkwaardigAan: [] },
      { id: "vwo", naam: "vwo", adviezen: [...vwo], capaciteit: 90, gelijkwaardigAan: [] },
    ],
    capaciteitsgroepen: [],
    // No voorrang in Amsterdam since 2024 (RegionConfig.voorkeurslijst.voorrang).
  };
}

export const SCHOLEN: School[] = [
  vo("zuideramstel-college", "Zuideramstel College", "40ZA", "Amstelkade", "1078 AA", "020 - 666 01 10"),
  vo("ij-lyceum", "IJ Lyceum", "41IJ", "IJdok", "1013 MM", "020 - 666 02 20"),
  vo("westerpark-college", "Westerpark College", "42WP", "Haarlemmerweg", "1051 KT", "020 - 666 03 30"),
  vo("oost-gymnasium", "Oost Gymnasium", "43OG", "Linnaeusstraat", "1092 CK", "020 - 666 04 40"),
  vo("noord-college", "Noord College", "44NC", "Buikslotermeerplein", "1025 XL", "020 - 666 05 50"),
  // A havo or vwo list holds 12 schools in Amsterdam: enough demo schools to fill one.
  vo("zuidas-lyceum", "Zuidas Lyceum", "45ZL", "Gustav Mahlerlaan", "1082 MK", "020 - 666 06 60"),
  vo("oud-west-college", "Oud-West College", "46OW", "Kinkerstraat", "1053 DV", "020 - 666 07 70"),
  vo("nieuw-west-lyceum", "Nieuw-West Lyceum", "47NW", "Osdorpplein", "1068 EL", "020 - 666 08 80"),
  vo("de-pijp-college", "De Pijp College", "48DP", "Ferdinand Bolstraat", "1072 LJ", "020 - 666 09 90"),
  vo("watergraafsmeer-lyceum", "Watergraafsmeer Lyceum", "49WM", "Middenweg", "1097 BP", "020 - 666 10 10"),
  vo("jordaan-college", "Jordaan College", "50JC", "Westerstraat", "1015 MJ", "020 - 666 11 11"),
  vo("zuidoost-lyceum", "Zuidoost Lyceum", "51ZO", "Bijlmerplein", "1102 DB", "020 - 666 12 12"),
  vo("ijburg-college", "IJburg College", "52IB", "IJburglaan", "1087 EM", "020 - 666 13 13"),
  {
    id: "obs-de-grachten",
    bestuurId: "ams-po",
    officieleNaam: "Stichting OBS De Grachten",
    naam: "OBS De Grachten",
    schooltype: "PO",
    particulier: false,
    brin: "45GR",
    vestigingscode: "00",
    adres: { straat: "Prinsengracht", huisnummer: "10", postcode: "1015 DV", plaats: "Amsterdam" },
    telefoon: "020 - 666 10 01",
    afdelingen: [],
    capaciteitsgroepen: [],
  },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: "ams-regiobeheerder",
    gebruikersnaam: "regiobeheerder",
    naam: "Ruud Amsterdam",
    email: "regiobeheerder.ams@example.org",
    rollen: ["regiobeheerder"],
    organisatieType: "regio",
    omschrijving: "beheerorganisatie (regio Amsterdam)",
  },
  {
    id: "ams-aanmelder",
    gebruikersnaam: "aanmelder",
    naam: "Anna Aanmelder",
    email: "anna.ams@example.org",
    rollen: ["aanmelden"],
    organisatieType: "vo",
    bestuurId: "ams-vo",
    schoolId: "zuideramstel-college",
    omschrijving: "Aanmelden, Zuideramstel College",
  },
  // Handles the registrations at Zuideramstel College, with Amsterdam's own actions (TRT-13).
  {
    id: "ams-plaatser",
    gebruikersnaam: "plaatser",
    naam: "Priya Plaatser",
    email: "priya.ams@example.org",
    rollen: ["beoordelen-en-plaatsen"],
    organisatieType: "vo",
    bestuurId: "ams-vo",
    schoolId: "zuideramstel-college",
    omschrijving: "Beoordelen en plaatsen, Zuideramstel College",
  },
  // The two-step request to the samenwerkingsverband: one drafts, the other approves and sends.
  {
    id: "ams-swv-opsteller",
    gebruikersnaam: "swv-opsteller",
    naam: "Olga Opsteller",
    email: "olga.ams@example.org",
    rollen: ["aanvragen-swv-opstellen"],
    organisatieType: "vo",
    bestuurId: "ams-vo",
    schoolId: "zuideramstel-college",
    omschrijving: "Aanvragen SWV opstellen, Zuideramstel College",
  },
  {
    id: "ams-swv-accordeur",
    gebruikersnaam: "swv-accordeur",
    naam: "Arjen Accordeur",
    email: "arjen.ams@example.org",
    rollen: ["aanvragen-swv-accorderen-en-versturen"],
    organisatieType: "vo",
    bestuurId: "ams-vo",
    schoolId: "zuideramstel-college",
    omschrijving: "Aanvragen SWV accorderen en versturen, Zuideramstel College",
  },
  {
    id: "ams-po-gebruiker",
    gebruikersnaam: "po-gebruiker",
    naam: "Piet Amsterdam",
    email: "piet.ams@example.org",
    rollen: ["po-gebruiker"],
    organisatieType: "po",
    bestuurId: "ams-po",
    schoolId: "obs-de-grachten",
    omschrijving: "PO-gebruiker, OBS De Grachten",
  },
];

export const NIEUWS: Nieuwsbericht[] = [
  {
    id: "nieuws-ams-welkom",
    titel: "Welkom bij ELK Amsterdam (demo)",
    tekst: "Deze demo laat zien dat een leerling maar in één Kernprocedure aangemeld kan worden.",
    bron: "beheerorganisatie",
    aangemaaktOp: "2026-11-20T09:00:00.000Z",
    gepubliceerdOp: "2026-11-20T09:00:00.000Z",
  },
];
