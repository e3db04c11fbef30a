import { Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { ApiResultaat } from "../lib/use-api";
import { ApiFout } from "./api-fout";

/** Shows loading and failure the same way on every screen; `children` renders the data. */
export function ApiWeergave<T>({
  resultaat,
  children,
}: {
  resultaat: ApiResultaat<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  switch (resultaat.status) {
    case "laden":
      return (
        <Paragraph role="status" className="elk-laden">
          {t("app.laden")}
        </Paragraph>
      );
    case "fout":
      return <ApiFout fout={resultaat.fout} opnieuw={resultaat.opnieuw} />;
    case "klaar":
      return <>{children(resultaat.data)}</>;
  }
}
