import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import {
  FormulierMelding,
  formulierFout,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { mijWijzigen } from "../api/mij";
import { splitsNaam } from "../utils/naam";
import { type NaamContact, NaamContactVelden, naamContactVoorApi } from "./naam-contact-velden";

/** ACC-08: the own name and e-mail address. */
export function MijnGegevensForm(props: {
  gebruiker: {
    naam: string;
    voornaam?: string;
    tussenvoegsel?: string;
    achternaam?: string;
    email: string;
    telefoon?: string;
  };
  naOpgeslagen: () => void;
}) {
  const { t } = useI18n();
  const g = props.gebruiker;
  // Accounts made before the name parts were kept have only the whole name: split it, the user can correct it.
  const [invoer, setInvoer] = useState<NaamContact>(() => ({
    ...(g.voornaam && g.achternaam
      ? { voornaam: g.voornaam, tussenvoegsel: g.tussenvoegsel ?? "", achternaam: g.achternaam }
      : splitsNaam(g.naam)),
    email: g.email,
    telefoon: g.telefoon ?? "",
  }));
  const [opgeslagen, setOpgeslagen] = useState(false);
  const { verzend, bezig, fout } = useVerzenden(mijWijzigen);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOpFout(formRef, fout);
  const { algemeen, velden } = formulierFout(fout, t);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOpgeslagen(false);
    if (!(await verzend(naamContactVoorApi(invoer)))) return;
    setOpgeslagen(true);
    props.naOpgeslagen();
  }

  return (
    <form ref={formRef} className="elk-kaart elk-formulier" onSubmit={bijVerzenden} noValidate>
      <Heading2>{t("accounts.mij.gegevens")}</Heading2>
      <VerplichtLegenda />
      <FormulierMelding tekst={algemeen} />
      {opgeslagen && (
        <Alert type="ok" role="status">
          <Paragraph>{t("accounts.mij.gegevensOpgeslagen")}</Paragraph>
        </Alert>
      )}
      <NaamContactVelden
        waarden={invoer}
        onWijzig={(veld, waarde) => setInvoer((vorige) => ({ ...vorige, [veld]: waarde }))}
        velden={velden}
        telefoonUitleg={t("accounts.mij.telefoonUitleg")}
        eigen
      />
      <div className="elk-formulier__knoppen">
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {bezig ? t("accounts.formulier.bezig") : t("accounts.formulier.opslaan")}
        </Button>
      </div>
    </form>
  );
}
