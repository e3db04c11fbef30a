import type { Advies, Afdeling, Bestuur, Nieuwsbericht, Rol, School } from "@elk/domain";

/**
 * Demo data for region Amstelland. The besturen are the 19 rows of the manual's closing table
 * ("Overzicht contactpersonen ELK per bestuur"); the people, addresses, phone numbers and BRIN
 * codes are invented and every e-mail address is an example.org address: no real person is ever
 * mailed from a demo (ORG-05).
 */
const cp = (naam: string, slug: string) => ({ naam, email: `${slug}@example.org` });

export const BESTUREN: Bestuur[] = [
  {
    id: "dunamare",
    naam: "Dunamare Onderwijsgroep",
    contactpersonen: [cp("Noor Steenbergen", "n.steenbergen.dunamare")],
  },
  { id: "educatis", naam: "Educatis", contactpersonen: [cp("Thijs Bakker", "t.bakker.educatis")] },
  { id: "jong-leren", naam: "Jong Leren", contactpersonen: [cp("Pim Schouten", "p.schouten.jongleren")] },
  { id: "aloysius", naam: "St Aloysius", contactpersonen: [cp("Marieke Post", "m.post.aloysius")] },
  {
    id: "amstelwijs",
    naam: "Stichting Amstelwijs",
    contactpersonen: [cp("Bregje Lammers", "b.lammers.amstelwijs"), cp("Anouk Brouwer", "ict.amstelwijs")],
  },
  { id: "auro", naam: "St Auro Openbaar PO", contactpersonen: [cp("Eva Bosman", "e.bosman.auro")] },
  {
    id: "cedergroep",
    naam: "St Cedergroep",
    contactpersonen: [cp("Paul van den Berg", "p.vandenberg.cedergroep")],
  },
  { id: "iris-cvo", naam: "St Iris CVO", contactpersonen: [cp("Annelies de Vries", "a.devries.iriscvo")] },
  {
    id: "koa",
    naam: "St Katholiek Onderwijs Aalsmeer",
    contactpersonen: [cp("Carmen van Dijk", "c.vandijk.koa")],
  },
  {
    id: "alkwin",
    naam: "St Keizer Karel (Alkwin Kollege)",
    contactpersonen: [cp("Daan Zuidema", "d.zuidema.alkwin")],
  },
  {
    id: "kkc",
    naam: "St Keizer Karel (KKC)",
    // One row with two people, as the manual's table has it.
    contactpersonen: [cp("Jolanda Coenen/Marit Vermeer", "j.coenen.kkc")],
  },
  { id: "oga", naam: "St Onderwijsgroep Amstelland", contactpersonen: [cp("Carla Timmer", "c.timmer.oga")] },
  {
    id: "ovo-amstelveen",
    naam: "St Openbaar VO Amstelveen",
    contactpersonen: [cp("Sanne Wilbrink", "s.wilbrink.ovo")],
  },
  {
    id: "sou",
    naam: "St School of Understanding Nederland",
    contactpersonen: [cp("Jet Eilander", "j.eilander.sou")],
  },
  {
    id: "geert-groote",
    naam: "Stichting Geert Groote School",
    contactpersonen: [cp("Karin Vos", "k.vos.geertgroote")],
  },
  { id: "yuverta", naam: "St Yuverta", contactpersonen: [cp("Erik Huisman", "e.huisman.yuverta")] },
  {
    id: "wijzer",
    naam: "St Wijzer aan de Amstel",
    contactpersonen: [cp("Bram van Straalen", "b.vanstraalen.wijzer")],
  },
  {
    id: "florencius",
    naam: "Florencius (particulier)",
    contactpersonen: [cp("Joost Roelants", "j.roelants.florencius")],
  },
];

const ALLE_ADVIEZEN = {
  pro: ["PrO"],
  vmbo: ["vmbo-b", "vmbo-b/k", "vmbo-k", "vmbo-k/gl-tl", "vmbo-gl/tl"],
  mavo: ["vmbo-gl/tl", "vmbo-gl/tl/havo"],
  havo: ["vmbo-gl/tl/havo", "havo", "havo/vwo"],
  havoVwo: ["havo/vwo"],
  vwo: ["havo/vwo", "vwo"],
} satisfies Record<string, readonly Advies[]>;

function afd(id: string, naam: string, adviezen: readonly Advies[], capaciteit: number): Afdeling {
  return { id, naam, adviezen, capaciteit, gelijkwaardigAan: [] };
}

