import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import {
  type AanleverpuntRecord,
  getAanleverpunt,
  getAanmelding,
  getLeerling,
  getOkidoc,
  getOsoDossier,
  getSchool,
  keys,
  listOkidocBijlagen,
  type OsoDossierRecord,
  ontsleutel,
  ontsleutelBsn,
  registreerOsoGebeurtenis,
  werkAanleverpuntBij,
  werkOsoDossierBij,
} from "@elk/data";
import {
  behandelendeSchool,
  bouwOverstapdossier,
  dossierInhoudSleutel,
  leerlingNaam,
  nederlandseDatum,
  type OsoBestand,
  type OsoDossierInvoer,
  osoDossierReden,
} from "@elk/domain";
import { getBsnSleutels } from "../config/bsn";
import { getDb } from "../config/db";
import { requireEnv } from "../config/env";
import { getAanleverpuntSleutel } from "../config/oso";
import { getS3 } from "../config/s3";
import { zorgVoorOkidocPdf } from "../http/okidoc/vo-okidoc";
import { gebeurtenisDoor } from "../middleware/gebeurtenis";
import { logger } from "../middleware/logger";
import type { OsoTrafficCenter } from "./traffic-center";

/** ELK's version in the dossier's metadata (pakketversie). */
const PAKKETVERSIE = "1";

/** How a dossier the worker cannot finish is told to the school (OSO-05), in Dutch. */
const MELDING = {
  nietGeplaatst: "De leerling is niet (meer) geplaatst bij uw school. Er is geen OSO-dossier klaargezet.",
  aanleverpunt:
    "Het aanleverpunt van uw school is niet geregistreerd bij OSO of mag geen overdrachten aanvragen. Vraag de contactpersoon ELK om het te controleren bij OSO > Configureren.",
  ongeldig:
    "Het OSO Traffic Center heeft het dossier geweigerd omdat het niet aan de OSO-standaard voldoet, en heeft 'Mag overdr. aanvragen' voor het aanleverpunt uitgezet. Neem contact op met de helpdesk van ELK.",
  geblokkeerd:
    "Het OSO Traffic Center heeft 'Mag overdr. aanvragen' voor het aanleverpunt van uw school uitgezet. Neem contact op met de OSO Servicedesk van Kennisnet.",
  opnieuw: "Het dossier kon nog niet worden gemaakt; ELK probeert het opnieuw.",
  mislukt: "Het maken van het dossier is na herhaalde pogingen niet gelukt. Klik op Opnieuw proberen.",
} as const;

async function leesBytes(s3Key: string): Promise<Uint8Array> {
  const res = await getS3().send(new GetObjectCommand({ Bucket: requireEnv("FILES_BUCKET"), Key: s3Key }));
  return (await res.Body?.transformToByteArray()) ?? new Uint8Array();
}

const alsBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** The registration's data as the domain's builder takes them; the BSN decrypted here (audited by the caller). */
async function verzamel(
  d: OsoDossierRecord,
  aanleverpunt: AanleverpuntRecord,
): Promise<OsoDossierInvoer | { reden: string }> {
  const db = getDb();
  const a = await getAanmelding(db, d.aanmeldingId);
  if (a?.status !== "geplaatst" || behandelendeSchool(a) !== d.schoolId)
    return { reden: MELDING.nietGeplaatst };
  const leerling = await getLeerling(db, a.leerlingId);
  if (!leerling) return { reden: MELDING.nietGeplaatst };
  const [po, vo, okidoc] = await Promise.all([
    leerling.poSchoolId ? getSchool(db, leerling.poSchoolId) : Promise.resolve(undefined),
    getSchool(db, d.schoolId),
    getOkidoc(db, leerling.id),
  ]);
  const reden = osoDossierReden({
    heeftBasisschoolInElk: po !== undefined,
    basisschoolParticulier: po?.particulier ?? false,
    status: a.status,
  });
  if (!reden.mogelijk) return { reden: reden.reden };
  if (!po || !vo) return { reden: MELDING.nietGeplaatst };
  const vrijgegeven = okidoc && (okidoc.status === "vrijgegeven" || okidoc.status === "aangevuld");
  const bijlagen = okidoc ? (await listOkidocBijlagen(db, leerling.id)).filter((b) => !b.verwijderdOp) : [];
  const bestanden: OsoBestand[] = await Promise.all(
    bijlagen.map(async (b) => ({
      bestandsnaam: b.bestandsnaam,
      mimeType: b.contentType,
      inhoud: alsBase64(await leesBytes(b.s3Key)),
    })),
  );
  const pdf =
    okidoc && vrijgegeven
      ? {
          bestandsnaam: `Oki-doc ${leerlingNaam(leerling)} (${leerling.elkNummer}).pdf`,
          mimeType: "application/pdf",
          inhoud: alsBase64(await leesBytes(await zorgVoorOkidocPdf(db, leerling, okidoc))),
          omschrijving: "Onderwijskundig document (oki-doc) uit ELK",
        }
      : undefined;
  return {
    leerling: {
      elkNummer: leerling.elkNummer,
      roepnaam: leerling.roepnaam,
      ...(leerling.tussenvoegsel ? { tussenvoegsel: leerling.tussenvoegsel } : {}),
      achternaam: leerling.achternaam,
      geboortedatum: leerling.geboortedatum,
      geslacht: leerling.geslacht,
      identificatie: {
        soort: leerling.identificatie,
        nummer: ontsleutelBsn(leerling.bsnVersleuteld, getBsnSleutels()),
      },
      adres: leerling.adres,
      emailOuders: leerling.emailOuders,
    },
    ouders: [],
    huidigeSchool: {
      naam: po.naam,
      brin: po.brin,
      vestigingscode: po.vestigingscode,
      adres: po.adres,
      telefoon: po.telefoon,
      aanleverpunt: String(aanleverpunt.nummer),
    },
    ontvangendeSchool: { naam: vo.naam, brin: vo.brin, vestigingscode: vo.vestigingscode },
    schooljaar: leerling.schooljaar,
    ...(leerling.advies ? { advies: leerling.advies } : {}),
    okidoc: {
      status: okidoc?.status ?? "concept",
      velden: okidoc?.velden ?? {},
      ...(pdf ? { pdf } : {}),
      bijlagen: bestanden,
    },
    metadata: { pakketversie: PAKKETVERSIE },
  };
}

