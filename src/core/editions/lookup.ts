import { editions } from "./editions";
import type { BlockDef, CellKey, ColumnDef, EditionDef, EditionId, GroupDef, RowDef, TableDef, TableId, ValueKind } from "./types";

/** One input cell of an edition, with everything needed to name it in a message or place it in a grid. */
export interface CellDef {
  key: CellKey;
  table: TableDef;
  block: BlockDef;
  row: RowDef;
  column: ColumnDef;
  kind: ValueKind;
  /** Position inside the block (0-based), which is also its position in a custom function's numeric block. */
  rowIndex: number;
  columnIndex: number;
  /** Position in the edition's `cells` list: lets hot paths hold a report's cells in an array instead of by key. */
  position: number;
}

export const CELL_KEY_SEPARATOR = "|";

export function cellKey(rowKey: string, columnKey: string): CellKey {
  return `${rowKey}${CELL_KEY_SEPARATOR}${columnKey}`;
}

/** Precomputed lookups for one edition; built once per edition and shared (validation is on a hot path). */
export interface EditionIndex {
  edition: EditionDef;
  cells: readonly CellDef[];
  cell(key: CellKey): CellDef | undefined;
  table(id: TableId): TableDef;
  /** The block that holds a row, and its table. */
  rowHome(rowKey: string): { table: TableDef; block: BlockDef; row: RowDef } | undefined;
  /** Keys of the data rows inside a row group (at any depth), in table order. */
  rowsUnder(block: BlockDef, groupKey: string): string[];
  /** Keys of the columns inside a column group (at any depth), in table order. */
  columnsUnder(block: BlockDef, groupKey: string): string[];
}

/** How a row is named in messages: a numbered sub-row only makes sense with its group (「（三）不予公开 1.属于国家秘密」). */
export function rowName(block: BlockDef, row: RowDef): string {
  const group = block.rowGroups?.find((g) => g.key === row.group);
  return group?.parent !== undefined ? `${group.label} ${row.label}` : row.label;
}

/** How a column is named in messages: 表四 repeats 「结果维持」 three times, so ambiguous leaves get their group. */
export function columnName(block: BlockDef, column: ColumnDef): string {
  const ambiguous = block.columns.filter((c) => c.label === column.label).length > 1;
  const group = block.columnGroups?.find((g) => g.key === column.group);
  return ambiguous && group ? `${group.label}·${column.label}` : column.label;
}

/**
 * How messages name a cell: 「表三「一、本年新收政府信息公开申请数量」行「自然人」列」; 表四's single row has no label, so
 * its cells are named by column alone (「表四「行政复议·结果维持」」). Without a column, the row alone.
 */
export function cellName(table: TableDef, block: BlockDef, row: RowDef, column?: ColumnDef): string {
  const rowPart = row.label ? `「${rowName(block, row)}」行` : "";
  if (!column) return `${table.name}${rowPart}`;
  return `${table.name}${rowPart}「${columnName(block, column)}」${rowPart ? "列" : ""}`;
}

function isUnder(groups: readonly GroupDef[] | undefined, start: string | undefined, target: string): boolean {
  for (let g = start; g !== undefined; g = groups?.find((x) => x.key === g)?.parent) {
    if (g === target) return true;
  }
  return false;
}

function buildIndex(edition: EditionDef): EditionIndex {
  const cells: CellDef[] = [];
  const byKey = new Map<CellKey, CellDef>();
  const rowHomes = new Map<string, { table: TableDef; block: BlockDef; row: RowDef }>();
  for (const table of edition.tables) {
    for (const block of table.blocks) {
      block.rows.forEach((row, rowIndex) => {
        rowHomes.set(row.key, { table, block, row });
        block.columns.forEach((column, columnIndex) => {
          const def: CellDef = { key: cellKey(row.key, column.key), table, block, row, column, kind: column.kind, rowIndex, columnIndex, position: cells.length };
          cells.push(def);
          byKey.set(def.key, def);
        });
      });
    }
  }
  return {
    edition,
    cells,
    cell: (key) => byKey.get(key),
    table(id) {
      const t = edition.tables.find((x) => x.id === id);
      if (!t) throw new Error(`edition ${edition.id} has no table ${id}`);
      return t;
    },
    rowHome: (rowKey) => rowHomes.get(rowKey),
    rowsUnder: (block, groupKey) => block.rows.filter((r) => isUnder(block.rowGroups, r.group, groupKey)).map((r) => r.key),
    columnsUnder: (block, groupKey) =>
      block.columns.filter((c) => isUnder(block.columnGroups, c.group, groupKey)).map((c) => c.key),
  };
}

const indexes = new Map<EditionId, EditionIndex>();

export function editionIndex(id: EditionId): EditionIndex {
  let index = indexes.get(id);
  if (!index) {
    index = buildIndex(editions[id]);
    indexes.set(id, index);
  }
  return index;
}
