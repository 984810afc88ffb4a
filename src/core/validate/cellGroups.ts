import { cellName, columnName, rowName } from "../editions";
import type { BlockDef, CellDef, CellKey, TableDef } from "../editions";

/**
 * Cells that share a problem (left blank, filled with 「/」), gathered into as few rectangles as cover them — a whole
 * block, whole rows, a run down a column, a run along a row — so a report that left its 总计 column blank gets one
 * finding for the column, not one per cell. Each rectangle is named the way a clerk reads the table.
 */

export interface CellGroup {
  table: TableDef;
  block: BlockDef;
  /** The cells in table order (rows, then columns). */
  cells: CellDef[];
  /** 「表三「总计」列「（一）予以公开」至「（七）总计」各行」 */
  where: string;
  /** The row or column the group lies in, when it lies in one (as a finding's location names them). */
  row?: string;
  column?: string;
}

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const at = (r: number, c: number) => `${r},${c}`;

/** Rectangles covering `cells` (all in one block): the block, full row ranges, then the longest runs first. */
function cover(block: BlockDef, cells: readonly CellDef[]): Rect[] {
  const rows = block.rows.length;
  const columns = block.columns.length;
  const left = new Set(cells.map((c) => at(c.rowIndex, c.columnIndex)));
  if (left.size === rows * columns) return [{ top: 0, bottom: rows - 1, left: 0, right: columns - 1 }];
  const rects: Rect[] = [];
  // Whole rows, consecutive ones together.
  const full = (r: number) => Array.from({ length: columns }, (_, c) => left.has(at(r, c))).every(Boolean);
  for (let r = 0; r < rows; r++) {
    if (!full(r)) continue;
    let end = r;
    while (end + 1 < rows && full(end + 1)) end++;
    rects.push({ top: r, bottom: end, left: 0, right: columns - 1 });
    for (let rr = r; rr <= end; rr++) for (let c = 0; c < columns; c++) left.delete(at(rr, c));
    r = end;
  }
  // The rest: the longest run down a column or along a row, until none is left (columns win ties: totals are columns).
  while (left.size > 0) {
    let best: Rect | undefined;
    let bestLength = 0;
    for (const key of left) {
      const [r, c] = key.split(",").map(Number);
      let down = r;
      while (left.has(at(down + 1, c))) down++;
      let across = c;
      while (left.has(at(r, across + 1))) across++;
      if (!left.has(at(r - 1, c)) && down - r + 1 > bestLength) {
        best = { top: r, bottom: down, left: c, right: c };
        bestLength = down - r + 1;
      }
      if (!left.has(at(r, c - 1)) && across - c + 1 > bestLength) {
        best = { top: r, bottom: r, left: c, right: across };
        bestLength = across - c + 1;
      }
    }
    const rect = best!;
    rects.push(rect);
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) left.delete(at(r, c));
  }
  return rects.sort((a, b) => a.top - b.top || a.left - b.left);
}

function describe(table: TableDef, block: BlockDef, rect: Rect): string {
  const rows = block.rows.length;
  const columns = block.columns.length;
  const rowOf = (i: number) => block.rows[i];
  const columnOf = (i: number) => block.columns[i];
  const labelled = rowOf(0).label !== "";
  const rowRange = (a: number, b: number) =>
    a === b ? `「${rowName(block, rowOf(a))}」行` : `「${rowName(block, rowOf(a))}」至「${rowName(block, rowOf(b))}」各行`;
  const columnRange = (a: number, b: number) =>
    a === b ? `「${columnName(block, columnOf(a))}」${labelled ? "列" : ""}` : `「${columnName(block, columnOf(a))}」至「${columnName(block, columnOf(b))}」各${labelled ? "列" : "栏"}`;
  const allRows = rect.top === 0 && rect.bottom === rows - 1;
  const allColumns = rect.left === 0 && rect.right === columns - 1;
  if (allRows && allColumns) return block.caption ? `${table.name}「${block.caption}」各栏` : `${table.name}各栏`;
  if (rect.top === rect.bottom && rect.left === rect.right) return cellName(table, block, rowOf(rect.top), columnOf(rect.left));
  if (allColumns) return labelled ? `${table.name}${rowRange(rect.top, rect.bottom)}` : `${table.name}各栏`;
  if (!labelled) return `${table.name}${columnRange(rect.left, rect.right)}`;
  if (allRows) return `${table.name}${columnRange(rect.left, rect.right)}`;
  if (rect.left === rect.right) return `${table.name}${columnRange(rect.left, rect.left)}${rowRange(rect.top, rect.bottom)}`;
  return `${table.name}${rowRange(rect.top, rect.top)}${columnRange(rect.left, rect.right)}`;
}

/** `cells` (any tables) grouped per block into rectangles, each named; in table order. */
export function groupCells(cells: readonly CellDef[]): CellGroup[] {
  const byBlock = new Map<BlockDef, { table: TableDef; cells: CellDef[] }>();
  for (const def of cells) {
    const entry = byBlock.get(def.block) ?? { table: def.table, cells: [] };
    entry.cells.push(def);
    byBlock.set(def.block, entry);
  }
  const groups: CellGroup[] = [];
  for (const [block, { table, cells: inBlock }] of byBlock) {
    const byPlace = new Map(inBlock.map((c) => [at(c.rowIndex, c.columnIndex), c]));
    for (const rect of cover(block, inBlock)) {
      const members: CellDef[] = [];
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) members.push(byPlace.get(at(r, c))!);
      const group: CellGroup = { table, block, cells: members, where: describe(table, block, rect) };
      if (rect.top === rect.bottom && block.rows[rect.top].label) group.row = rowName(block, block.rows[rect.top]);
      if (rect.left === rect.right) group.column = columnName(block, block.columns[rect.left]);
      groups.push(group);
    }
  }
  return groups;
}

/** The keys of a group's cells. */
export function groupKeys(group: CellGroup): CellKey[] {
  return group.cells.map((c) => c.key);
}
