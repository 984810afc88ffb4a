import { cellName, editionForYear, editionIndex } from "../editions";
import type { EditionId } from "../editions";
import { readReportYear } from "../model/reportYear";
import { requestsSentence, reviewLitigationSentence } from "../narrative";
import { blockEdition, tableBlock } from "./edition";
import { fail, numbersIn, ok } from "./grid";
import type { BlockOutcome, Grid } from "./grid";
import { blockMessages } from "./messages";
import { reportFromBlock } from "./tables";

/**
 * The sentence the narrative generator writes from one table, from that table's numbers as a spreadsheet passes
 * them. The generator's wording depends on the report year (edition and variant) and on the agency's name (「我市」
 * 「我局」), so both are arguments; the numbers decide everything else.
 */

/** A report year (2019 or later): the generator needs the year itself, not only the edition. */
export function reportYearArgument(value: unknown): BlockOutcome<{ year: number; edition: EditionId }> {
  const year = readReportYear(value);
  const edition = year === undefined ? undefined : editionForYear(year);
  return year !== undefined && edition ? ok({ year, edition }) : fail(blockMessages.reportYear);
}

/** 表三 → the 依申请公开 sentences, 表四 → the 行政复议、行政诉讼 sentence, exactly as generateNarrative() writes them. */
export function tableSentence(table: "t3" | "t4", grid: unknown, year: unknown, agency?: unknown): BlockOutcome<string> {
  const y = reportYearArgument(year);
  if (!y.ok) return y;
  const edition = blockEdition(table, grid, y.value.edition);
  if (!edition.ok) return edition;
  // Text in a number cell cannot be put into a sentence: the catalog's message for the first such cell.
  const block = tableBlock(edition.value, table);
  const tableDef = editionIndex(edition.value).table(table);
  const numbers = numbersIn(grid as Grid, (r, c) => cellName(tableDef, block, block.rows[r], block.columns[c]));
  if (!numbers.ok) return numbers;
  const report = reportFromBlock(table, grid as Grid, edition.value);
  report.meta.reportYear = y.value.year;
  report.meta.agency = typeof agency === "string" ? agency : "";
  return ok(table === "t3" ? requestsSentence(report) : reviewLitigationSentence(report));
}