interface SchoolSeed {
  id: string;
  bestuurId: string;
  naam: string;
  officieleNaam?: string;
  schooltype: "PO" | "VO";
  particulier?: boolean;
  brin: string;
  vestigingscode?: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  telefoon: string;
  afdelingen?: Afdeling[];
}

const SCHOLEN_SEED: SchoolSeed[] = [
  // VO
  {
    id: "amstelveen-college",
    bestuurId: "ovo-amstelveen",
    naam: "Amstelveen College",
    schooltype: "VO",
    brin: "20AC",
    straat: "Lindenlaan",
    huisnummer: "12",
    postcode: "1185 LA",
    plaats: "Amstelveen",
    telefoon: "020 - 555 01 10",
    afdelingen: [
      afd("mavo", "vmbo-gl/tl (mavo)", ALLE_ADVIEZEN.mavo, 60),
      afd("havo", "havo", ALLE_ADVIEZEN.havo, 90),
      afd("havo-vwo", "havo/vwo", ALLE_ADVIEZEN.havoVwo, 120),
      afd("vwo", "vwo", ALLE_ADVIEZEN.vwo, 90),
      afd("vwo-tto", "vwo tweetalig", ALLE_ADVIEZEN.vwo, 56),
    ],
  },
  {
    id: "amstelveen-college-westwijk",
    bestuurId: "ovo-amstelveen",
    naam: "Amstelveen College Westwijk",
    schooltype: "VO",
    brin: "20AC",
    vestigingscode: "01",
    straat: "Poortwachter",
    huisnummer: "4",
    postcode: "1188 BK",
    plaats: "Amstelveen",
    telefoon: "020 - 555 01 20",
    afdelingen: [
      afd("vmbo", "vmbo basis/kader", ALLE_ADVIEZEN.vmbo, 64),
      afd("mavo", "vmbo-gl/tl (mavo)", ALLE_ADVIEZEN.mavo, 48),
    ],
  },
  {
    id: "keizer-karel-college",
    bestuurId: "kkc",
    naam: "Keizer Karel College",
    schooltype: "VO",
    brin: "21KK",
    straat: "Karelslaan",
    huisnummer: "3",
    postcode: "1181 KK",
    plaats: "Amstelveen",
    telefoon: "020 - 555 02 20",
    afdelingen: [
      afd("havo", "havo", ALLE_ADVIEZEN.havo, 112),
      afd("havo-vwo", "havo/vwo", ALLE_ADVIEZEN.havoVwo, 140),
      afd("vwo", "vwo (gymnasium)", ALLE_ADVIEZEN.vwo, 84),
    ],
  },
  {
    id: "alkwin-kollege",
    bestuurId: "alkwin",
    naam: "Alkwin Kollege",
    schooltype: "VO",
    brin: "22AK",
    straat: "Weegbreestraat",
    huisnummer: "7",
    postcode: "1422 DE",
    plaats: "Uithoorn",
    telefoon: "0297 - 55 03 30",
    afdelingen: [
      afd("mavo", "mavo", ALLE_ADVIEZEN.mavo, 56),
      afd("havo-vwo", "havo/vwo", [...ALLE_ADVIEZEN.havo, "vwo"], 150),
    ],
  },
  {
    id: "hermann-wesselink",
    bestuurId: "oga",
    naam: "Hermann Wesselink College",
    schooltype: "VO",
    brin: "23HW",
    straat: "Startbaan",
    huisnummer: "21",
    postcode: "1187 XR",
    plaats: "Amstelveen",
    telefoon: "020 - 555 04 40",
    afdelingen: [
      afd("havo", "havo", ALLE_ADVIEZEN.havo, 100),
      afd("vwo", "vwo", ALLE_ADVIEZEN.vwo, 100),
      afd("vwo-tto", "vwo tweetalig", ALLE_ADVIEZEN.vwo, 28),
    ],
  },
  {
    id: "panta-rhei",
    bestuurId: "oga",
    naam: "Panta Rhei",
    schooltype: "VO",
    brin: "23HW",
    vestigingscode: "01",
    straat: "Bovenkerkerweg",
    huisnummer: "90",
    postcode: "1188 XC",
    plaats: "Amstelveen",
    telefoon: "020 - 555 04 41",
    afdelingen: [
      afd("vmbo", "vmbo basis/kader", ALLE_ADVIEZEN.vmbo, 96),
      afd("mavo", "vmbo-gl/tl", ALLE_ADVIEZEN.mavo, 48),
    ],
  },
  {
    id: "praktijkschool-uithoorn",
    bestuurId: "dunamare",
    naam: "Praktijkschool Uithoorn",
    schooltype: "VO",
    brin: "24PU",
    straat: "Legmeerdijk",
    huisnummer: "5",
    postcode: "1421 AZ",
    plaats: "Uithoorn",
    telefoon: "0297 - 55 05 50",
    afdelingen: [afd("pro", "praktijkonderwijs", ALLE_ADVIEZEN.pro, 40)],
  },
  {
    id: "thamen-college",
    bestuurId: "iris-cvo",
    naam: "Thamen College",
    schooltype: "VO",
    brin: "25TC",
    straat: "Arthur van Schendellaan",
    huisnummer: "100",
    postcode: "1422 NM",
    plaats: "Uithoorn",
    telefoon: "0297 - 55 06 60",
    afdelingen: [
      afd("vmbo", "vmbo", ALLE_ADVIEZEN.vmbo, 80),
      afd("havo-vwo", "havo/vwo", [...ALLE_ADVIEZEN.havo, "vwo"], 90),
    ],
  },
  {
    id: "yuverta-aalsmeer",
    bestuurId: "yuverta",
    naam: "Yuverta vmbo Aalsmeer",
    schooltype: "VO",
    brin: "26YA",
    straat: "Hornweg",
    huisnummer: "40",
    postcode: "1432 GE",
    plaats: "Aalsmeer",
    telefoon: "0297 - 55 07 70",
    afdelingen: [afd("vmbo", "vmbo groen", ALLE_ADVIEZEN.vmbo, 72)],
  },
  {
    id: "school-of-understanding",
    bestuurId: "sou",
    naam: "School of Understanding",
    schooltype: "VO",
    brin: "27SU",
    straat: "Oranjebaan",
    huisnummer: "8",
    postcode: "1183 NN",
    plaats: "Amstelveen",
    telefoon: "020 - 555 08 80",
    afdelingen: [afd("havo-vwo", "havo/vwo", [...ALLE_ADVIEZEN.havo, "vwo"], 30)],
  },
  // PO
  {
    id: "obs-de-populier",
    bestuurId: "amstelwijs",
    naam: "OBS De Populier",
    schooltype: "PO",
    brin: "30PA",
    straat: "Populierenlaan",
    huisnummer: "2",
    postcode: "1185 SB",
    plaats: "Amstelveen",
    telefoon: "020 - 555 10 01",
  },
  {
    id: "obs-het-startpunt",
    bestuurId: "amstelwijs",
    naam: "OBS Het Startpunt",
    schooltype: "PO",
    brin: "30PB",
    straat: "Sportlaan",
    huisnummer: "15",
    postcode: "1186 DT",
    plaats: "Amstelveen",
    telefoon: "020 - 555 10 02",
  },
  {
    id: "obs-de-windroos",
    bestuurId: "auro",
    naam: "OBS De Windroos",
    schooltype: "PO",
    brin: "31WR",
    straat: "Zwarteweg",
    huisnummer: "9",
    postcode: "1431 VK",
    plaats: "Aalsmeer",
    telefoon: "0297 - 55 11 01",
  },
  {
    id: "obs-de-kajuit",
    bestuurId: "auro",
    naam: "OBS De Kajuit",
    schooltype: "PO",
    brin: "31KJ",
    straat: "Kapelstraat",
    huisnummer: "4",
    postcode: "1191 BX",
    plaats: "Ouderkerk aan de Amstel",
    telefoon: "020 - 555 11 02",
  },
  {
    id: "cbs-de-ark",
    bestuurId: "cedergroep",
    naam: "CBS De Ark",
    schooltype: "PO",
    brin: "32AR",
    straat: "Dorpsstraat",
    huisnummer: "44",
    postcode: "1421 AC",
    plaats: "Uithoorn",
    telefoon: "0297 - 55 12 01",
  },
  {
    id: "rkbs-oosteinde",
    bestuurId: "koa",
    naam: "RKBS Oosteinde",
    schooltype: "PO",
    brin: "33OE",
    straat: "Oosteinderweg",
    huisnummer: "210",
    postcode: "1432 AZ",
    plaats: "Aalsmeer",
    telefoon: "0297 - 55 13 01",
  },
  {
    id: "de-kwikstaart",
    bestuurId: "wijzer",
    naam: "De Kwikstaart",
    schooltype: "PO",
    brin: "34KW",
    straat: "Amsteldijk",
    huisnummer: "31",
    postcode: "1191 AC",
    plaats: "Ouderkerk aan de Amstel",
    telefoon: "020 - 555 14 01",
  },
  {
    id: "vrije-school-parcival",
    bestuurId: "geert-groote",
    naam: "Vrije School Parcival",
    schooltype: "PO",
    brin: "35VP",
    straat: "Parcivalweg",
    huisnummer: "6",
    postcode: "1183 AS",
    plaats: "Amstelveen",
    telefoon: "020 - 555 15 01",
  },
  {
    id: "jong-leren-noord",
    bestuurId: "jong-leren",
    naam: "Basisschool Jong Leren Noord",
    schooltype: "PO",
    brin: "36JL",
    straat: "Noordlaan",
    huisnummer: "1",
    postcode: "1182 KL",
    plaats: "Amstelveen",
    telefoon: "020 - 555 16 01",
  },
  {
    id: "sbo-de-brug",
    bestuurId: "educatis",
    naam: "SBO De Brug",
    schooltype: "PO",
    brin: "37DB",
    straat: "Brugweg",
    huisnummer: "11",
    postcode: "1424 AB",
    plaats: "De Kwakel",
    telefoon: "0297 - 55 17 01",
  },
  {
    id: "so-aloysius",
    bestuurId: "aloysius",
    naam: "Aloysiusschool Amstelveen (SO)",
    schooltype: "PO",
    brin: "38AS",
    straat: "Keizer Karelweg",
    huisnummer: "50",
    postcode: "1181 RJ",
    plaats: "Amstelveen",
    telefoon: "020 - 555 18 01",
  },
  {
    id: "florencius-amstelveen",
    bestuurId: "florencius",
    naam: "Florencius Amstelveen",
    schooltype: "PO",
    particulier: true,
    brin: "39FL",
    straat: "Laan van Langerhuize",
    huisnummer: "1",
    postcode: "1186 DS",
    plaats: "Amstelveen",
    telefoon: "020 - 555 19 01",
  },
];

