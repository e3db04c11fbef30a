import type { SwvAanvragenLijst } from "@elk/contracts";
import {
  Button,
  Heading1,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import "../swv.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { Tabel } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { formatDatumTijdKort } from "../../../lib/datum";
import { useDocumentTitle } from "../../../lib/document-title";
import { navigate, RouterLink, useZoekParameters } from "../../../lib/router";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useSwvAanvraag, useSwvAanvragen, useSwvKandidaten } from "../api/swv";
import { AanvraagDetail } from "../components/aanvraag-detail";
import { AanvraagFormulier } from "../components/aanvraag-formulier";
import { soortLabel, statusLabel } from "../components/labels";
import { aanvraagPad } from "../utils/bestand";

/**
 * Leerlingen > Aanvragen SWV (Amsterdam): the school's requests to the samenwerkingsverband, and
 * one request when the query string names it (`?aanvraag=…`), so a reload or Back returns to it.
 */
export function SwvRoute() {
  const aanvraagId = useZoekParameters().get("aanvraag");
  return aanvraagId ? <AanvraagScherm key={aanvraagId} aanvraagId={aanvraagId} /> : <AanvragenScherm />;
}

function AanvragenScherm() {
  const { t } = useI18n();
  useDocumentTitle(t("swv.titel"));
  const { schooljaar } = useSchooljaar();
  const lijst = useSwvAanvragen(schooljaar);
  return (
    <>
      <Heading1>{t("swv.titel")}</Heading1>
      <ApiWeergave resultaat={lijst}>
        {(data) => <Aanvragen key={schooljaar} lijst={data} schooljaar={schooljaar} />}
      </ApiWeergave>
    </>
  );
}

function Aanvragen({ lijst, schooljaar }: { lijst: SwvAanvragenLijst; schooljaar: string }) {
  const { t, locale } = useI18n();
  const [opstellen, setOpstellen] = useState(false);
  const knopRef = useRef<HTMLButtonElement>(null);
  const swv = lijst.samenwerkingsverband;
  return (
    <>
      <div className="elk-swv__kop">
        <div>
          <Paragraph>{t("swv.intro")}</Paragraph>
          {swv && <Paragraph>{t("swv.introOntvanger", { naam: swv.naam, email: swv.email })}</Paragraph>}
        </div>
        {lijst.magOpstellen && !opstellen && (
          <Button ref={knopRef} appearance="primary-action-button" onClick={() => setOpstellen(true)}>
            {t("swv.opstellen")}
          </Button>
        )}
      </div>
      {opstellen && (
        <NieuweAanvraag
          schooljaar={schooljaar}
          annuleren={() => {
            setOpstellen(false);
            requestAnimationFrame(() => knopRef.current?.focus());
          }}
        />
      )}
      {lijst.items.length === 0 ? (
        <Paragraph className="elk-leeg">{t("swv.geen")}</Paragraph>
      ) : (
        <Tabel bijschrift={t("swv.lijst")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("swv.kol.leerling")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("swv.kol.elkNummer")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("swv.kol.soort")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("swv.kol.status")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("swv.kol.gewijzigd")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("swv.kol.opgesteldDoor")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.items.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">
                  <RouterLink
                    href={aanvraagPad(a.id)}
                    aria-label={t("swv.openen", { naam: a.leerling.naam })}
                  >
                    {a.leerling.naam}
                  </RouterLink>
                </TableHeaderCell>
                <TableCell className="elk-nowrap">{a.leerling.elkNummer}</TableCell>
                <TableCell>{t(soortLabel(a.soort))}</TableCell>
                <TableCell>
                  {t(statusLabel(a.status))}
                  {a.teruggestuurd && (
                    <span className="elk-swv__teruggestuurd"> ({t("swv.teruggestuurdLabel")})</span>
                  )}
                </TableCell>
                <TableCell className="elk-nowrap">
                  <time dateTime={a.gewijzigdOp}>{formatDatumTijdKort(a.gewijzigdOp, locale)}</time>
                </TableCell>
                <TableCell>{a.aangemaaktDoor.naam}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
    </>
  );
}

/** The pupils to choose from are read when the form opens: they change during the week. */
function NieuweAanvraag({ schooljaar, annuleren }: { schooljaar: string; annuleren: () => void }) {
  const kandidaten = useSwvKandidaten(schooljaar);
  return (
    <ApiWeergave resultaat={kandidaten}>
      {(data) => (
        <AanvraagFormulier
          modus={{ soort: "nieuw", schooljaar, kandidaten: data }}
          naOpgeslagen={(aanvraag) => navigate(aanvraagPad(aanvraag.id))}
          annuleren={annuleren}
        />
      )}
    </ApiWeergave>
  );
}

function AanvraagScherm({ aanvraagId }: { aanvraagId: string }) {
  const { t } = useI18n();
  const aanvraag = useSwvAanvraag(aanvraagId);
  const naam = aanvraag.status === "klaar" ? aanvraag.data.leerling.naam : "";
  useDocumentTitle(naam ? t("swv.detail.titel", { naam }) : t("swv.titel"));
  return (
    <>
      <Paragraph>
        <RouterLink href="/leerlingen/aanvragen-swv">{t("swv.detail.terug")}</RouterLink>
      </Paragraph>
      <ApiWeergave resultaat={aanvraag}>{(data) => <AanvraagDetail geladen={data} />}</ApiWeergave>
    </>
  );
}
