import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import {
  FormulierMelding,
  formulierFout,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { wachtwoordHerstellen } from "../api/wachtwoord";
import { type NieuwWachtwoord, NieuwWachtwoordVelden } from "./nieuw-wachtwoord-velden";
import { WachtwoordRegels } from "./wachtwoord-regels";

/** ACC-05: the new password, typed twice, for the username the link belongs to. */
export function WachtwoordHerstellenForm(props: {
  token: string;
  gegevens: { gebruikersnaam: string; wachtwoordRegels: string[] };
  naOpgeslagen: () => void;
}) {
  const { token, gegevens, naOpgeslagen } = props;
  const { t } = useI18n();
  const [nieuw, setNieuw] = useState<NieuwWachtwoord>({ wachtwoord: "", wachtwoordHerhaald: "" });
  const { verzend, bezig, fout } = useVerzenden(wachtwoordHerstellen);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOpFout(formRef, fout);
  const { algemeen, velden } = formulierFout(fout, t);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await verzend({ token, ...nieuw })) naOpgeslagen();
  }

  return (
    <form ref={formRef} className="elk-kaart elk-formulier" onSubmit={bijVerzenden} noValidate>
      <Paragraph>{t("accounts.herstellen.intro")}</Paragraph>
      <DataList className="elk-gegevens">
        <DataListItem>
          <DataListKey>{t("accounts.veld.gebruikersnaam")}</DataListKey>
          <DataListValue notranslate>{gegevens.gebruikersnaam}</DataListValue>
        </DataListItem>
      </DataList>
      {/* Lets password managers store the new password under the right username. */}
      <input type="text" hidden readOnly autoComplete="username" value={gegevens.gebruikersnaam} />
      <VerplichtLegenda />
      <FormulierMelding tekst={algemeen} />
      <WachtwoordRegels regels={gegevens.wachtwoordRegels} />
      <NieuwWachtwoordVelden
        waarde={nieuw}
        onWijzig={(veld, waarde) => setNieuw((vorige) => ({ ...vorige, [veld]: waarde }))}
        fouten={velden}
      />
      <div className="elk-formulier__knoppen">
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {bezig ? t("accounts.formulier.bezig") : t("accounts.herstellen.knop")}
        </Button>
      </div>
    </form>
  );
}
