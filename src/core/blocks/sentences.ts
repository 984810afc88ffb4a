import { cellName, editionForYear } from "../editions";
import type { EditionId, TableId } from "../editions";
import { readCellText } from "../model/cellText";
import { readReportYear } from "../model/report";
import { requestsSentence, reviewLitigationSentence } from "../narrative";
import { blockEdition } from "./edition";
import { cellText, fail, notNumberMessage, ok, textCellsMessage } from "./grid";
import type { BlockOutcome, Grid } from "./grid";
import { blockMessages } from "./messages";
import { reportFromBlock, tableCells } from "./tables";

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

/** Text in a number cell cannot be put into a sentence: the catalog's message for the first such cell. */
function textCells(table: TableId, grid: Grid, edition: EditionId): string[] {
  const problems: string[] = [];
  for (const def of tableCells(edition, table)) {
    const value = grid[def.rowIndex][def.columnIndex];
    if (typeof value === "number") continue;
    const raw = cellText(value);
    if (readCellText(raw).state === "text") problems.push(notNumberMessage(cellName(def.table, def.block, def.row, def.column), raw));
  }
  return problems;
}

/** 表三 → the 依申请公开 sentences, 表四 → the 行政复议、行政诉讼 sentence, exactly as generateNarrative() writes them. */
export function tableSentence(table: "t3" | "t4", grid: unknown, year: unknown, agency?: unknown): BlockOutcome<string> {
  const y = reportYearArgument(year);
  if (!y.ok) return y;
  const edition = blockEdition(table, grid, y.value.edition);
  if (!edition.ok) return edition;
  const problems = textCells(table, grid as Grid, edition.value);
  if (problems.length > 0) return fail(textCellsMessage(problems));
  const report = reportFromBlock(table, grid as Grid, edition.value);
  report.meta.reportYear = y.value.year;
  report.meta.agency = typeof agency === "string" ? agency : "";
  return ok(table === "t3" ? requestsSentence(report) : reviewLitigationSentence(report));
}
