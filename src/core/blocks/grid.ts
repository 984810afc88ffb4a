import { readCellText, spreadsheetNumberText } from "../model/cellText";
import { formatMessage, ruleById } from "../rules";
import { blockMessages } from "./messages";

/**
 * What a spreadsheet hands over when a range is passed: rows of numbers, text, booleans, empty cells (Excel passes
 * them as 0 or null depending on the parameter type and version) and, for data-typed cells, objects with a
 * `basicValue`. Everything here accepts `unknown` because a host cannot promise more.
 */
export type Grid = readonly (readonly unknown[])[];

/** A value or a Chinese message saying what to fix. Hosts turn a failure into their own error (#VALUE! in Excel). */
export type BlockOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): BlockOutcome<T> => ({ ok: true, value });
export const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

export interface GridSize {
  rows: number;
  columns: number;
}

/** Rows × columns of a rectangular, non-empty grid; undefined for anything else (a missing argument, a scalar). */
export function gridSize(grid: unknown): GridSize | undefined {
  if (!Array.isArray(grid) || grid.length === 0 || !Array.isArray(grid[0])) return undefined;
  const columns = grid[0].length;
  if (columns === 0 || !grid.every((row) => Array.isArray(row) && row.length === columns)) return undefined;
  return { rows: grid.length, columns };
}

export function describeSize(size: GridSize): string {
  return `${size.rows}行×${size.columns}列`;
}

export function selectedPart(size: GridSize | undefined): string {
  return size ? formatMessage(blockMessages.selected, { size: describeSize(size) }) : "";
}

/** Data-typed cell values (Excel.CellValue objects) carry the plain value as `basicValue`. */
function basicValue(value: unknown): unknown {
  if (value !== null && typeof value === "object" && "basicValue" in value) return (value as { basicValue: unknown }).basicValue;
  return value;
}

/**
 * The text of a cell as the report model stores it. Numbers as a spreadsheet shows them (spreadsheetNumberText);
 * empty cells become "" so they are judged as blank, exactly as in a workbook.
 */
export function cellText(value: unknown): string {
  const v = basicValue(value);
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? spreadsheetNumberText(v) : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  return String(v);
}

/** The catalog's message for text in a number cell (rule cell.notNumber), so every host says it the same way. */
export function notNumberMessage(where: string, raw: string): string {
  return formatMessage(ruleById("cell.notNumber").message, { where, raw: raw.trim() });
}

/** One message for several text cells: the first in full, then how many more. */
export function textCellsMessage(messages: readonly string[]): string {
  const more = messages.length - 1;
  return more > 0 ? messages[0] + formatMessage(blockMessages.moreTextCells, { count: more }) : messages[0];
}

/**
 * A number from one cell, read as validate() reads it: blank and 「/」「-」「无」 count as 0, 「１２」「12件」 are read,
 * anything else is text and fails with a message naming `where`.
 */
export function numberIn(value: unknown, where: string): BlockOutcome<number> {
  if (typeof value === "number" && Number.isFinite(value)) return ok(value);
  const raw = cellText(value);
  const reading = readCellText(raw);
  if (reading.state === "text") return fail(notNumberMessage(where, raw));
  return ok(reading.value ?? 0);
}

/**
 * A number from one cell for an identity: as numberIn, but a blank is unknown (undefined), not 0 — validate()'s
 * reading (report-format.md §6).
 */
export function knownNumberIn(value: unknown, where: string): BlockOutcome<number | undefined> {
  if (readCellText(cellText(value)).state === "blank") return ok(undefined);
  return numberIn(value, where);
}

/** Every cell of a grid as knownNumberIn reads it, or one message naming the first text cell. */
export function knownNumbersIn(grid: Grid, where: (row: number, column: number) => string): BlockOutcome<(number | undefined)[][]> {
  const numbers = numbersIn(grid, where);
  if (!numbers.ok) return numbers;
  return ok(grid.map((row, r) => row.map((value, c) => (readCellText(cellText(value)).state === "blank" ? undefined : numbers.value[r][c]))));
}

/** Every cell of a grid as a number, or one message naming the first text cell (and how many more there are). */
export function numbersIn(grid: Grid, where: (row: number, column: number) => string): BlockOutcome<number[][]> {
  const problems: string[] = [];
  const numbers = grid.map((row, r) =>
    row.map((value, c) => {
      const read = numberIn(value, "");
      if (read.ok) return read.value;
      problems.push(notNumberMessage(where(r, c), cellText(value)));
      return 0;
    }),
  );
  return problems.length > 0 ? fail(textCellsMessage(problems)) : ok(numbers);
}
