import type { GebruikerRegel } from "@elk/contracts";
import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { IcoonKnop } from "../../../components/icoon-knop";
import { ActiesKop, Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";

export interface GebruikerActies {
  wijzigen: (gebruiker: GebruikerRegel) => void;
  resetten: (gebruiker: GebruikerRegel) => void;
  /** Issue #10: block an account, or unblock it when it is blocked. */
  blokkeren: (gebruiker: GebruikerRegel) => void;
  meekijken: (gebruiker: GebruikerRegel) => void;
  /** The row whose meekijken is starting: its button shows busy. */
  bezigMet?: string | null;
}

/** Instellingen > Gebruikers: one row per account, with the actions the API allows on it. */
export function GebruikersTabel(props: {
  gebruikers: readonly GebruikerRegel[];
  rolNamen: ReadonlyMap<string, string>;
  acties: GebruikerActies;
}) {
  const { gebruikers, rolNamen, acties } = props;
  const { t } = useI18n();
  const gesorteerd = [...gebruikers].sort(
    (a, b) => a.locatieNaam.localeCompare(b.locatieNaam, "nl") || a.naam.localeCompare(b.naam, "nl"),
  );
  return (
    <Tabel bijschrift={t("accounts.gebruikers.aantal", { aantal: gebruikers.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("accounts.gebruikers.naam")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("accounts.gebruikers.gebruikersnaam")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("accounts.gebruikers.email")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("accounts.gebruikers.rollen")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("accounts.gebruikers.locatie")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("accounts.gebruikers.status")}</TableHeaderCell>
          <ActiesKop label={t("accounts.gebruikers.acties")} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {gesorteerd.map((gebruiker) => (
          <TableRow key={gebruiker.id} data-gebruiker-id={gebruiker.id}>
            <TableHeaderCell scope="row">{gebruiker.naam}</TableHeaderCell>
            <TableCell>
              {gebruiker.gebruikersnaam ?? (
                <span className="elk-niet-ingesteld">{t("accounts.gebruikers.nietIngesteld")}</span>
              )}
            </TableCell>
            <TableCell>{gebruiker.email}</TableCell>
            <TableCell lang="nl">
              {gebruiker.rollen.map((rol) => rolNamen.get(rol) ?? rol).join(", ")}
            </TableCell>
            <TableCell>{gebruiker.locatieNaam}</TableCell>
            <TableCell>
              <span className={`elk-status elk-status--${gebruiker.status}`}>
                {t(`accounts.gebruikers.status.${gebruiker.status}`)}
              </span>
            </TableCell>
            <TableCell>
              <RijActies gebruiker={gebruiker} acties={acties} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

function RijActies({ gebruiker, acties }: { gebruiker: GebruikerRegel; acties: GebruikerActies }) {
  const { t } = useI18n();
  const { naam } = gebruiker;
  const meekijkenBezig = acties.bezigMet === gebruiker.id;
  const geblokkeerd = gebruiker.status === "geblokkeerd";
  return (
    <div className="elk-acties">
      <IcoonKnop
        icoon="potlood"
        label={t("accounts.gebruikers.wijzigenVan", { naam })}
        titel={t("accounts.gebruikers.wijzigen")}
        onClick={() => acties.wijzigen(gebruiker)}
      />
      {gebruiker.magResetten && (
        <IcoonKnop
          icoon="resetten"
          label={t("accounts.gebruikers.resettenVan", { naam })}
          titel={t("accounts.gebruikers.resetten")}
          onClick={() => acties.resetten(gebruiker)}
        />
      )}
      {gebruiker.magBlokkeren && (
        <IcoonKnop
          icoon={geblokkeerd ? "slotOpen" : "slot"}
          label={t(geblokkeerd ? "accounts.gebruikers.deblokkerenVan" : "accounts.gebruikers.blokkerenVan", {
            naam,
          })}
          titel={t(geblokkeerd ? "accounts.gebruikers.deblokkeren" : "accounts.gebruikers.blokkeren")}
          onClick={() => acties.blokkeren(gebruiker)}
        />
      )}
      {gebruiker.magMeekijken && (
        <IcoonKnop
          icoon="oog"
          label={t("accounts.gebruikers.meekijkenAls", { naam })}
          titel={t("accounts.gebruikers.meekijken")}
          bezig={meekijkenBezig}
          disabled={Boolean(acties.bezigMet)}
          onClick={() => acties.meekijken(gebruiker)}
        />
      )}
    </div>
  );
}
