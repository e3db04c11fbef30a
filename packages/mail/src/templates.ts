import type { RegionConfig } from "@elk/domain";

/** A rendered mail: Dutch, with the region's name and whom to ask (MAIL-01). */
export interface GerenderdeMail {
  onderwerp: string;
  tekst: string;
  html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const datumTijd = (iso: string): string =>
  new Intl.DateTimeFormat("nl-NL", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));

/** Paragraphs (and an optional button link) in a plain layout every mail client shows. */
export function opmaak(
  regio: RegionConfig,
  aanhef: string,
  alineas: string[],
  knop?: { tekst: string; url: string },
  voet: string = voettekst(regio),
): GerenderdeMail["html"] {
  const p = (t: string) => `<p style="margin:0 0 1em">${escapeHtml(t)}</p>`;
  return `<!doctype html><html lang="nl"><body style="font-family:Arial,sans-serif;font-size:15px;color:#1a1a1a;max-width:600px">
<h1 style="font-size:20px;color:${escapeHtml(regio.huisstijl.primaireKleur)}">${escapeHtml(regio.productNaam)}</h1>
${p(aanhef)}${alineas.map(p).join("")}${
  knop
    ? `<p style="margin:1.5em 0"><a href="${escapeHtml(knop.url)}" style="background:${escapeHtml(regio.huisstijl.primaireKleur)};color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(knop.tekst)}</a></p><p style="font-size:13px;color:#555">Werkt de knop niet? Kopieer deze link in je browser: ${escapeHtml(knop.url)}</p>`
    : ""
}
<hr style="border:none;border-top:1px solid #ccc;margin:2em 0 1em">
<p style="font-size:13px;color:#555">${escapeHtml(voet)}</p></body></html>`;
}

function voettekst(regio: RegionConfig): string {
  return `Vragen? Neem contact op met de locatiebeheerder van je school of de contactpersoon ELK van je bestuur. Kom je er niet uit: ${regio.helpdesk.naam}, ${regio.helpdesk.email}, ${regio.helpdesk.telefoon}. Deze e-mail is verstuurd door ${regio.productNaam} namens de ${regio.beheerorganisatie}.`;
}

export function tekstversie(
  aanhef: string,
  alineas: string[],
  regio: RegionConfig,
  link?: string,
  voet: string = voettekst(regio),
): string {
  return [aanhef, ...alineas, ...(link ? [link] : []), "--", voet].join("\n\n");
}

/** Parents ask their child's primary school first, not a locatiebeheerder (ACC-09). */
export function voettekstOuders(regio: RegionConfig): string {
  return `Vragen? Neem contact op met de basisschool van uw kind. Komt u er niet uit: ${regio.helpdesk.naam}, ${regio.helpdesk.email}, ${regio.helpdesk.telefoon}. Deze e-mail is verstuurd door ${regio.productNaam} namens de ${regio.beheerorganisatie}.`;
}

/** ACC-02: the invitation, subject exactly as the manual gives it. */
export function inloggegevensInstellen(
  regio: RegionConfig,
  p: { naam: string; locatieNaam: string; link: string; geldigTot: string },
): GerenderdeMail {
  const aanhef = `Beste ${p.naam},`;
  const alineas = [
    `Er is voor jou een account aangemaakt in ${regio.productNaam} voor ${p.locatieNaam}.`,
    "Klik op de link hieronder om zelf je gebruikersnaam en wachtwoord in te stellen. Standaard staat je e-mailadres als gebruikersnaam ingevuld; dat mag je wijzigen. De gebruikersnaam moet uniek zijn.",
    `De link werkt één keer en is geldig tot ${datumTijd(p.geldigTot)}.`,
  ];
  return {
    onderwerp: "Inloggegevens instellen",
    tekst: tekstversie(aanhef, alineas, regio, p.link),
    html: opmaak(regio, aanhef, alineas, { tekst: "Inloggegevens instellen", url: p.link }),
  };
}

/** ACC-03: after activation the user receives its username. "Bewaar deze mail goed!" */
export function gebruikersnaamBevestiging(
  regio: RegionConfig,
  p: { naam: string; gebruikersnaam: string; locatieNaam: string; appUrl: string },
): GerenderdeMail {
  const aanhef = `Beste ${p.naam},`;
  const alineas = [
    `Je account in ${regio.productNaam} voor ${p.locatieNaam} is ingesteld.`,
    `Je gebruikersnaam is: ${p.gebruikersnaam}`,
    "Bewaar deze mail goed! Als je je wachtwoord vergeten bent, kun je met je gebruikersnaam via 'Wachtwoord vergeten' op de inlogpagina een nieuw wachtwoord instellen. Ben je ook je gebruikersnaam vergeten? Neem dan contact op met je contactpersoon ELK.",
  ];
  return {
    onderwerp: `Je gebruikersnaam voor ${regio.productNaam}`,
    tekst: tekstversie(aanhef, alineas, regio, p.appUrl),
    html: opmaak(regio, aanhef, alineas, { tekst: `Naar ${regio.productNaam}`, url: p.appUrl }),
  };
}

/** ACC-05: "Wachtwoord vergeten". */
export function wachtwoordHerstellen(
  regio: RegionConfig,
  p: { naam: string; gebruikersnaam: string; link: string; geldigTot: string },
): GerenderdeMail {
  const aanhef = `Beste ${p.naam},`;
  const alineas = [
    `Er is gevraagd om een nieuw wachtwoord voor je account "${p.gebruikersnaam}" in ${regio.productNaam}.`,
    `Klik op de link hieronder om een nieuw wachtwoord in te stellen. De link werkt één keer en is geldig tot ${datumTijd(p.geldigTot)}.`,
    "Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft dan gewoon hetzelfde.",
  ];
  return {
    onderwerp: `Nieuw wachtwoord instellen voor ${regio.productNaam}`,
    tekst: tekstversie(aanhef, alineas, regio, p.link),
    html: opmaak(regio, aanhef, alineas, { tekst: "Nieuw wachtwoord instellen", url: p.link }),
  };
}

const datum = (dag: string): string =>
  new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${dag}T12:00:00Z`),
  );

