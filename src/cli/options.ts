import { editionIds, editions, isEditionId, levelFromText, levels } from "../core";
import type { EditionId, LevelId } from "../core";

/**
 * The report options several commands take (--year, --edition, --level), checked one way everywhere: each parsed
 * value, or the one message that says what is wrong and what is accepted.
 */
export interface ReportOptionsText {
  year?: string;
  edition?: string;
  level?: string;
}

export interface ReportOptions {
  year?: number;
  edition?: EditionId;
  level?: LevelId;
}

/** The first year any supported edition covers (older formats are not read). */
const FIRST_YEAR = Math.min(...editionIds.map((id) => editions[id].firstYear));
const LAST_YEAR = 2200;

/** The --level choices as help text: 「乡镇人民政府」… (the id is accepted as well). */
export const LEVEL_CHOICES = levels.map((l) => l.label).join("、");

export function parseReportOptions(text: ReportOptionsText): ReportOptions | { message: string } {
  const year = text.year === undefined ? undefined : Number(text.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR)) {
    return { message: `--year 应为${FIRST_YEAR}年以后的年度，如 2024 / --year must be a year from ${FIRST_YEAR} (got ${text.year})` };
  }
  if (text.edition !== undefined && !isEditionId(text.edition)) {
    return { message: `--edition 只能是 ${editionIds.join(" 或 ")} / --edition must be ${editionIds.join(" or ")} (got ${text.edition})` };
  }
  const level = text.level === undefined ? undefined : levelFromText(text.level);
  if (text.level !== undefined && !level) {
    return {
      message: `--level 填的「${text.level}」不是已知的层级，请改填以下之一：${LEVEL_CHOICES}。 / unknown --level ${text.level}; accepted: ${levels.map((l) => l.id).join(", ")}`,
    };
  }
  return { year, edition: text.edition as EditionId | undefined, level };
}
