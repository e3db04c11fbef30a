import { randomUUID } from "node:crypto";
import { contactpersonenVanAanmelding } from "@elk/data";
import { describe, expect, it } from "vitest";
import { DEMO_WACHTWOORD } from "../support/api";
import { browserPerBestand, openMenu, signIn } from "../support/browser";
import { stackDb, stuurNotificatie } from "../support/groepen";
import { aangemeldKind } from "../support/leerlingen";

describe("groepen and notificaties (browser)", () => {
  const { nieuwePagina } = browserPerBestand();

  it("GRP-01 GRP-02 GRP-04 a VO user makes a group with a pupil and a contact, who sees the pupil's notification top right", async () => {
    const kind = await aangemeldKind();
    const naam = `Aanmeldingen havo ${randomUUID().slice(0, 6)}`;

    // GRP-01: Instellingen > Groepen > "Groep toevoegen", as the manual shows it.
    const aanmelder = await nieuwePagina();
    await signIn(aanmelder, "aanmelder", DEMO_WACHTWOORD);
    await openMenu(aanmelder, "Instellingen");
    await aanmelder
      .getByRole("navigation", { name: "Servicemenu" })
      .getByRole("link", { name: "Groepen" })
      .click();
    await aanmelder.getByRole("heading", { level: 1, name: "Groepen" }).waitFor();
    await aanmelder.getByRole("button", { name: "Groep toevoegen" }).click();
    const formulier = aanmelder.getByRole("region", { name: "Groep toevoegen" });
    await formulier.getByLabel("Naam van de groep").fill(naam);
    await formulier.getByLabel("Zoek een leerling").fill(kind.naam.split(" ")[1] ?? kind.naam);
    await formulier.getByRole("checkbox", { name: new RegExp(kind.naam) }).check();
    await formulier.getByRole("checkbox", { name: "Petra Plaatsing" }).check();
    await formulier.getByRole("button", { name: "Opslaan" }).click();
    await aanmelder.getByRole("status").getByText(`De groep ${naam} is toegevoegd.`).waitFor();
    const rij = aanmelder.getByRole("row", { name: new RegExp(naam) });
    await rij.getByText("Petra Plaatsing").waitFor();
    await rij.getByText("1 leerling", { exact: true }).click();
    await rij.getByText(kind.naam).waitFor();

    // GRP-02: the primary school re-releases the oki-doc; the handling writes the notification
    // for the contact persons of the pupil's groups — here through the data layer.
    const ontvangers = await contactpersonenVanAanmelding(stackDb(), "amstelveen-college", kind.aanmeldingId);
    expect(ontvangers).toEqual(["demo-plaatser"]);
    const tekst = `De basisschool heeft het oki-doc van ${kind.naam} opnieuw vrijgegeven.`;
    await stuurNotificatie(ontvangers, {
      tekst,
      leerlingNaam: kind.naam,
      elkNummer: kind.elkNummer,
      aanmeldingId: kind.aanmeldingId,
    });

    // GRP-04: the contact person sees it top right, unread, and marks it read.
    const plaatser = await nieuwePagina();
    await signIn(plaatser, "plaatser", DEMO_WACHTWOORD);
    const knop = plaatser.getByRole("button", { name: /^Notificaties, \d+ ongelezen$/ });
    await knop.click();
    const melding = plaatser.locator(".elk-notificatie", { hasText: tekst });
    await melding.getByText("Nieuw", { exact: true }).waitFor();
    await melding.getByText(`Leerling: ${kind.naam} (${kind.elkNummer})`).waitFor();
    await melding.getByRole("button", { name: `Markeer als gelezen: ${tekst}` }).click();
    await melding.getByText("Nieuw", { exact: true }).waitFor({ state: "detached" });

    // The page Notificaties lists it too, read now.
    await plaatser.getByRole("link", { name: "Alle notificaties" }).click();
    await plaatser.getByRole("heading", { level: 1, name: "Notificaties" }).waitFor();
    const opPagina = plaatser.getByRole("main").locator(".elk-notificatie", { hasText: tekst });
    await opPagina.waitFor();
    expect(await opPagina.getByText("Nieuw", { exact: true }).count()).toBe(0);

    // The aanmelder is not a contact person of the group: no such notification.
    await aanmelder.getByRole("button", { name: /^Notificaties/ }).click();
    await aanmelder.locator(".elk-notificaties-menu__paneel").getByText("Alle notificaties").waitFor();
    expect(await aanmelder.getByText(tekst).count()).toBe(0);
  });
});
