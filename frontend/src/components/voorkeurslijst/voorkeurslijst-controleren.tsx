import { Button } from "@utrecht/component-library-react";
import type { ApiError } from "../../lib/api-client";
import { ApiFout } from "../api-fout";
import { type KeuzeSchool, regelsVan, type VoorkeurslijstVerzoek } from "./voorkeurslijst-invoer";
import { VoorkeurslijstOverzicht } from "./voorkeurslijst-overzicht";

/**
 * The review before the registration is final (REG-02, REG-09), for the school and for the
 * parents alike: the list read-only, the API's message if making it final failed (REG-04 names
 * the school the pupil is registered at and its phone), then "Aanmelding definitief maken" beside
 * "Vorige". The texts come from the flow, in its own words.
 */
export function VoorkeurslijstControleren(props: {
  verzoek: VoorkeurslijstVerzoek;
  scholen: readonly KeuzeSchool[];
  fout: ApiError | null;
  bezig: boolean;
  onDefinitief: () => void;
  onVorige: () => void;
  teksten: { definitief: string; definitiefBezig: string; vorige: string };
}) {
  const { verzoek, scholen, fout, bezig, onDefinitief, onVorige, teksten } = props;
  return (
    <>
      <VoorkeurslijstOverzicht regels={regelsVan(verzoek, scholen)} eersteKeuze={verzoek.eersteKeuze} />
      {fout && <ApiFout fout={fout} />}
      <div className="elk-formulier__knoppen">
        <Button appearance="primary-action-button" busy={bezig} disabled={bezig} onClick={onDefinitief}>
          {bezig ? teksten.definitiefBezig : teksten.definitief}
        </Button>
        <Button appearance="secondary-action-button" disabled={bezig} onClick={onVorige}>
          {teksten.vorige}
        </Button>
      </div>
    </>
  );
}
