import type { GebruikerRegel } from "@elk/contracts";
import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import { OogIcoon, PotloodIcoon, ResettenIcoon } from "./iconen";

export interface GebruikerActies {
  wijzigen: (gebruiker: GebruikerRegel) => void;
  resetten: (gebruiker: GebruikerRegel) => void;
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
    <TableContainer className="elk-tabel-container">
      <Table className="elk-tabel">
        <TableCaption className="elk-visueel-verborgen">
          {t("accounts.gebruikers.aantal", { aantal: gebruikers.length })}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("accounts.gebruikers.naam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("accounts.gebruikers.gebruikersnaam")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("accounts.gebruikers.email")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("accounts.gebruikers.rollen")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("accounts.gebruikers.locatie")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("accounts.gebruikers.status")}</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="elk-visueel-verborgen">{t("accounts.gebruikers.acties")}</span>
            </TableHeaderCell>
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
      </Table>
    </TableContainer>
  );
}

function RijActies({ gebruiker, acties }: { gebruiker: GebruikerRegel; acties: GebruikerActies }) {
  const { t } = useI18n();
  const { naam } = gebruiker;
  const meekijkenBezig = acties.bezigMet === gebruiker.id;
  return (
    <div className="elk-acties">
      <Button
        appearance="subtle-button"
        className="elk-icoonknop"
        title={t("accounts.gebruikers.wijzigen")}
        aria-label={t("accounts.gebruikers.wijzigenVan", { naam })}
        onClick={() => acties.wijzigen(gebruiker)}
      >
        <PotloodIcoon />
      </Button>
      {gebruiker.magResetten && (
        <Button
          appearance="subtle-button"
          className="elk-icoonknop"
          title={t("accounts.gebruikers.resetten")}
          aria-label={t("accounts.gebruikers.resettenVan", { naam })}
          onClick={() => acties.resetten(gebruiker)}
        >
          <ResettenIcoon />
        </Button>
      )}
      {gebruiker.magMeekijken && (
        <Button
          appearance="subtle-button"
          className="elk-icoonknop"
          title={t("accounts.gebruikers.meekijken")}
          aria-label={t("accounts.gebruikers.meekijkenAls", { naam })}
          busy={meekijkenBezig}
          disabled={Boolean(acties.bezigMet)}
          onClick={() => acties.meekijken(gebruiker)}
        >
          <OogIcoon />
        </Button>
      )}
    </div>
  );
}
