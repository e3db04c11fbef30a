import { type OkidocBijlagen, type OkidocPdf, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** TRT-02: a short-lived link to the released oki-doc's PDF. */
export function okidocPdf(aanmeldingId: string): Promise<OkidocPdf> {
  return roepAan(ROUTES.okidocPdf, { params: { aanmeldingId } });
}

/** TRT-02: the attachments the primary school added to the oki-doc, each a short-lived link. */
export function useOkidocBijlagen(aanmeldingId: string): ApiResultaat<OkidocBijlagen> {
  return useApi(`okidoc-bijlagen:${aanmeldingId}`, (signal) =>
    roepAan(ROUTES.okidocBijlagen, { params: { aanmeldingId }, signal }),
  );
}