/**
 * ACC-09 / MAIL-01: the ouderinlog. The parents set their own username and password through the
 * link; an address that already has an active login is told the child was added to it.
 */
export function ouderinlog(
  regio: RegionConfig,
  p: {
    kind: string;
    aanmeldperiode: { van: string; tot: string };
    /** Absent when the address already has an active login. */
    link?: { url: string; geldigTot: string };
    appUrl: string;
  },
): GerenderdeMail {
  const aanhef = "Beste ouder/verzorger,";
  const alineas = [
    `Uw kind ${p.kind} kan via het ouderportaal van ${regio.productNaam} worden aangemeld bij een school voor voortgezet onderwijs. Dat kan in de aanmeldperiode: van ${datum(p.aanmeldperiode.van)} tot en met ${datum(p.aanmeldperiode.tot)}.`,
    p.link
      ? `Met de link hieronder stelt u zelf uw gebruikersnaam en wachtwoord in. Standaard staat uw e-mailadres als gebruikersnaam ingevuld; dat mag u wijzigen. De link werkt één keer en is geldig tot ${datumTijd(p.link.geldigTot)}.`
      : `U heeft al een inlog voor het ouderportaal: log in met uw eigen gebruikersnaam en wachtwoord, dan ziet u ${p.kind} erbij staan. Wachtwoord vergeten? Kies dan 'Wachtwoord vergeten' op de inlogpagina.`,
    "Er is één inlog per e-mailadres. Gaan er dit jaar meer kinderen met dit e-mailadres naar het voortgezet onderwijs, dan ziet u ze allemaal met dezelfde inlog.",
  ];
  const knop = p.link
    ? { tekst: "Inloggegevens instellen", url: p.link.url }
    : { tekst: "Naar het ouderportaal", url: p.appUrl };
  const voet = voettekstOuders(regio);
  return {
    onderwerp: `Ouderinlog ${regio.productNaam}`,
    tekst: tekstversie(aanhef, alineas, regio, knop.url, voet),
    html: opmaak(regio, aanhef, alineas, knop, voet),
  };
}
