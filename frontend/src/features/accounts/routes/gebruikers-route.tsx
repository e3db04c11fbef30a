import type { GebruikerRegel, GebruikersLijst } from "@elk/contracts";
import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useMemo, useRef, useState } from "react";
import "../accounts.css";
import { ApiFout } from "../../../components/api-fout";
import { ApiWeergave } from "../../../components/api-weergave";
import { BevestigDialoog } from "../../../components/bevestig-dialoog";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useVerzenden } from "../../../lib/use-verzenden";
import {
  gebruikerBlokkeren,
  gebruikerDeblokkeren,
  gebruikerResetten,
  useGebruikers,
} from "../api/gebruikers";
import { startMeekijken } from "../api/meekijken";
import { type FormulierModus, GebruikerFormulier } from "../components/gebruiker-formulier";
import { GebruikersTabel } from "../components/gebruikers-tabel";

/** Instellingen > Gebruikers (ACC-01, ACC-02, ACC-05, ACC-07; blocking: issue #10). */
export function GebruikersRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("accounts.gebruikers.titel"));
  const gebruikers = useGebruikers();
  return (
    <>
      <Heading1>{t("accounts.gebruikers.titel")}</Heading1>
      <ApiWeergave resultaat={gebruikers}>
        {(lijst) => <Gebruikersbeheer lijst={lijst} ververs={gebruikers.ververs} />}
      </ApiWeergave>
    </>
  );
}

