import type { RemedyKind } from "@/lib/workflow/decisions";
import type { AgencyLetterSettings, RemedyParagraph } from "./types";

/**
 * 救济途径告知 (letters.md). Ordinary: 行政复议 within 60 days, or a suit within 6 months.
 * 复议前置 for （三）1–7: reconsideration first (行政复议法第二十三条), then a suit within 15 days of
 * the reconsideration decision or of the end of its period (行政诉讼法第四十五条).
 */
export function ordinaryRemedy(agency: AgencyLetterSettings, letterName: string, covers: string | null = null): RemedyParagraph {
  const scope = covers ? `对${covers}不服的` : `如对${letterName}不服`;
  return {
    kind: "ordinary",
    covers,
    text:
      `${scope}，可以自收到${letterName}之日起六十日内向${agency.reconsiderationBody}申请行政复议，` +
      `或者自收到${letterName}之日起六个月内向${agency.court}提起行政诉讼。`,
  };
}

export function reconsiderationFirstRemedy(
  agency: AgencyLetterSettings,
  letterName: string,
  covers: string | null = null,
): RemedyParagraph {
  const scope = covers ? `对${covers}不服的` : `如对${letterName}不服`;
  return {
    kind: "reconsiderationFirst",
    covers,
    text:
      `${scope}，根据《中华人民共和国行政复议法》第二十三条的规定，应当自收到${letterName}之日起六十日内` +
      `先向${agency.reconsiderationBody}申请行政复议；对行政复议决定不服的，根据《中华人民共和国行政诉讼法》` +
      `第四十五条的规定，可以自收到行政复议决定书之日起十五日内向${agency.court}提起行政诉讼，` +
      `行政复议机关逾期不作决定的，可以自复议期满之日起十五日内向${agency.court}提起行政诉讼。`,
  };
}

/**
 * The clause(s) for a decision's remedy kind. Partial disclosure gets both, each naming the part
 * it covers: 复议前置 for the withheld part, the ordinary clause for the rest.
 */
export function remedyClauses(
  kind: RemedyKind,
  agency: AgencyLetterSettings,
  letterName: string,
  parts: { withheld?: string; disclosed?: string } = {},
): RemedyParagraph[] {
  switch (kind) {
    case "reconsiderationFirst":
      return [reconsiderationFirstRemedy(agency, letterName)];
    case "both":
      return [
        reconsiderationFirstRemedy(agency, letterName, `${letterName}中不予公开的部分（${parts.withheld ?? "见上文所列不予公开部分"}）`),
        ordinaryRemedy(agency, letterName, `${letterName}的其余部分（${parts.disclosed ?? "予以公开的部分"}）`),
      ];
    case "ordinary":
      return [ordinaryRemedy(agency, letterName)];
    case "none":
      return [];
  }
}
