import { ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { useApi } from "../../../lib/use-api";

/** REG-11: the documents the parents of a buitenleerling sent, and whether they may send one. */
export function useDocumenten(leerlingId: string) {
  return useApi(`ouder:documenten:${leerlingId}`, (signal) =>
    roepAan(ROUTES.documenten, { params: { leerlingId }, signal }),
  );
}

export type Document = Awaited<ReturnType<typeof documentUploaden>>;

/** REG-11: one file, its content as base64; the API checks type and size once more. */
export function documentUploaden(
  leerlingId: string,
  bestand: { bestandsnaam: string; contentType: string; inhoud: string },
) {
  return roepAan(ROUTES.documentUploaden, { params: { leerlingId }, body: bestand });
}
