import type { PoOkidoc } from "@elk/contracts";
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
} from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";

/** PO-01: a released oki-doc, read-only: every section, a choice by its label, empty fields as such. */
export function OkidocWeergave({ okidoc }: { okidoc: PoOkidoc }) {
  const { t } = useI18n();
  const leeg = <span className="elk-okidoc__leeg">{t("okidoc.nietIngevuld")}</span>;
  return (
    <>
      {okidoc.formulier.map((sectie, i) => (
        <section key={sectie.id} className="elk-okidoc__sectie" aria-labelledby={`okidoc-${sectie.id}`}>
          <Heading2 id={`okidoc-${sectie.id}`}>{sectie.titel}</Heading2>
          <DataList className="elk-gegevens elk-okidoc__gegevens">
            {i === 0 && (
              <DataListItem>
                <DataListKey>{t("okidoc.advies")}</DataListKey>
                <DataListValue>{okidoc.leerling.advies ?? leeg}</DataListValue>
              </DataListItem>
            )}
            {sectie.velden.map((veld) => {
              const waarde = okidoc.velden[veld.id];
              const tekst =
                veld.soort === "ja-nee"
                  ? t(waarde === "ja" ? "okidoc.ja" : "okidoc.nee")
                  : veld.soort === "keuze"
                    ? (veld.keuzes?.find((k) => k.waarde === waarde)?.label ?? waarde)
                    : waarde;
              return (
                <DataListItem key={veld.id}>
                  <DataListKey>{veld.label}</DataListKey>
                  <DataListValue className="elk-okidoc__waarde">{waarde ? tekst : leeg}</DataListValue>
                </DataListItem>
              );
            })}
          </DataList>
        </section>
      ))}
    </>
  );
}
