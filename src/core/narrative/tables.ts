import { cellKey, editionIndex } from "../editions";
import type { BlockDef, GroupDef, TableId } from "../editions";
import type { Report } from "../model/report";

/**
 * The statistical tables as grids of merged cells, laid out as the official format draws them (report-format.md
 * §3–5: 表三's corner note and 申请人情况 header, its nested row groups; 表四's 行政复议 / 行政诉讼 header rows). Built
 * from the edition data, so the text and the .docx show exactly the edition's labels, and the cells as typed.
 */

export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  header?: boolean;
}

export interface TableGrid {
  table: TableId;
  /** 「表二」 */
  name: string;
  /** Total number of columns, of which the first labelColumns hold row labels. */
  width: number;
  labelColumns: number;
  /** The first rows are column headers (repeated on each page of a long table). */
  headerRows: number;
  /** Rows of cells; a position covered by an earlier row's rowSpan has no cell. */
  rows: GridCell[][];
}

/** Outermost-first chain of groups enclosing a key. */
function chain(groups: readonly GroupDef[] | undefined, start: string | undefined): GroupDef[] {
  const out: GroupDef[] = [];
  for (let g = groups?.find((x) => x.key === start); g; g = groups?.find((x) => x.key === g?.parent)) out.unshift(g);
  return out;
}

/** Header rows from the column groups: a group spans its leaves, a shallow leaf spans down to the last header row. */
function headerRows(block: BlockDef, labelColumns: number): GridCell[][] {
  const chains = block.columns.map((c) => [...chain(block.columnGroups, c.group).map((g) => ({ key: g.key, label: g.label, leaf: false })), { key: c.key, label: c.label, leaf: true }]);
  const height = Math.max(...chains.map((c) => c.length));
  const rows: GridCell[][] = [];
  for (let level = 0; level < height; level++) {
    const row: GridCell[] = [];
    if (level === 0 && labelColumns > 0) {
      row.push({ text: block.cornerNote ?? block.rowHeader ?? "", colSpan: labelColumns, rowSpan: height, header: true });
    }
    for (let i = 0; i < chains.length; i++) {
      const node = chains[i][level];
      if (!node) continue;
      if (node.leaf) {
        row.push({ text: node.label, rowSpan: height - level, header: true });
        continue;
      }
      let span = 1;
      while (i + span < chains.length && chains[i + span][level]?.key === node.key) span++;
      row.push({ text: node.label, colSpan: span, header: true });
      i += span - 1;
    }
    rows.push(row);
  }
  return rows;
}

function valueOf(report: Report, key: string): string {
  return report.cells[key]?.raw.trim() ?? "";
}

/** Data rows: each row group is a merged cell down the rows it holds; the row's own label spans the rest. */
function dataRows(report: Report, block: BlockDef, labelColumns: number): GridCell[][] {
  const seen = new Set<string>();
  return block.rows.map((row) => {
    const cells: GridCell[] = [];
    if (labelColumns > 0) {
      const groups = chain(block.rowGroups, row.group);
      for (const group of groups) {
        if (seen.has(group.key)) continue;
        seen.add(group.key);
        const span = block.rows.filter((r) => chain(block.rowGroups, r.group).some((g) => g.key === group.key)).length;
        cells.push({ text: group.label, rowSpan: span, header: true });
      }
      cells.push({ text: row.label, colSpan: labelColumns - groups.length, header: true });
    }
    for (const column of block.columns) cells.push({ text: valueOf(report, cellKey(row.key, column.key)) });
    return cells;
  });
}

function labelColumnsOf(block: BlockDef): number {
  if (block.rows.every((r) => !r.label)) return 0;
  return 1 + Math.max(0, ...block.rows.map((r) => chain(block.rowGroups, r.group).length));
}

/** A block whose columns are fewer than the table's: its last cell of each row spans the remainder. */
function widen(rows: GridCell[][], from: number, to: number): GridCell[][] {
  if (from === to) return rows;
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? { ...cell, colSpan: (cell.colSpan ?? 1) + to - from } : cell)));
}

export function tableGrid(report: Report, id: TableId): TableGrid {
  const table = editionIndex(report.meta.edition).table(id);
  if (table.blocks.length === 1) {
    const block = table.blocks[0];
    const labels = labelColumnsOf(block);
    const header = headerRows(block, labels);
    const rows = [...header, ...dataRows(report, block, labels)];
    return { table: id, name: table.name, width: labels + block.columns.length, labelColumns: labels, headerRows: header.length, rows };
  }
  // 表二: blocks of different widths under one table, each with its caption row and header.
  const width = 1 + Math.max(...table.blocks.map((b) => b.columns.length));
  const rows = table.blocks.flatMap((block) => [
    [{ text: block.caption ?? "", colSpan: width, header: true }],
    ...widen([...headerRows(block, 1), ...dataRows(report, block, 1)], 1 + block.columns.length, width),
  ]);
  return { table: id, name: table.name, width, labelColumns: 1, headerRows: 0, rows };
}

/** A grid as text: one line per row, cells separated by tabs (what a spreadsheet pastes, and what the checker skips). */
export function gridToText(grid: TableGrid): string {
  return grid.rows.map((row) => row.map((c) => c.text.replace(/\s+/g, " ")).join("\t")).join("\n");
}
