import type { AanmeldingDetail, AanmeldingenOverzicht, BehandelActie } from "@elk/contracts";
import { Alert, Link, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { ApiFout, foutTekst } from "../../../components/api-fout";
import { useI18n } from "../../../i18n/i18n";
import type { MessageKey } from "../../../i18n/nl";
import type { ApiError } from "../../../lib/api-client";
import { navigate, usePathname, useZoekParameters } from "../../../lib/router";
import { useSchooljaar } from "../../../lib/schooljaar";
import { alsApiError } from "../../../lib/use-api";
import { verlaatOverzicht } from "../api/behandelen";
import { okidocPdf } from "../api/okidoc";
import { type Aanmelding, useOverzicht } from "../api/overzicht";
import {
  apiQuery,
  type Filter,
  heeftFilters,
  leesStand,
  type OverzichtStand,
  PER_PAGINA,
  type Sorteer,
  schrijfStand,
} from "../utils/overzicht-query";
import { AanmeldingenTabel } from "./aanmeldingen-tabel";
import { Bulkacties } from "./bulkacties";
import { BehandelDialoog } from "./dialogen/behandel-dialoog";
import { type MenuKeuze, menuKnopId } from "./leerling-menu";
import { OverzichtFilters } from "./overzicht-filters";
import { Paginering } from "./paginering";

/** The short confirmation after each decision. */
const GEDAAN: Partial<Record<BehandelActie, MessageKey>> = {
  "aanvulling-vragen": "behandel.gedaan.aanvulling-vragen",
  "voorrang-toekennen": "behandel.gedaan.voorrang-toekennen",
  "voorrang-afkeuren": "behandel.gedaan.voorrang-afkeuren",
  plaatsen: "behandel.gedaan.plaatsen",
  "niet-plaatsen": "behandel.gedaan.niet-plaatsen",
  uitloten: "behandel.gedaan.uitloten",
  "toewijzen-andere-school": "behandel.gedaan.toewijzen-andere-school",
  terugtrekken: "behandel.gedaan.terugtrekken",
  "tafelmiddag-aanvragen": "behandel.gedaan.tafelmiddag-aanvragen",
  "tafelmiddag-annuleren": "behandel.gedaan.tafelmiddag-annuleren",
  "tafelmiddag-po-annuleren": "behandel.gedaan.tafelmiddag-po-annuleren",
  "advies-setting-aanpassen": "behandel.gedaan.advies-setting-aanpassen",
  doorbegeleiden: "behandel.gedaan.doorbegeleiden",
};

type Melding =
  | { soort: "ok" | "fout"; tekst: string }
  | { soort: "okidoc"; naam: string; url: string; bestandsnaam: string };

/** Rows changed by a decision, shown until the reloaded page (`basis` no longer current) is in. */
interface Bijgewerkt {
  basis: AanmeldingenOverzicht | null;
  regels: Readonly<Record<string, Aanmelding | null>>;
}

/**
 * TRT-01 … TRT-13: Leerlingen > Overzicht as the VO school handles its registrations — the
 * filters and search (kept in the URL), one page of pupils from the server, selection and bulk
 * actions, and each pupil's menu with its dialogs. Every decision goes to the server with the
 * version the user saw; the list reloads after it.
 */
export function Overzicht() {
  const { t } = useI18n();
  const pad = usePathname();
  const parameters = useZoekParameters();
  const { schooljaar } = useSchooljaar();
  const stand = leesStand(parameters);
  const overzicht = useOverzicht(apiQuery(stand, schooljaar));
  const { data, ververs } = overzicht;

  const [geselecteerd, setGeselecteerd] = useState<ReadonlySet<string>>(new Set());
  const [actief, setActief] = useState<{ regel: Aanmelding; keuze: MenuKeuze } | null>(null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bijgewerkt, setBijgewerkt] = useState<Bijgewerkt>({ basis: null, regels: {} });
  const overzichtRef = useRef<HTMLDivElement>(null);

  // A different selection of pupils starts a new selection.
  const selectieSleutel = JSON.stringify([schooljaar, stand.filters, stand.zoek]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the trigger
  useEffect(() => setGeselecteerd(new Set()), [selectieSleutel]);

  const zet = (nieuw: OverzichtStand) => navigate(`${pad}${schrijfStand(nieuw)}`, { replace: true });
  const zetFilter = (filter: Filter, waarde: string) =>
    zet({ ...stand, filters: { ...stand.filters, [filter]: waarde || undefined }, pagina: 1 });
  const sorteer = (kolom: Sorteer) =>
    zet({
      ...stand,
      sorteer: kolom,
      richting: stand.sorteer === kolom && stand.richting === "op" ? "af" : "op",
      pagina: 1,
    });

  const aantalPaginas = data ? Math.max(1, Math.ceil(data.totaal / (data.perPagina || PER_PAGINA))) : 1;
  // After filtering or a decision the page asked for may no longer exist.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new answer can make the page too far
  useEffect(() => {
    if (data && data.totaal > 0 && stand.pagina > aantalPaginas) zet({ ...stand, pagina: aantalPaginas });
  }, [data]);

  const regels = (data?.items ?? []).flatMap((regel) => {
    const nu = bijgewerkt.basis === data ? bijgewerkt.regels[regel.id] : undefined;
    if (nu === null) return [];
    return [nu ?? regel];
  });

  // Focus moves after the commit that closes the dialog: a native <dialog> hands focus back to
  // what opened it when it closes, so focusing any earlier (a frame, under load) would be undone.
  const [focusNaar, setFocusNaar] = useState<{ rij?: string; melding: boolean } | null>(null);
  useEffect(() => {
    if (!focusNaar) return;
    const knop = focusNaar.rij ? document.getElementById(menuKnopId(focusNaar.rij)) : null;
    const doel =
      knop ?? (focusNaar.melding ? overzichtRef.current?.querySelector<HTMLElement>("[data-melding]") : null);
    doel?.focus();
  }, [focusNaar]);

  const toon = (nieuw: Melding, focus?: string) => {
    setMelding(nieuw);
    setFocusNaar({ rij: focus, melding: true });
  };

  const kies = (regel: Aanmelding, keuze: MenuKeuze) => {
    setMelding(null);
    if (keuze === "okidoc-inzien") void openOkidoc(regel);
    else setActief({ regel, keuze });
  };

  // TRT-02: the PDF opens in a new tab; a blocked pop-up leaves a link to click instead.
  const openOkidoc = async (regel: Aanmelding) => {
    setMelding(null);
    try {
      const pdf = await okidocPdf(regel.id);
      const venster = window.open(pdf.url, "_blank");
      if (venster) venster.opener = null;
      else toon({ soort: "okidoc", naam: regel.leerlingNaam, url: pdf.url, bestandsnaam: pdf.bestandsnaam });
    } catch (e) {
      toon({ soort: "fout", tekst: foutTekst(alsApiError(e), t) });
    }
  };

  const gedaan = (regel: Aanmelding, actie: BehandelActie, detail: AanmeldingDetail) => {
    const weg = verlaatOverzicht(actie, detail);
    setBijgewerkt((vorige) => ({
      basis: data,
      regels: { ...(vorige.basis === data ? vorige.regels : {}), [regel.id]: weg ? null : detail },
    }));
    if (weg) setGeselecteerd((vorige) => new Set([...vorige].filter((id) => id !== regel.id)));
    setActief(null);
    ververs();
    toon(
      { soort: "ok", tekst: t(GEDAAN[actie] ?? "behandel.gedaan.algemeen", { naam: regel.leerlingNaam }) },
      weg ? undefined : regel.id,
    );
  };

  const conflict = (regel: Aanmelding, fout: ApiError) => {
    setActief(null);
    ververs();
    toon({ soort: "fout", tekst: foutTekst(fout, t) }, regel.id);
  };

  const sluitDialoog = (regel: Aanmelding) => {
    setActief(null);
    setFocusNaar({ rij: regel.id, melding: false });
  };

  const selecteer = (ids: readonly string[], aan: boolean) =>
    setGeselecteerd((vorige) => {
      const nieuw = new Set(vorige);
      for (const id of ids) {
        if (aan) nieuw.add(id);
        else nieuw.delete(id);
      }
      return nieuw;
    });

  const aantalTekst =
    data && data.totaalSchool > 0
      ? heeftFilters(stand) || stand.zoek
        ? data.totaal === 1
          ? t("overzicht.gevondenEen", { totaal: data.totaalSchool })
          : t("overzicht.gevonden", { aantal: data.totaal, totaal: data.totaalSchool })
        : data.totaal === 1
          ? t("aanmeldingen.aantalEen")
          : t("aanmeldingen.aantal", { aantal: data.totaal })
      : "";

  return (
    <div ref={overzichtRef} className="elk-overzicht">
      <OverzichtFilters
        stand={stand}
        afdelingen={data?.afdelingen ?? []}
        groepen={data?.groepen ?? []}
        onFilter={zetFilter}
        onZoek={(zoek) => zet({ ...stand, zoek, pagina: 1 })}
        onWisFilters={() => zet({ ...stand, filters: {}, pagina: 1 })}
        onWisZoek={() => zet({ ...stand, zoek: "", pagina: 1 })}
      />

      <div className="elk-overzicht__balk">
        <Bulkacties
          geselecteerd={[...geselecteerd]}
          groepen={data?.groepen ?? []}
          filter={apiQuery(stand, schooljaar)}
          schooljaar={schooljaar}
          onWisSelectie={() => setGeselecteerd(new Set())}
          onGedaan={(tekst) => {
            setGeselecteerd(new Set());
            ververs();
            toon({ soort: "ok", tekst });
          }}
          ververs={ververs}
        />
        <p className="elk-overzicht__aantal" role="status">
          {overzicht.bezig && data ? t("overzicht.bijwerken") : aantalTekst}
        </p>
      </div>

      {/* The Alert is the live region itself (role status). */}
      <div className="elk-overzicht__melding">
        {melding?.soort === "ok" && (
          <Alert type="ok" tabIndex={-1} data-melding>
            <Paragraph>{melding.tekst}</Paragraph>
          </Alert>
        )}
        {melding?.soort === "okidoc" && (
          <Alert type="info" tabIndex={-1} data-melding>
            <Paragraph>
              <Link href={melding.url} target="_blank" rel="noopener noreferrer">
                {t("overzicht.okidoc.link", { naam: melding.naam, bestandsnaam: melding.bestandsnaam })}
              </Link>
            </Paragraph>
          </Alert>
        )}
      </div>
      {melding?.soort === "fout" && (
        <Alert type="error" role="alert" tabIndex={-1} data-melding>
          <Paragraph lang="nl">{melding.tekst}</Paragraph>
        </Alert>
      )}

      {overzicht.fout && <ApiFout fout={overzicht.fout} opnieuw={ververs} />}
      {!data ? (
        !overzicht.fout && (
          <Paragraph role="status" className="elk-laden">
            {t("app.laden")}
          </Paragraph>
        )
      ) : data.totaalSchool === 0 ? (
        <Paragraph className="elk-leeg">{t("aanmeldingen.geen", { schooljaar })}</Paragraph>
      ) : regels.length === 0 ? (
        <Paragraph className="elk-leeg">{t("overzicht.geenResultaat")}</Paragraph>
      ) : (
        <>
          <AanmeldingenTabel
            regels={regels}
            bijschrift={aantalTekst}
            sortering={stand}
            geselecteerd={geselecteerd}
            bezig={overzicht.bezig}
            acties={{
              onSorteer: sorteer,
              onSelecteer: (regel, aan) => selecteer([regel.id], aan),
              onSelecteerPagina: (aan) =>
                selecteer(
                  regels.map((regel) => regel.id),
                  aan,
                ),
              onKies: kies,
              onOkidoc: (regel) => void openOkidoc(regel),
            }}
          />
          <Paginering
            pagina={Math.min(stand.pagina, aantalPaginas)}
            aantal={aantalPaginas}
            onPagina={(pagina) => zet({ ...stand, pagina })}
          />
          <Legenda />
        </>
      )}

      {actief && (
        <BehandelDialoog
          keuze={actief.keuze}
          regel={actief.regel}
          onGedaan={(actie, detail) => gedaan(actief.regel, actie, detail)}
          onConflict={(fout) => conflict(actief.regel, fout)}
          onSluit={() => sluitDialoog(actief.regel)}
        />
      )}
    </div>
  );
}

/** The manual's "Legenda symbolen" for the marks of this table. */
function Legenda() {
  const { t } = useI18n();
  return (
    <details className="elk-overzicht__legenda">
      <summary>{t("overzicht.legendaTitel")}</summary>
      <ul>
        <li>{t("overzicht.legenda.v")}</li>
        <li>{t("overzicht.legenda.b")}</li>
        <li>{t("overzicht.legenda.tm")}</li>
        <li>{t("overzicht.legenda.oso")}</li>
      </ul>
    </details>
  );
}
