import type { AanmeldingDetail } from "@elk/contracts";
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useId, useRef, useState } from "react";
import {
  FormulierMelding,
  formulierFout,
  Keuzeveld,
  Tekstveld,
  useFocusOpFout,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useVerzenden } from "../../../lib/use-verzenden";
import { corrigeerToewijzing, zoekAanmelding } from "../api/toewijzing";

/**
 * Leerlingen > Toewijzing corrigeren (TRT-08, TRT-14): "Als een leerling na de centrale plaatsing
 * en loting door de school van 1e voorkeur op de verkeerde school geplaatst is" the 1st-choice
 * school calls the helpdesk — here the region administrator puts it right.
 */
export function ToewijzingRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("toewijzing.titel"));
  const [elkNummer, setElkNummer] = useState("");
  const [gevonden, setGevonden] = useState<AanmeldingDetail | null>(null);
  const zoeken = useVerzenden(zoekAanmelding);
  const formRef = useRef<HTMLFormElement>(null);
  const fout = formulierFout(zoeken.fout, t);
  useFocusOpFout(formRef, zoeken.fout);

  const zoek = async (event: FormEvent) => {
    event.preventDefault();
    setGevonden(null);
    const detail = await zoeken.verzend(elkNummer);
    if (detail) setGevonden(detail);
  };

  return (
    <>
      <Heading1>{t("toewijzing.titel")}</Heading1>
      <Paragraph>{t("toewijzing.intro")}</Paragraph>
      <form ref={formRef} onSubmit={zoek} noValidate className="elk-formulier">
        <FormulierMelding tekst={fout.algemeen} />
        <Tekstveld
          naam="elkNummer"
          label={t("toewijzing.elkNummer")}
          waarde={elkNummer}
          onWijzig={setElkNummer}
          fout={fout.velden.elkNummer}
          verplicht
          letterlijk
        />
        <div className="elk-formulier__knoppen">
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={zoeken.bezig}
            disabled={zoeken.bezig}
          >
            {zoeken.bezig ? t("toewijzing.zoekenBezig") : t("toewijzing.zoeken")}
          </Button>
        </div>
      </form>
      {gevonden && <Correctie key={gevonden.id} detail={gevonden} onGewijzigd={setGevonden} />}
    </>
  );
}

function Correctie({
  detail,
  onGewijzigd,
}: {
  detail: AanmeldingDetail;
  onGewijzigd: (d: AanmeldingDetail) => void;
}) {
  const { t } = useI18n();
  const titelId = useId();
  const [schoolId, setSchoolId] = useState("");
  const [afdelingId, setAfdelingId] = useState("");
  const [gelukt, setGelukt] = useState<string | null>(null);
  const corrigeren = useVerzenden(corrigeerToewijzing);
  const formRef = useRef<HTMLFormElement>(null);
  const meldingRef = useRef<HTMLDivElement>(null);
  const fout = formulierFout(corrigeren.fout, t);
  useFocusOpFout(formRef, corrigeren.fout);
  const scholen = detail.toewijsbareScholen ?? [];
  const school = scholen.find((s) => s.id === schoolId);
  const magCorrigeren = detail.opties.includes("toewijzing-corrigeren");

  const verstuur = async (event: FormEvent) => {
    event.preventDefault();
    const nieuw = await corrigeren.verzend(detail.id, { schoolId, afdelingId, version: detail.version });
    if (!nieuw) return;
    const afdeling = school?.afdelingen.find((a) => a.id === afdelingId)?.naam ?? "";
    onGewijzigd(nieuw);
    setGelukt(t("toewijzing.gecorrigeerd", { naam: nieuw.leerlingNaam, school: nieuw.schoolNaam, afdeling }));
    requestAnimationFrame(() => meldingRef.current?.focus());
  };

  return (
    <section aria-labelledby={titelId} className="elk-toewijzing">
      <Heading2 id={titelId}>{`${detail.leerlingNaam} (${detail.elkNummer})`}</Heading2>
      <div ref={meldingRef} tabIndex={-1}>
        {gelukt && (
          <Alert type="ok">
            <Paragraph>{gelukt}</Paragraph>
          </Alert>
        )}
      </div>
      <DataList>
        <DataListItem>
          <DataListKey>{t("toewijzing.huidigeSchool")}</DataListKey>
          <DataListValue>{`${detail.schoolNaam}, ${detail.eersteKeuzeAfdeling}`}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("toewijzing.status")}</DataListKey>
          <DataListValue>{detail.statusLabel}</DataListValue>
        </DataListItem>
        {detail.toegewezenDoor && (
          <DataListItem>
            <DataListKey>{t("toewijzing.toegewezenDoor")}</DataListKey>
            <DataListValue>{detail.toegewezenDoor}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t("toewijzing.voorkeurslijst")}</DataListKey>
          <DataListValue>
            <ol>
              {detail.keuzes.map((k) => (
                <li key={`${k.schoolId}-${k.afdelingId}`}>{`${k.schoolNaam} — ${k.afdelingNaam}`}</li>
              ))}
            </ol>
          </DataListValue>
        </DataListItem>
      </DataList>
      {magCorrigeren ? (
        <form ref={formRef} onSubmit={verstuur} noValidate className="elk-formulier">
          <FormulierMelding tekst={fout.algemeen} />
          <Keuzeveld
            naam="schoolId"
            label={t("toewijzing.school")}
            leeg={t("toewijzing.kiesSchool")}
            waarde={schoolId}
            onWijzig={(waarde) => {
              setSchoolId(waarde);
              setAfdelingId("");
            }}
            keuzes={scholen.map((s) => ({ waarde: s.id, label: s.naam }))}
            fout={fout.velden.schoolId}
            verplicht
          />
          <Keuzeveld
            naam="afdelingId"
            label={t("toewijzing.afdeling")}
            leeg={t("toewijzing.kiesAfdeling")}
            waarde={afdelingId}
            onWijzig={setAfdelingId}
            keuzes={(school?.afdelingen ?? []).map((a) => ({ waarde: a.id, label: a.naam }))}
            fout={fout.velden.afdelingId}
            verplicht
          />
          <div className="elk-formulier__knoppen">
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={corrigeren.bezig}
              disabled={corrigeren.bezig}
            >
              {corrigeren.bezig ? t("toewijzing.corrigerenBezig") : t("toewijzing.corrigeren")}
            </Button>
          </div>
        </form>
      ) : (
        <Alert type="info">
          <Paragraph>{t("toewijzing.nietToegewezen")}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
