import type { SchoolDetail } from "@elk/contracts";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, useState } from "react";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { RouterLink } from "../../../lib/router";
import { useSchool } from "../api/school";
import { SCHOLEN_PAD } from "../utils/paden";
import { AfdelingenSectie } from "./afdelingen-sectie";
import { SchoolGegevensSectie } from "./school-gegevens-sectie";

/**
 * One school: its data (ORG-02) and, for a VO school, its afdelingen (ORG-03). Opened from the
 * list, it is titled with the school's name and links back; a locatiebeheerder lands here directly.
 */
export function SchoolScherm(props: { schoolId: string; vanuitLijst?: boolean; beginBewerken?: boolean }) {
  const { schoolId, vanuitLijst = false, beginBewerken } = props;
  const { t } = useI18n();
  const school = useSchool(schoolId);
  return (
    <>
      {vanuitLijst && (
        <Paragraph className="elk-terug">
          <RouterLink href={SCHOLEN_PAD}>{t("scholen.terug")}</RouterLink>
        </Paragraph>
      )}
      <ApiWeergave resultaat={school}>
        {(data) => (
          <SchoolBeheer
            begin={data}
            vanuitLijst={vanuitLijst}
            beginBewerken={beginBewerken}
            herlaad={school.opnieuw}
          />
        )}
      </ApiWeergave>
    </>
  );
}

function SchoolBeheer(props: {
  begin: SchoolDetail;
  vanuitLijst: boolean;
  beginBewerken: boolean | undefined;
  herlaad: () => void;
}) {
  const { begin, vanuitLijst, herlaad } = props;
  const { t } = useI18n();
  // One version covers the data and the afdelingen: each save hands the newest to both sections.
  const [school, setSchool] = useState(begin);
  const titel = vanuitLijst ? school.naam : t("scholen.titelEen");
  useDocumentTitle(titel);
  const titelRef = useRef<HTMLHeadingElement>(null);

  // Opened from the list the page changed without a new path: focus goes to its title.
  useEffect(() => {
    if (vanuitLijst) titelRef.current?.focus();
  }, [vanuitLijst]);

  return (
    <>
      <Heading1 ref={titelRef} tabIndex={-1} className="elk-school__titel">
        {titel}
      </Heading1>
      <Paragraph>
        {school.wijzigbareVelden.length > 0 ? t("scholen.introWijzigen") : t("scholen.introLezen")}
      </Paragraph>
      <SchoolGegevensSectie
        school={school}
        onOpgeslagen={setSchool}
        herlaad={herlaad}
        beginBewerken={props.beginBewerken}
      />
      {school.schooltype === "VO" && (
        <AfdelingenSectie school={school} onOpgeslagen={setSchool} herlaad={herlaad} />
      )}
    </>
  );
}