/** REG-03: which schools offer voorrang at the 1st choice (invented for the demo). */
const VOORRANG: Record<string, School["voorrangsregels"]> = {
  "amstelveen-college": ["broer-zus", "kind-medewerker"],
  "amstelveen-college-westwijk": ["broer-zus", "kind-medewerker"],
  "keizer-karel-college": ["broer-zus"],
  "hermann-wesselink": ["broer-zus", "kind-medewerker"],
};

export const SCHOLEN: School[] = SCHOLEN_SEED.map((s) => ({
  id: s.id,
  bestuurId: s.bestuurId,
  officieleNaam: s.officieleNaam ?? `Stichting ${s.naam}`,
  naam: s.naam,
  schooltype: s.schooltype,
  particulier: s.particulier ?? false,
  brin: s.brin,
  vestigingscode: s.vestigingscode ?? "00",
  adres: { straat: s.straat, huisnummer: s.huisnummer, postcode: s.postcode, plaats: s.plaats },
  telefoon: s.telefoon,
  afdelingen: s.afdelingen ?? [],
  capaciteitsgroepen: [],
  voorrangsregels: VOORRANG[s.id] ?? [],
}));

/** The one password of every demo account; printed on start. Never used outside a local stack. */
export const DEMO_WACHTWOORD = "Demo-ELK-2026!";

