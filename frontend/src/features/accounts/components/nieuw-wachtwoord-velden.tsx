import { Tekstveld } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";

export interface NieuwWachtwoord {
  wachtwoord: string;
  wachtwoordHerhaald: string;
}

/**
 * The new password, typed twice (ACC-03, ACC-05, ACC-08). Activating sets the first password, so
 * its labels do not say "nieuw".
 */
export function NieuwWachtwoordVelden(props: {
  waarde: NieuwWachtwoord;
  onWijzig: (veld: keyof NieuwWachtwoord, waarde: string) => void;
  fouten: Readonly<Record<string, string>>;
  eerste?: boolean;
}) {
  const { waarde, onWijzig, fouten, eerste = false } = props;
  const { t } = useI18n();
  return (
    <>
      <Tekstveld
        naam="wachtwoord"
        type="password"
        label={t(eerste ? "accounts.wachtwoord.wachtwoord" : "accounts.wachtwoord.nieuw")}
        waarde={waarde.wachtwoord}
        onWijzig={(w) => onWijzig("wachtwoord", w)}
        autoComplete="new-password"
        verplicht
        fout={fouten.wachtwoord}
      />
      <Tekstveld
        naam="wachtwoordHerhaald"
        type="password"
        label={t(eerste ? "accounts.wachtwoord.herhaald" : "accounts.wachtwoord.nieuwHerhaald")}
        waarde={waarde.wachtwoordHerhaald}
        onWijzig={(w) => onWijzig("wachtwoordHerhaald", w)}
        autoComplete="new-password"
        verplicht
        fout={fouten.wachtwoordHerhaald}
      />
    </>
  );
}