function Gebruikersbeheer({ lijst, ververs }: { lijst: GebruikersLijst; ververs: () => void }) {
  const { t } = useI18n();
  const [formulier, setFormulier] = useState<FormulierModus | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [teResetten, setTeResetten] = useState<GebruikerRegel | null>(null);
  const resetten = useVerzenden(gebruikerResetten);
  const [teBlokkeren, setTeBlokkeren] = useState<GebruikerRegel | null>(null);
  const blokkeren = useVerzenden(gebruikerBlokkeren);
  const deblokkeren = useVerzenden(gebruikerDeblokkeren);
  const meekijken = useVerzenden(startMeekijken);
  const [meekijkenMet, setMeekijkenMet] = useState<string | null>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  const toevoegenRef = useRef<HTMLButtonElement>(null);

  /** Role names as the API words them, for the table (a role is shown even if no longer offered). */
  const rolNamen = useMemo(
    () => new Map(Object.values(lijst.rollenPerType).flatMap((rollen) => rollen.map((r) => [r.rol, r.naam]))),
    [lijst.rollenPerType],
  );

  const toon = (tekst: string) => {
    setMelding(tekst);
    // After the list has re-rendered, the message is where focus and screen readers go.
    requestAnimationFrame(() => meldingRef.current?.focus());
  };

  const openFormulier = (modus: FormulierModus) => {
    setMelding(null);
    resetten.wisFout();
    blokkeren.wisFout();
    deblokkeren.wisFout();
    meekijken.wisFout();
    setFormulier(modus);
  };

  const sluitFormulier = () => {
    setFormulier(null);
    requestAnimationFrame(() => toevoegenRef.current?.focus());
  };

  const naOpgeslagen = (regel: GebruikerRegel) => {
    const toegevoegd = formulier?.soort === "toevoegen";
    setFormulier(null);
    ververs();
    toon(
      toegevoegd
        ? t("accounts.gebruikers.toegevoegd", { email: regel.email })
        : t("accounts.gebruikers.gewijzigd", { naam: regel.naam }),
    );
  };

  const bevestigResetten = async () => {
    if (!teResetten) return;
    const bericht = await resetten.verzend(teResetten.id);
    setTeResetten(null);
    if (bericht !== undefined) {
      ververs();
      toon(bericht);
    }
  };

  /** Issue #10: blocking ends every session of the account at once; unblocking lets it in again. */
  const bevestigBlokkeren = async () => {
    if (!teBlokkeren) return;
    const { naam, email } = teBlokkeren;
    const deblokkerend = teBlokkeren.status === "geblokkeerd";
    const regel = await (deblokkerend ? deblokkeren : blokkeren).verzend(teBlokkeren.id);
    setTeBlokkeren(null);
    if (regel === undefined) return;
    ververs();
    toon(
      !deblokkerend
        ? t("accounts.blokkeren.gelukt", { naam })
        : regel.status === "uitgenodigd"
          ? t("accounts.deblokkeren.uitgenodigd", { naam, email })
          : t("accounts.deblokkeren.gelukt", { naam }),
    );
  };

  const kijkMee = async (gebruiker: GebruikerRegel) => {
    setMelding(null);
    setMeekijkenMet(gebruiker.id);
    await meekijken.verzend(gebruiker.id);
    // On success the app has moved on to the home page as the other user.
    setMeekijkenMet(null);
  };

  return (
    <>
      <div className="elk-gebruikers__kop">
        <Paragraph>
          {lijst.kiesOrganisatie
            ? t("accounts.gebruikers.introBestuur")
            : t("accounts.gebruikers.introSchool")}
        </Paragraph>
        {!formulier && (
          <Button
            ref={toevoegenRef}
            appearance="primary-action-button"
            onClick={() => openFormulier({ soort: "toevoegen" })}
          >
            {t("accounts.gebruikers.toevoegen")}
          </Button>
        )}
      </div>

      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {resetten.fout && <ApiFout fout={resetten.fout} />}
      {blokkeren.fout && <ApiFout fout={blokkeren.fout} />}
      {deblokkeren.fout && <ApiFout fout={deblokkeren.fout} />}
      {meekijken.fout && <ApiFout fout={meekijken.fout} />}

      {formulier && (
        <GebruikerFormulier
          key={formulier.soort === "wijzigen" ? formulier.gebruiker.id : "nieuw"}
          modus={formulier}
          lijst={lijst}
          rolNamen={rolNamen}
          naOpgeslagen={naOpgeslagen}
          annuleren={sluitFormulier}
        />
      )}

      {lijst.items.length === 0 ? (
        <Paragraph className="elk-leeg">{t("accounts.gebruikers.geen")}</Paragraph>
      ) : (
        <GebruikersTabel
          gebruikers={lijst.items}
          rolNamen={rolNamen}
          acties={{
            wijzigen: (gebruiker) => openFormulier({ soort: "wijzigen", gebruiker }),
            resetten: (gebruiker) => {
              setMelding(null);
              resetten.wisFout();
              setTeResetten(gebruiker);
            },
            blokkeren: (gebruiker) => {
              setMelding(null);
              blokkeren.wisFout();
              deblokkeren.wisFout();
              setTeBlokkeren(gebruiker);
            },
            meekijken: kijkMee,
            bezigMet: meekijkenMet,
          }}
        />
      )}

      {teResetten && (
        <BevestigDialoog
          titel={t("accounts.resetten.titel")}
          vraag={t("accounts.resetten.vraag", { naam: teResetten.naam, email: teResetten.email })}
          bevestigLabel={t("accounts.resetten.knop")}
          annuleerLabel={t("accounts.annuleren")}
          bezig={resetten.bezig}
          onBevestig={bevestigResetten}
          onAnnuleer={() => setTeResetten(null)}
        />
      )}

      {teBlokkeren &&
        (teBlokkeren.status === "geblokkeerd" ? (
          <BevestigDialoog
            titel={t("accounts.deblokkeren.titel")}
            vraag={t("accounts.deblokkeren.vraag", { naam: teBlokkeren.naam })}
            bevestigLabel={t("accounts.deblokkeren.knop")}
            annuleerLabel={t("accounts.annuleren")}
            bevestigStijl="primair"
            bezig={deblokkeren.bezig}
            onBevestig={bevestigBlokkeren}
            onAnnuleer={() => setTeBlokkeren(null)}
          />
        ) : (
          <BevestigDialoog
            titel={t("accounts.blokkeren.titel")}
            vraag={t("accounts.blokkeren.vraag", { naam: teBlokkeren.naam })}
            bevestigLabel={t("accounts.blokkeren.knop")}
            annuleerLabel={t("accounts.annuleren")}
            bezig={blokkeren.bezig}
            onBevestig={bevestigBlokkeren}
            onAnnuleer={() => setTeBlokkeren(null)}
          />
        ))}
    </>
  );
}