/**
 * Issue #10: the TOTP secret (base32) of the demo accounts that must sign in with a second factor
 * (regiobeheerder, contactpersoon ELK); `npm start` prints it for an authenticator app, the test
 * helpers compute its codes. Demo data only: real accounts set up their own at first sign-in.
 */
export const DEMO_TOTP_GEHEIM = "ELKDEMOTOTPGEHEIMNIETVOORPRODUKT";

export interface DemoAccount {
  id: string;
  gebruikersnaam: string;
  naam: string;
  email: string;
  rollen: Rol[];
  organisatieType: "regio" | "bestuur" | "vo" | "po";
  bestuurId?: string;
  schoolId?: string;
  omschrijving: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: "demo-regiobeheerder",
    gebruikersnaam: "regiobeheerder",
    naam: "Rianne Beheer",
    email: "regiobeheerder@example.org",
    rollen: ["regiobeheerder"],
    organisatieType: "regio",
    omschrijving: "beheerorganisatie (regio)",
  },
  {
    id: "demo-contactpersoon",
    gebruikersnaam: "contactpersoon",
    naam: "Sanne Wilbrink",
    email: "s.wilbrink.ovo@example.org",
    rollen: ["contactpersoon-elk"],
    organisatieType: "bestuur",
    bestuurId: "ovo-amstelveen",
    omschrijving: "contactpersoon ELK, St Openbaar VO Amstelveen",
  },
  {
    id: "demo-locatiebeheerder",
    gebruikersnaam: "locatiebeheerder",
    naam: "Lotte Beheerder",
    email: "lotte@example.org",
    rollen: ["beheren"],
    organisatieType: "vo",
    bestuurId: "ovo-amstelveen",
    schoolId: "amstelveen-college",
    omschrijving: "locatiebeheerder (Beheren), Amstelveen College",
  },
  {
    id: "demo-aanmelder",
    gebruikersnaam: "aanmelder",
    naam: "Ahmed Aanmelder",
    email: "ahmed@example.org",
    rollen: ["aanmelden"],
    organisatieType: "vo",
    bestuurId: "ovo-amstelveen",
    schoolId: "amstelveen-college",
    omschrijving: "Aanmelden, Amstelveen College",
  },
  {
    id: "demo-plaatser",
    gebruikersnaam: "plaatser",
    naam: "Petra Plaatsing",
    email: "petra@example.org",
    rollen: ["beoordelen-en-plaatsen"],
    organisatieType: "vo",
    bestuurId: "ovo-amstelveen",
    schoolId: "amstelveen-college",
    omschrijving: "Beoordelen en plaatsen, Amstelveen College",
  },
  {
    id: "demo-po-gebruiker",
    gebruikersnaam: "po-gebruiker",
    naam: "Pieter Groep8",
    email: "pieter@example.org",
    rollen: ["po-gebruiker"],
    organisatieType: "po",
    bestuurId: "amstelwijs",
    schoolId: "obs-de-populier",
    omschrijving: "PO-gebruiker, OBS De Populier",
  },
  {
    id: "demo-plaatser-kkc",
    gebruikersnaam: "plaatser-kkc",
    naam: "Karin Karelse",
    email: "karin@example.org",
    rollen: ["beoordelen-en-plaatsen"],
    organisatieType: "vo",
    bestuurId: "kkc",
    schoolId: "keizer-karel-college",
    omschrijving: "Beoordelen en plaatsen, Keizer Karel College (school van een 2e keuze, TRT-08)",
  },
  {
    id: "demo-po-startpunt",
    gebruikersnaam: "po-startpunt",
    naam: "Sara Startpunt",
    email: "sara@example.org",
    rollen: ["po-gebruiker"],
    organisatieType: "po",
    bestuurId: "amstelwijs",
    schoolId: "obs-het-startpunt",
    omschrijving: "PO-gebruiker, OBS Het Startpunt (een andere basisschool)",
  },
];

export const NIEUWS: Nieuwsbericht[] = [
  {
    id: "nieuws-aanmeldperiode-2027",
    titel: "Aanmeldperiode Kernprocedure 2027",
    tekst:
      "De centrale aanmeldperiode voor het voortgezet onderwijs loopt van maandag 8 maart tot en met vrijdag 19 maart 2027. Ouders melden hun kind aan via het ouderportaal; leerlingen met een PrO-advies worden zoals gebruikelijk door de school aangemeld.",
    bron: "beheerorganisatie",
    aangemaaktOp: "2026-11-16T09:00:00.000Z",
    gepubliceerdOp: "2026-11-16T09:00:00.000Z",
  },
  {
    id: "nieuws-inlognaam-per-locatie",
    titel: "Nieuw in ELK: een eigen inlognaam per schoollocatie",
    tekst:
      "Werk je op meer dan één schoollocatie? Dan heb je per locatie een account, met hetzelfde e-mailadres maar een eigen gebruikersnaam. Onder het gebruikersmenu zie je altijd op welke locatie je bent ingelogd.",
    bron: "ELK",
    aangemaaktOp: "2026-11-23T09:00:00.000Z",
    gepubliceerdOp: "2026-11-23T09:00:00.000Z",
  },
];
