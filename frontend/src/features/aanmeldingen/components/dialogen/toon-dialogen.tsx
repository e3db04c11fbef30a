import {
  Link,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { ApiWeergave } from "../../../../components/api-weergave";
import { Notities } from "../../../../components/notities/notities";
import { Tabel } from "../../../../components/tabel";
import { useI18n } from "../../../../i18n/i18n";
import { formatDatumTijdKort } from "../../../../lib/datum";
import { useHistorie } from "../../api/behandelen";
import { useOkidocBijlagen } from "../../api/okidoc";
import type { Aanmelding } from "../../api/overzicht";
import { ToonDialoog } from "./dialoog";

interface ToonProps {
  regel: Aanmelding;
  onSluit: () => void;
}

/** TRT-11 Toon historie: what happened to the registration, also at other schools, oldest first. */
export function HistorieDialoog({ regel, onSluit }: ToonProps) {
  const { t, locale } = useI18n();
  const historie = useHistorie(regel.id);
  return (
    <ToonDialoog
      titel={t("behandel.historie.titel", { naam: regel.leerlingNaam })}
      regel={regel}
      intro={t("behandel.historie.intro")}
      onSluit={onSluit}
    >
      <ApiWeergave resultaat={historie}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph className="elk-leeg">{t("behandel.historie.geen")}</Paragraph>
          ) : (
            <Tabel bijschrift={t("behandel.historie.titel", { naam: data.leerlingNaam })}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("behandel.historie.op")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("behandel.historie.school")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("behandel.historie.omschrijving")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("behandel.historie.door")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("behandel.historie.toelichting")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((item, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: history events have no id; the list only grows at the end
                  <TableRow key={i}>
                    <TableCell className="elk-nowrap">
                      <time dateTime={item.op}>{formatDatumTijdKort(item.op, locale)}</time>
                    </TableCell>
                    <TableCell>{item.school}</TableCell>
                    <TableCell lang="nl">{item.omschrijving}</TableCell>
                    <TableCell>{item.door}</TableCell>
                    <TableCell lang="nl" className="elk-behandeldialoog__toelichting">
                      {item.toelichting}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Tabel>
          )
        }
      </ApiWeergave>
    </ToonDialoog>
  );
}

/** TRT-12 Notities: the same notes and form as the primary school has (PO-03). */
export function NotitiesDialoog({ regel, onSluit }: ToonProps) {
  const { t } = useI18n();
  return (
    <ToonDialoog
      titel={t("behandel.notities.titel", { naam: regel.leerlingNaam })}
      regel={regel}
      onSluit={onSluit}
    >
      <Notities leerlingId={regel.leerlingId} />
    </ToonDialoog>
  );
}

/** TRT-02: the attachments the primary school added to the oki-doc, each a link. */
export function BijlagenDialoog({ regel, onSluit }: ToonProps) {
  const { t } = useI18n();
  const bijlagen = useOkidocBijlagen(regel.id);
  return (
    <ToonDialoog
      titel={t("behandel.bijlagen.titel", { naam: regel.leerlingNaam })}
      regel={regel}
      onSluit={onSluit}
    >
      <ApiWeergave resultaat={bijlagen}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph className="elk-leeg">{t("behandel.bijlagen.geen")}</Paragraph>
          ) : (
            <ul className="elk-bijlagen" aria-label={t("behandel.bijlagen.lijst")}>
              {data.items.map((bijlage) => (
                <li key={bijlage.id}>
                  {bijlage.url ? (
                    <Link href={bijlage.url} target="_blank" rel="noopener noreferrer">
                      {bijlage.bestandsnaam}
                    </Link>
                  ) : (
                    <>
                      {bijlage.bestandsnaam} ({t("behandel.bijlagen.scan.bezig")})
                    </>
                  )}{" "}
                  <span className="elk-bijlagen__grootte">
                    (
                    {t("behandel.bijlagen.grootte", {
                      grootte: Math.max(1, Math.round(bijlage.grootte / 1024)),
                    })}
                    )
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </ApiWeergave>
    </ToonDialoog>
  );
}
