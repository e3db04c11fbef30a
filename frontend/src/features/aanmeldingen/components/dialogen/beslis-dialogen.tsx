import { Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { ApiFout } from "../../../../components/api-fout";
import { ApiWeergave } from "../../../../components/api-weergave";
import { BevestigDialoog } from "../../../../components/bevestig-dialoog";
import { formulierFout, Keuzeveld, Tekstvak, Tekstveld } from "../../../../components/formulier";
import { useI18n } from "../../../../i18n/i18n";
import type { MessageKey } from "../../../../i18n/nl";
import { useAanmeldingDetail } from "../../api/behandelen";
import type { Aanmelding } from "../../api/overzicht";
import { FormDialoog } from "./dialoog";
import { type DialoogAfloop, useBeslissing } from "./use-beslissing";

type ToelichtingActie = "aanvulling-vragen" | "niet-plaatsen" | "uitloten" | "tafelmiddag-aanvragen";

/** Per decision with a mandatory text: its intro, field and button, in the manual's words. */
const TOELICHTING: Record<
  ToelichtingActie,
  { intro: MessageKey; veld: MessageKey; verplicht: MessageKey; gevaar?: boolean }
> = {
  "aanvulling-vragen": {
    intro: "behandel.aanvulling.intro",
    veld: "behandel.aanvulling.veld",
    verplicht: "behandel.aanvulling.verplicht",
  },
  "niet-plaatsen": {
    intro: "behandel.niet-plaatsen.intro",
    veld: "behandel.toelichting",
    verplicht: "behandel.toelichtingVerplicht",
    gevaar: true,
  },
  uitloten: {
    intro: "behandel.uitloten.intro",
    veld: "behandel.toelichting",
    verplicht: "behandel.toelichtingVerplicht",
  },
  "tafelmiddag-aanvragen": {
    intro: "behandel.tafelmiddag.intro",
    veld: "behandel.tafelmiddag.veld",
    verplicht: "behandel.toelichtingVerplicht",
  },
};

/** Aanvulling vragen, Niet plaatsen, Uitgeloot, Tafelmiddag aanvragen: a mandatory text (TRT-03, -06, -07, -10). */
export function ToelichtingDialoog(props: { actie: ToelichtingActie; regel: Aanmelding } & DialoogAfloop) {
  const { actie, regel, onSluit } = props;
  const { t } = useI18n();
  const tekst = TOELICHTING[actie];
  const { beslis, bezig, fout } = useBeslissing(regel, props);
  const [toelichting, setToelichting] = useState("");
  const [ontbreekt, setOntbreekt] = useState(false);
  const { algemeen, velden } = formulierFout(fout, t);
  return (
    <FormDialoog
      titel={t(`behandel.${actie}`)}
      regel={regel}
      intro={t(tekst.intro)}
      bevestigLabel={t(`behandel.${actie}`)}
      gevaar={tekst.gevaar}
      bezig={bezig}
      melding={algemeen}
      onSluit={onSluit}
      onVerstuur={() => {
        const schoon = toelichting.trim();
        setOntbreekt(!schoon);
        if (schoon) void beslis({ actie, toelichting: schoon });
      }}
    >
      <Tekstvak
        naam="toelichting"
        label={t(tekst.veld)}
        waarde={toelichting}
        onWijzig={setToelichting}
        verplicht
        fout={ontbreekt ? t(tekst.verplicht) : velden.toelichting}
      />
    </FormDialoog>
  );
}

/** TRT-05 Plaatsen: an afdeling that fits the advice, and an optional note for the primary school. */
export function PlaatsenDialoog(props: { regel: Aanmelding } & DialoogAfloop) {
  const { regel, onSluit } = props;
  const { t } = useI18n();
  const detail = useAanmeldingDetail(regel.id);
  const { beslis, bezig, fout } = useBeslissing(regel, props);
  const [gekozen, setGekozen] = useState<string | null>(null);
  const [toelichting, setToelichting] = useState("");
  const [ontbreekt, setOntbreekt] = useState(false);
  const { algemeen, velden } = formulierFout(fout, t);
  const afdelingen = detail.status === "klaar" ? detail.data.plaatsbareAfdelingen : [];
  // The afdeling of the registration is the likely one; with one choice there is nothing to choose.
  const voorstel =
    afdelingen.find((afdeling) => afdeling.naam === regel.eersteKeuzeAfdeling)?.id ??
    (afdelingen.length === 1 ? afdelingen[0]?.id : undefined);
  const afdelingId = gekozen ?? voorstel ?? "";
  return (
    <FormDialoog
      titel={t("behandel.plaatsen")}
      regel={regel}
      intro={t("behandel.plaatsen.intro")}
      bevestigLabel={t("behandel.plaatsen")}
      bezig={bezig}
      melding={algemeen}
      klaar={afdelingen.length > 0}
      onSluit={onSluit}
      onVerstuur={() => {
        setOntbreekt(!afdelingId);
        if (!afdelingId) return;
        const schoon = toelichting.trim();
        void beslis({ actie: "plaatsen", afdelingId, ...(schoon ? { toelichting: schoon } : {}) });
      }}
    >
      <ApiWeergave resultaat={detail}>
        {() =>
          afdelingen.length === 0 ? (
            <Paragraph>{t("behandel.plaatsen.geenAfdeling")}</Paragraph>
          ) : (
            <>
              <Keuzeveld
                naam="afdelingId"
                label={t("behandel.plaatsen.afdeling")}
                waarde={afdelingId}
                onWijzig={setGekozen}
                keuzes={afdelingen.map((afdeling) => ({ waarde: afdeling.id, label: afdeling.naam }))}
                leeg={t("behandel.plaatsen.afdelingKiezen")}
                verplicht
                fout={ontbreekt ? t("behandel.plaatsen.afdelingVerplicht") : velden.afdelingId}
              />
              <Tekstvak
                naam="toelichting"
                label={t("behandel.plaatsen.toelichting")}
                beschrijving={t("behandel.plaatsen.toelichtingUitleg")}
                waarde={toelichting}
                onWijzig={setToelichting}
                fout={velden.toelichting}
              />
            </>
          )
        }
      </ApiWeergave>
    </FormDialoog>
  );
}

/** TRT-08 Toewijzen andere school: one of the pupil's choices 2..n, as the CP&L assigned it. */
export function ToewijzenDialoog(props: { regel: Aanmelding } & DialoogAfloop) {
  const { regel, onSluit } = props;
  const { t } = useI18n();
  const detail = useAanmeldingDetail(regel.id);
  const { beslis, bezig, fout } = useBeslissing(regel, props);
  const [gekozen, setGekozen] = useState("");
  const [ontbreekt, setOntbreekt] = useState(false);
  const { algemeen, velden } = formulierFout(fout, t);
  const andere = detail.status === "klaar" ? detail.data.keuzes.slice(1) : [];
  const sleutel = (keuze: { schoolId: string; afdelingId: string }) =>
    `${keuze.schoolId}|${keuze.afdelingId}`;
  return (
    <FormDialoog
      titel={t("behandel.toewijzen-andere-school")}
      regel={regel}
      intro={t("behandel.toewijzen.intro")}
      bevestigLabel={t("behandel.toewijzen.knop")}
      bezig={bezig}
      melding={algemeen}
      klaar={andere.length > 0}
      onSluit={onSluit}
      onVerstuur={() => {
        const keuze = andere.find((k) => sleutel(k) === gekozen);
        setOntbreekt(!keuze);
        if (keuze)
          void beslis({
            actie: "toewijzen-andere-school",
            schoolId: keuze.schoolId,
            afdelingId: keuze.afdelingId,
          });
      }}
    >
      <ApiWeergave resultaat={detail}>
        {() =>
          andere.length === 0 ? (
            <Paragraph>{t("behandel.toewijzen.geenKeuzes")}</Paragraph>
          ) : (
            <Keuzeveld
              naam="keuze"
              label={t("behandel.toewijzen.veld")}
              beschrijving={t("behandel.toewijzen.uitleg")}
              waarde={gekozen}
              onWijzig={setGekozen}
              keuzes={andere.map((keuze, i) => ({
                waarde: sleutel(keuze),
                label: t("behandel.toewijzen.keuze", {
                  nummer: i + 2,
                  school: keuze.schoolNaam,
                  afdeling: keuze.afdelingNaam,
                }),
              }))}
              leeg={t("behandel.toewijzen.kiezen")}
              verplicht
              fout={ontbreekt ? t("behandel.toewijzen.verplicht") : (velden.schoolId ?? velden.afdelingId)}
            />
          )
        }
      </ApiWeergave>
    </FormDialoog>
  );
}

/** TRT-09 Terugtrekken: confirmed with the user's own password; a wrong one is said in the dialog. */
export function TerugtrekkenDialoog(props: { regel: Aanmelding } & DialoogAfloop) {
  const { regel, onSluit } = props;
  const { t } = useI18n();
  const { beslis, bezig, fout } = useBeslissing(regel, props);
  const [wachtwoord, setWachtwoord] = useState("");
  const [ontbreekt, setOntbreekt] = useState(false);
  const { algemeen, velden } = formulierFout(fout, t);
  return (
    <FormDialoog
      titel={t("behandel.terugtrekken.titel")}
      regel={regel}
      intro={t("behandel.terugtrekken.intro")}
      bevestigLabel={t("behandel.terugtrekken.knop")}
      gevaar
      bezig={bezig}
      melding={algemeen}
      onSluit={onSluit}
      onVerstuur={() => {
        setOntbreekt(!wachtwoord);
        if (wachtwoord) void beslis({ actie: "terugtrekken", wachtwoord });
      }}
    >
      <Tekstveld
        naam="wachtwoord"
        type="password"
        autoComplete="current-password"
        label={t("behandel.terugtrekken.wachtwoord")}
        waarde={wachtwoord}
        onWijzig={setWachtwoord}
        verplicht
        fout={ontbreekt ? t("behandel.terugtrekken.wachtwoordVerplicht") : velden.wachtwoord}
      />
    </FormDialoog>
  );
}

type BevestigActie =
  | "voorrang-toekennen"
  | "voorrang-afkeuren"
  | "tafelmiddag-annuleren"
  | "tafelmiddag-po-annuleren"
  | "advies-setting-aanpassen"
  | "doorbegeleiden";

/** Decisions without input: a question first (TRT-04, TRT-10, TRT-13). */
export function BevestigActieDialoog(props: { actie: BevestigActie; regel: Aanmelding } & DialoogAfloop) {
  const { actie, regel, onSluit } = props;
  const { t } = useI18n();
  const { beslis, bezig, fout } = useBeslissing(regel, props);
  const reden = regel.voorrang ? t(`overzicht.voorrang.${regel.voorrang}`) : "";
  const bevestigLabel =
    actie === "tafelmiddag-po-annuleren" ? t("behandel.tafelmiddag-annuleren") : t(`behandel.${actie}`);
  return (
    <BevestigDialoog
      titel={t(`behandel.${actie}`)}
      vraag={t(`behandel.${actie}.vraag`, { naam: regel.leerlingNaam, reden })}
      bevestigLabel={bevestigLabel}
      annuleerLabel={t("behandel.annuleren")}
      bevestigStijl={actie === "voorrang-toekennen" || actie === "doorbegeleiden" ? "primair" : "gevaar"}
      bezig={bezig}
      onBevestig={() => void beslis({ actie })}
      onAnnuleer={onSluit}
    >
      {fout && <ApiFout fout={fout} />}
    </BevestigDialoog>
  );
}
