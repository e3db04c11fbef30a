import type { GebruikerRegel, GebruikersLijst } from "@elk/contracts";
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  FormFieldDescription,
  FormFieldErrorMessage,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { BestuurKeuze } from "../../../components/bestuur-keuze";
import {
  FormulierMelding,
  formulierFout,
  Keuzeveld,
  Tekstveld,
  useFocusOpFout,
  VerplichtLegenda,
  VerplichtTeken,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/nl";
import { useVerzenden } from "../../../lib/use-verzenden";
import { gebruikerToevoegen, gebruikerWijzigen } from "../api/gebruikers";
import { naamDelenVan } from "../utils/naam";
import { type NaamContact, NaamContactVelden, naamContactVoorApi } from "./naam-contact-velden";

type OrganisatieType = GebruikerRegel["organisatieType"];
type Rol = GebruikerRegel["rollen"][number];

export type FormulierModus = { soort: "toevoegen" } | { soort: "wijzigen"; gebruiker: GebruikerRegel };

const TYPE_VOLGORDE: readonly OrganisatieType[] = ["vo", "po", "bestuur", "regio"];

/** The manual explains the three roles of Amstelland VO (ACC-06). */
const ROL_UITLEG: Partial<Record<Rol, MessageKey>> = {
  beheren: "accounts.rol.beheren",
  aanmelden: "accounts.rol.aanmelden",
  "beoordelen-en-plaatsen": "accounts.rol.beoordelenEnPlaatsen",
};

interface Invoer extends NaamContact {
  organisatieType: OrganisatieType | "";
  schoolId: string;
  bestuurId: string;
  rollen: Rol[];
}

function beginInvoer(modus: FormulierModus, lijst: GebruikersLijst): Invoer {
  if (modus.soort === "wijzigen") {
    const g = modus.gebruiker;
    return {
      ...naamDelenVan(g),
      email: g.email,
      telefoon: g.telefoon ?? "",
      organisatieType: g.organisatieType,
      schoolId: g.schoolId ?? "",
      bestuurId: g.bestuurId ?? "",
      rollen: [...g.rollen],
    };
  }
  // A locatiebeheerder adds users to its own school: the type is that school's.
  const eigenType = lijst.kiesOrganisatie ? "" : (typenVan(lijst)[0] ?? "");
  return {
    voornaam: "",
    tussenvoegsel: "",
    achternaam: "",
    email: "",
    telefoon: "",
    organisatieType: eigenType,
    schoolId: "",
    bestuurId: "",
    rollen: [],
  };
}

function typenVan(lijst: GebruikersLijst): OrganisatieType[] {
  return TYPE_VOLGORDE.filter((type) => Object.hasOwn(lijst.rollenPerType, type));
}

/**
 * ACC-01 "Gebruiker toevoegen" as the manual shows it: a contactpersoon ELK first picks the type of
 * organisation and the school; then the person's details, the username the creator cannot fill in
 * (ACC-02), and the roles. Editing shows the same fields for an existing account, with its version.
 */
export function GebruikerFormulier(props: {
  modus: FormulierModus;
  lijst: GebruikersLijst;
  rolNamen: ReadonlyMap<string, string>;
  naOpgeslagen: (gebruiker: GebruikerRegel) => void;
  annuleren: () => void;
}) {
  const { modus, lijst, rolNamen, naOpgeslagen, annuleren } = props;
  const { t } = useI18n();
  const [invoer, setInvoer] = useState<Invoer>(() => beginInvoer(modus, lijst));
  const opslaan = useVerzenden(async (waarden: Invoer) => {
    const basis = { ...naamContactVoorApi(waarden), rollen: waarden.rollen };
    if (modus.soort === "wijzigen") {
      return gebruikerWijzigen(modus.gebruiker.id, { ...basis, version: modus.gebruiker.version });
    }
    const type = waarden.organisatieType || undefined;
    return gebruikerToevoegen({
      ...basis,
      ...(lijst.kiesOrganisatie && {
        organisatieType: type,
        schoolId: type === "vo" || type === "po" ? waarden.schoolId || undefined : undefined,
        bestuurId: type === "bestuur" ? waarden.bestuurId || undefined : undefined,
      }),
    });
  });
  const formRef = useRef<HTMLFormElement>(null);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const titelId = useId();
  useFocusOpFout(formRef, opslaan.fout);
  const { algemeen, velden } = formulierFout(opslaan.fout, t);

  // Opening the form moves focus to it, as a new page would.
  useEffect(() => titelRef.current?.focus(), []);

  const wijzig = <K extends keyof Invoer>(veld: K, waarde: Invoer[K]) =>
    setInvoer((vorige) => ({ ...vorige, [veld]: waarde }));

  const kiesType = (waarde: string) => {
    const type = TYPE_VOLGORDE.find((t) => t === waarde) ?? "";
    const toegestaan = new Set((type ? (lijst.rollenPerType[type] ?? []) : []).map((r) => r.rol));
    setInvoer((vorige) => ({
      ...vorige,
      organisatieType: type,
      schoolId: "",
      bestuurId: "",
      rollen: vorige.rollen.filter((rol) => toegestaan.has(rol)),
    }));
  };

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const regel = await opslaan.verzend(invoer);
    if (regel) naOpgeslagen(regel);
  }

  const toevoegen = modus.soort === "toevoegen";
  const type = invoer.organisatieType;
  const rolKeuzes = rolKeuzesVoor(lijst, type, modus, rolNamen);
  const scholen = lijst.scholen
    .filter((school) => (type === "vo" || type === "po") && school.schooltype === type.toUpperCase())
    .sort((a, b) => a.naam.localeCompare(b.naam, "nl"));

  return (
    <section className="elk-paneel" aria-labelledby={titelId}>
      <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
        <Heading2 id={titelId} ref={titelRef} tabIndex={-1} className="elk-paneel__titel">
          {toevoegen ? t("accounts.formulier.titelToevoegen") : t("accounts.formulier.titelWijzigen")}
        </Heading2>
        <VerplichtLegenda />
        <FormulierMelding tekst={algemeen} />

        {toevoegen && lijst.kiesOrganisatie && (
          <>
            <Keuzeveld
              naam="organisatieType"
              label={t("accounts.veld.organisatieType")}
              waarde={type}
              onWijzig={kiesType}
              keuzes={typenVan(lijst).map((w) => ({
                waarde: w,
                label: t(`accounts.veld.organisatieType.${w}`),
              }))}
              leeg={t("accounts.veld.organisatieTypeKiezen")}
              verplicht
              fout={velden.organisatieType}
            />
            {type === "bestuur" ? (
              <BestuurKeuze
                label={t("accounts.veld.bestuur")}
                leeg={t("accounts.veld.bestuurKiezen")}
                waarde={invoer.bestuurId}
                onWijzig={(w) => wijzig("bestuurId", w)}
                fout={velden.bestuurId}
              />
            ) : type !== "regio" ? (
              <Keuzeveld
                naam="schoolId"
                label={t("accounts.veld.school")}
                waarde={invoer.schoolId}
                onWijzig={(w) => wijzig("schoolId", w)}
                keuzes={scholen.map((school) => ({ waarde: school.id, label: school.naam }))}
                leeg={t("accounts.veld.schoolKiezen")}
                verplicht
                disabled={!type}
                beschrijving={type ? undefined : t("accounts.veld.schoolEerstType")}
                fout={velden.schoolId}
              />
            ) : null}
          </>
        )}
        {!toevoegen && (
          <Paragraph>
            {t("accounts.gebruikers.locatie")}: <strong>{modus.gebruiker.locatieNaam}</strong>
          </Paragraph>
        )}

        <NaamContactVelden
          waarden={invoer}
          onWijzig={(veld, waarde) => wijzig(veld, waarde)}
          velden={velden}
        />
        <Tekstveld
          naam="gebruikersnaam"
          label={t("accounts.veld.gebruikersnaam")}
          waarde={modus.soort === "wijzigen" ? (modus.gebruiker.gebruikersnaam ?? "") : ""}
          disabled
          beschrijving={t("accounts.veld.gebruikersnaamNiet")}
          fout={velden.gebruikersnaam}
        />

        <RollenKeuze
          keuzes={rolKeuzes}
          gekozen={invoer.rollen}
          onWijzig={(rollen) => wijzig("rollen", rollen)}
          fout={velden.rollen}
          typeGekozen={Boolean(type)}
        />

        <div className="elk-formulier__knoppen">
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={opslaan.bezig}
            disabled={opslaan.bezig}
          >
            {opslaan.bezig ? t("accounts.formulier.bezig") : t("accounts.formulier.opslaan")}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={annuleren}>
            {t("accounts.annuleren")}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The roles this user may get: those the API offers for the type, plus any it already holds. */
function rolKeuzesVoor(
  lijst: GebruikersLijst,
  type: OrganisatieType | "",
  modus: FormulierModus,
  rolNamen: ReadonlyMap<string, string>,
): { rol: Rol; naam: string }[] {
  const aangeboden = type ? (lijst.rollenPerType[type] ?? []) : [];
  if (modus.soort === "toevoegen") return aangeboden;
  const extra = modus.gebruiker.rollen
    .filter((rol) => !aangeboden.some((r) => r.rol === rol))
    .map((rol) => ({ rol, naam: rolNamen.get(rol) ?? rol }));
  return [...aangeboden, ...extra];
}

function RollenKeuze(props: {
  keuzes: readonly { rol: Rol; naam: string }[];
  gekozen: readonly Rol[];
  onWijzig: (rollen: Rol[]) => void;
  fout: string | undefined;
  typeGekozen: boolean;
}) {
  const { keuzes, gekozen, onWijzig, fout, typeGekozen } = props;
  const { t } = useI18n();
  const id = useId();
  return (
    <Fieldset invalid={Boolean(fout)} aria-describedby={fout ? `${id}-fout` : `${id}-uitleg`}>
      <FieldsetLegend>
        {t("accounts.veld.rollen")}
        <VerplichtTeken />
      </FieldsetLegend>
      {/* The API's message replaces the hint when it says the same ("Kies minstens één rol."). */}
      {fout ? (
        <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>
      ) : (
        <FormFieldDescription id={`${id}-uitleg`}>
          {typeGekozen ? t("accounts.veld.rollenUitleg") : t("accounts.veld.rollenEerstType")}
        </FormFieldDescription>
      )}
      {keuzes.map(({ rol, naam }) => {
        const uitleg = ROL_UITLEG[rol];
        return (
          <FormFieldCheckbox
            key={rol}
            name="rollen"
            value={rol}
            label={<span lang="nl">{naam}</span>}
            description={uitleg && t(uitleg)}
            checked={gekozen.includes(rol)}
            inputInvalid={Boolean(fout)}
            onChange={(event) =>
              onWijzig(
                event.currentTarget.checked
                  ? [...gekozen, rol]
                  : gekozen.filter((gekozenRol) => gekozenRol !== rol),
              )
            }
          />
        );
      })}
    </Fieldset>
  );
}
