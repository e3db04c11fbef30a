import type { MijnGegevens } from "@elk/contracts";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { DropdownMenu } from "../../components/dropdown-menu";
import { useUitloggen } from "../../features/auth/api/uitloggen";
import { useI18n } from "../../i18n/i18n";
import { RouterLink, usePathname } from "../../lib/router";

/**
 * ACC-08: the user menu — who is signed in, Mijn gegevens and Uitloggen; ACC-04: under it, always
 * visible, the location this account belongs to ("Ouderportaal" for a parent).
 */
export function Gebruikersmenu({ gebruiker }: { gebruiker: MijnGegevens["gebruiker"] }) {
  const { t } = useI18n();
  const { uitloggen, bezig } = useUitloggen();
  const pad = usePathname();
  return (
    <>
      <DropdownMenu label={gebruiker.naam} ariaLabel={t("kop.gebruikersmenu", { naam: gebruiker.naam })}>
        <div className="elk-dropdown__tekst">
          <Paragraph className="elk-gebruiker__naam">{gebruiker.naam}</Paragraph>
          <Paragraph appearance="small">{gebruiker.email}</Paragraph>
          {gebruiker.rolNamen.length > 0 && (
            <Paragraph appearance="small">
              {t("kop.rollen")}: {gebruiker.rolNamen.join(", ")}
            </Paragraph>
          )}
        </div>
        {/* ACC-08: own name, e-mail and password. */}
        <RouterLink
          href="/mijn-gegevens"
          className="elk-menulijst__link"
          aria-current={pad === "/mijn-gegevens" ? "page" : undefined}
        >
          {t("kop.mijnGegevens")}
        </RouterLink>
        <Button appearance="secondary-action-button" onClick={uitloggen} busy={bezig} disabled={bezig}>
          {t("kop.uitloggen")}
        </Button>
      </DropdownMenu>
      <p className="elk-gebruiker__locatie">
        <span className="elk-visueel-verborgen">{t("kop.locatie")}: </span>
        <span data-testid="locatie-naam">{gebruiker.locatieNaam}</span>
      </p>
    </>
  );
}
