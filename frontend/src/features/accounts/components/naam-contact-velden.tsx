import type { ReactNode } from "react";
import { Tekstveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { ingevuld, type NaamDelen } from "../utils/naam";

export interface NaamContact extends NaamDelen {
  email: string;
  telefoon: string;
}

/** The fields of a person, as the API's `NaamVelden`: voornaam*, tussenvoegsel, achternaam*, e-mail*, telefoon. */
export function NaamContactVelden(props: {
  waarden: NaamContact;
  onWijzig: (veld: keyof NaamContact, waarde: string) => void;
  velden: Readonly<Record<string, string>>;
  telefoonUitleg?: ReactNode;
  /** The user's own details: the browser may offer to fill them in. */
  eigen?: boolean;
}) {
  const { waarden, onWijzig, velden, telefoonUitleg, eigen = false } = props;
  const { t } = useI18n();
  const auto = (token: string) => (eigen ? token : "off");
  return (
    <>
      <div className="elk-naast-elkaar">
        <Tekstveld
          naam="voornaam"
          label={t("accounts.veld.voornaam")}
          waarde={waarden.voornaam}
          onWijzig={(w) => onWijzig("voornaam", w)}
          autoComplete={auto("given-name")}
          verplicht
          fout={velden.voornaam}
        />
        <Tekstveld
          naam="tussenvoegsel"
          label={t("accounts.veld.tussenvoegsel")}
          waarde={waarden.tussenvoegsel}
          onWijzig={(w) => onWijzig("tussenvoegsel", w)}
          autoComplete="off"
          fout={velden.tussenvoegsel}
        />
        <Tekstveld
          naam="achternaam"
          label={t("accounts.veld.achternaam")}
          waarde={waarden.achternaam}
          onWijzig={(w) => onWijzig("achternaam", w)}
          autoComplete={auto("family-name")}
          verplicht
          fout={velden.achternaam}
        />
      </div>
      <Tekstveld
        naam="email"
        type="email"
        label={t("accounts.veld.email")}
        waarde={waarden.email}
        onWijzig={(w) => onWijzig("email", w)}
        autoComplete={auto("email")}
        verplicht
        fout={velden.email}
      />
      <Tekstveld
        naam="telefoon"
        type="tel"
        label={t("accounts.veld.telefoon")}
        waarde={waarden.telefoon}
        onWijzig={(w) => onWijzig("telefoon", w)}
        autoComplete={auto("tel")}
        beschrijving={telefoonUitleg}
        fout={velden.telefoon}
      />
    </>
  );
}

/** The fields as the API takes them: trimmed, empty optional ones left out. */
export function naamContactVoorApi(waarden: NaamContact) {
  return {
    voornaam: waarden.voornaam.trim(),
    tussenvoegsel: ingevuld(waarden.tussenvoegsel),
    achternaam: waarden.achternaam.trim(),
    email: waarden.email.trim(),
    telefoon: ingevuld(waarden.telefoon),
  };
}