/**
 * OSO-03: builds the dossier of one registration and offers it to the Traffic Center through the
 * school's aanleverpunt. A new version only when the content changed (dossierInhoudSleutel); the
 * same version offered again replaces itself, so a retried message never makes a second version.
 * What cannot succeed by trying again (not placed, no aanleverpunt, refused) is written on the
 * record for the monitor; anything else throws, and SQS tries again (`poging`: its receive count).
 */
export async function verwerkOsoDossier(
  aanmeldingId: string,
  trafficCenter: OsoTrafficCenter,
  poging: number,
  maxPogingen: number,
): Promise<void> {
  const db = getDb();
  const d = await getOsoDossier(db, aanmeldingId);
  if (!d) return;
  const nu = new Date();
  const mislukt = (fout: string) =>
    werkOsoDossierBij(db, aanmeldingId, { status: "fout", fout, gewijzigdOp: nu.toISOString() });
  const aanleverpunt = await getAanleverpunt(db, d.schoolId);
  if (
    !aanleverpunt?.geregistreerd ||
    !aanleverpunt.magOverdrachtAanvragen ||
    !aanleverpunt.sleutelVersleuteld
  ) {
    await mislukt(MELDING.aanleverpunt);
    return;
  }
  try {
    const invoer = await verzamel(d, aanleverpunt);
    if ("reden" in invoer) {
      await mislukt(invoer.reden);
      return;
    }
    const inhoudSleutel = dossierInhoudSleutel(invoer);
    const status = (versie: number) => (versie === d.opgehaaldVersie ? "opgehaald" : "klaar");
    if (inhoudSleutel === d.inhoudSleutel && d.versie > 0 && d.status !== "fout") {
      // Set ready again, or rebuilt after a change that does not reach the dossier: as it was.
      if (d.status === "in-wachtrij") {
        await werkOsoDossierBij(
          db,
          aanmeldingId,
          { status: status(d.versie), gewijzigdOp: nu.toISOString() },
          ["fout"],
        );
      }
      return;
    }
    const versie = inhoudSleutel === d.inhoudSleutel ? d.versie : d.versie + 1;
    const xml = bouwOverstapdossier(invoer, { datum: nederlandseDatum(nu) });
    const s3Key = `oso/${d.schooljaar}/${d.schoolId}/${aanmeldingId}/v${versie}.xml`;
    await getS3().send(
      new PutObjectCommand({
        Bucket: requireEnv("FILES_BUCKET"),
        Key: s3Key,
        Body: xml,
        ContentType: "application/xml",
      }),
    );
    const vo = await getSchool(db, d.schoolId);
    const uitkomst = await trafficCenter.biedAan(
      {
        nummer: aanleverpunt.nummer,
        sleutel: ontsleutel(aanleverpunt.sleutelVersleuteld, getAanleverpuntSleutel()),
      },
      {
        dossierId: aanmeldingId,
        versie,
        ontvanger: { brin: vo?.brin ?? "", vestigingscode: vo?.vestigingscode ?? "" },
        xml,
      },
    );
    if (!uitkomst.ok) {
      if (uitkomst.fout === "ongeldig-dossier" || uitkomst.fout === "geblokkeerd") {
        await werkAanleverpuntBij(db, d.schoolId, { magOverdrachtAanvragen: false });
      }
      logger.warn("oso dossier refused", { aanmeldingId, versie, fout: uitkomst.fout });
      await mislukt(
        uitkomst.fout === "ongeldig-dossier"
          ? MELDING.ongeldig
          : uitkomst.fout === "geblokkeerd"
            ? MELDING.geblokkeerd
            : MELDING.aanleverpunt,
      );
      return;
    }
    await werkOsoDossierBij(
      db,
      aanmeldingId,
      {
        status: status(versie),
        versie,
        inhoudSleutel,
        s3Key,
        klaarOp: nu.toISOString(),
        pogingen: 0,
        gewijzigdOp: nu.toISOString(),
        leerlingNaam: leerlingNaam(invoer.leerling),
      },
      ["fout"],
    );
    // The BSN and the oki-doc were read for it: on the registration's history, by the system.
    await registreerOsoGebeurtenis(
      db,
      gebeurtenisDoor(
        "systeem",
        keys.aanmelding.item(aanmeldingId),
        "oso-dossier-klaargezet",
        { versie },
        nu,
      ),
    );
    logger.info("oso dossier offered", { aanmeldingId, versie });
  } catch (error) {
    await werkOsoDossierBij(db, aanmeldingId, {
      ...(poging >= maxPogingen ? { status: "fout", fout: MELDING.mislukt } : { fout: MELDING.opnieuw }),
      pogingen: poging,
      gewijzigdOp: nu.toISOString(),
    }).catch(() => undefined);
    throw error;
  }
}
