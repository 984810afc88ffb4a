/** A1 addresses: the small amount of arithmetic every part of the template (plan, renderers, reader) shares. */

export interface CellPosition {
  /** 1-based */
  row: number;
  /** 1-based */
  col: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(address: string): CellPosition {
  const m = CELL.exec(address.trim());
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function rangeAddress(rect: Rect): string {
  const a = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? a : `${a}:${cellAddress(rect.bottom, rect.right)}`;
}

export function parseRange(range: string): Rect {
  const [a, b = a] = range.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rectCells(rect: Rect): CellPosition[] {
  const cells: CellPosition[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) cells.push({ row, col });
  return cells;
}

export function inRect(rect: Rect, p: CellPosition): boolean {
  return p.row >= rect.top && p.row <= rect.bottom && p.col >= rect.left && p.col <= rect.right;
}

/** A sheet name as formulas write it: always quoted, so Chinese names and spaces need no special cases. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** 「'表三'!D6:J6」 */
export function qualified(sheet: string, range: string): string {
  return `${quoteSheet(sheet)}!${range}`;
}

/** 「$B$4」 */
export function absolute(address: string): string {
  return address
    .split(":")
    .map((a) => {
      const p = parseCell(a);
      return `$${columnLetter(p.col)}$${p.row}`;
    })
    .join(":");
}

/**
 * The fewest rectangles (greedy: runs along rows, then stacked when the same columns continue below) covering a set
 * of cells. Used to keep generated formulas short: SUM(D6:D30) rather than 25 terms.
 */
export function toRects(cells: readonly CellPosition[]): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row) ?? [];
    cols.push(c.col);
    byRow.set(c.row, cols);
  }
  const runs: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i === cols.length || cols[i] !== cols[i - 1] + 1) {
        runs.push({ top: row, bottom: row, left: start, right: cols[i - 1] });
        start = cols[i];
      }
    }
  }
  const rects: Rect[] = [];
  for (const run of runs) {
    const above = rects.find((r) => r.bottom === run.top - 1 && r.left === run.left && r.right === run.right);
    if (above) above.bottom = run.bottom;
    else rects.push({ ...run });
  }
  return rects;
}

export function toRanges(addresses: readonly string[]): string[] {
  return toRects(addresses.map(parseCell)).map(rangeAddress);
}
