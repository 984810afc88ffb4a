import { editionIndex, editions } from "../editions";
import type { CellDef, CellKey, EditionId, TableId } from "../editions";
import type { Finding } from "../findings";
import { readCellText } from "../model/cellText";
import type { Cell, Report } from "../model/report";
import { validate } from "../validate";
import { blockEdition } from "./edition";
import { cellText, fail, ok, textCellsMessage } from "./grid";
import type { Grid, BlockOutcome } from "./grid";
import { blockMessages } from "./messages";

/**
 * A table's numeric block as a report holding just that table. Cell positions come from the edition data
 * (rowIndex/columnIndex), so the grid must already have the block's shape (see blockEdition).
 */
export function reportFromBlock(table: TableId, grid: Grid, edition: EditionId): Report {
  const cells: Record<CellKey, Cell> = {};
  for (const def of tableCells(edition, table)) {
    const value = grid[def.rowIndex][def.columnIndex];
    const raw = cellText(value);
    // As in the report model, the number is the one read from the text; a plain whole number reads as itself.
    cells[def.key] = { raw, value: Number.isSafeInteger(value) ? (value as number) : readCellText(raw).value };
  }
  return { meta: { agency: "", reportYear: editions[edition].firstYear, edition }, cells, inputProblems: [] };
}

/** The input cells of one table, in table order (shared: functions recalculate on every edit). */
const tableCellsCache = new Map<string, readonly CellDef[]>();
export function tableCells(edition: EditionId, table: TableId): readonly CellDef[] {
  const id = `${edition}/${table}`;
  let cells = tableCellsCache.get(id);
  if (!cells) {
    cells = editionIndex(edition).cells.filter((c) => c.table.id === table);
    tableCellsCache.set(id, cells);
  }
  return cells;
}

/**
 * Every finding validate() makes about one table, given only that table's numbers. Text in a number cell cannot be
 * checked at all, so it fails with the catalog's message for it (naming the row and column) instead of a list.
 */
export function checkTableBlock(table: TableId, grid: unknown, editionArg?: unknown): BlockOutcome<Finding[]> {
  const edition = blockEdition(table, grid, editionArg);
  if (!edition.ok) return edition;
  const report = reportFromBlock(table, grid as Grid, edition.value);
  const name = editions[edition.value].tables.find((t) => t.id === table)?.name;
  const findings = validate(report).filter((f) => f.location.table === name);
  const text = findings.filter((f) => f.rule === "cell.notNumber");
  return text.length > 0 ? fail(textCellsMessage(text.map((f) => f.message))) : ok(findings);
}

/** Findings as lines of a spilled column: 「错误：…」/「提醒：…」, or the all-clear when there are none. */
export function findingLines(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [blockMessages.allHold];
  return findings.map((f) => blockMessages.severityPrefix[f.severity] + f.message);
}
