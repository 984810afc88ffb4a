import { cellKey } from "../editions";
import type { BlockDef, CellKey, ColumnDef, GroupDef, RowDef, ValueKind } from "../editions";
import { cellAddress, rangeAddress } from "./address";
import { textUnits } from "./fit";
import type { StyleId } from "./types";

/**
 * The geometry of an official table, derived from its block definitions alone: header rows from the column groups,
 * label columns from the row groups, merged exactly as the official grids (report-format.md §3–5). 表三's corner
 * note spans the label columns and all header rows; 「申请人情况」 spans every column; 「自然人」 and 「总计」 run down
 * through the header rows beside 「法人或其他组织」; 「三、本年度办理结果」 runs down beside its rows; and so on.
 */

export interface GridCell {
  address: string;
  text: string;
  style: StyleId;
  /** The merged range when the cell spans more than itself. */
  merge?: string;
}

export interface GridInput {
  key: CellKey;
  kind: ValueKind;
  row: RowDef;
  column: ColumnDef;
  address: string;
  merge?: string;
}

export interface GridLabel {
  /** Row key, or `${blockKey}/${columnKey}` for a column (the convention of Report.sourceLabels). */
  key: string;
  label: string;
  address: string;
}

export interface BlockGrid {
  block: BlockDef;
  captionRow?: number;
  header: { first: number; last: number };
  data: { first: number; last: number };
  inputs: GridInput[];
  rowLabels: GridLabel[];
  columnLabels: GridLabel[];
  cells: GridCell[];
}

export interface TableGrid {
  firstRow: number;
  lastRow: number;
  labelColumns: number;
  dataColumns: number;
  blocks: BlockGrid[];
  columnWidths: Record<number, number>;
}

function chain(groups: readonly GroupDef[] | undefined, key: string | undefined): GroupDef[] {
  const out: GroupDef[] = [];
  for (let k = key; k !== undefined; ) {
    const g = groups?.find((x) => x.key === k);
    if (!g) break;
    out.unshift(g);
    k = g.parent;
  }
  return out;
}

function labelColumnsOf(block: BlockDef): number {
  const labelled = block.rows.some((r) => r.label !== "") || block.rowHeader !== undefined || block.cornerNote !== undefined;
  if (!labelled) return 0;
  return Math.max(...block.rows.map((r) => chain(block.rowGroups, r.group).length)) + 1;
}

function headerDepthOf(block: BlockDef): number {
  return Math.max(...block.columns.map((c) => chain(block.columnGroups, c.group).length)) + 1;
}

function span(top: number, left: number, bottom: number, right: number): { address: string; merge?: string } {
  const address = cellAddress(top, left);
  return top === bottom && left === right ? { address } : { address, merge: rangeAddress({ top, left, bottom, right }) };
}

export interface DrawOptions {
  /** Text of the top-left corner; default: the block's corner note or row header. */
  corner?: (block: BlockDef) => string | undefined;
}

/** Lays blocks out one under another from `firstRow`, sharing label and data columns (表二 stacks five blocks). */
export function drawTable(blocks: readonly BlockDef[], firstRow: number, options: DrawOptions = {}): TableGrid {
  const L = Math.max(...blocks.map(labelColumnsOf));
  const W = Math.max(...blocks.map((b) => b.columns.length));
  const width = L + W;
  let row = firstRow;
  const grids: BlockGrid[] = [];

  for (const block of blocks) {
    const cells: GridCell[] = [];
    let captionRow: number | undefined;
    if (block.caption) {
      captionRow = row++;
      cells.push({ ...span(captionRow, 1, captionRow, width), text: block.caption, style: "caption" });
    }

    // — header rows —
    const H = headerDepthOf(block);
    const header = { first: row, last: row + H - 1 };
    // Column i occupies one sheet column; a block narrower than the table lets its last column span the rest.
    const place = (i: number) => ({ left: L + 1 + i, right: i === block.columns.length - 1 ? width : L + 1 + i });
    if (L > 0) {
      const text = options.corner ? options.corner(block) : block.cornerNote ?? block.rowHeader;
      cells.push({ ...span(header.first, 1, header.last, L), text: text ?? "", style: block.cornerNote && !options.corner ? "corner" : "header" });
    }
    const columnLabels: GridLabel[] = [];
    block.columns.forEach((column, i) => {
      const depth = chain(block.columnGroups, column.group).length;
      const { left, right } = place(i);
      const at = span(header.first + depth, left, header.last, right);
      cells.push({ ...at, text: column.label, style: "header" });
      columnLabels.push({ key: `${block.key}/${column.key}`, label: column.label, address: at.address });
    });
    for (const group of block.columnGroups ?? []) {
      const under = block.columns
        .map((c, i) => ({ i, groups: chain(block.columnGroups, c.group) }))
        .filter((x) => x.groups.some((g) => g.key === group.key));
      if (under.length === 0) continue;
      const depth = chain(block.columnGroups, group.key).length - 1;
      const left = place(under[0].i).left;
      const right = place(under[under.length - 1].i).right;
      cells.push({ ...span(header.first + depth, left, header.first + depth, right), text: group.label, style: "header" });
    }
    row = header.last + 1;

    // — data rows —
    const data = { first: row, last: row + block.rows.length - 1 };
    const inputs: GridInput[] = [];
    const rowLabels: GridLabel[] = [];
    const chains = block.rows.map((r) => chain(block.rowGroups, r.group));
    block.rows.forEach((r, ri) => {
      const sheetRow = data.first + ri;
      const groups = chains[ri];
      if (L > 0) {
        groups.forEach((g, depth) => {
          const startsRun = ri === 0 || chains[ri - 1][depth]?.key !== g.key;
          if (!startsRun) return;
          let end = ri;
          while (end + 1 < block.rows.length && chains[end + 1][depth]?.key === g.key) end++;
          cells.push({ ...span(sheetRow, depth + 1, data.first + end, depth + 1), text: g.label, style: "labelGroup" });
        });
        const at = span(sheetRow, groups.length + 1, sheetRow, L);
        cells.push({ ...at, text: r.label, style: L === 1 ? "labelCenter" : "label" });
        rowLabels.push({ key: r.key, label: r.label, address: at.address });
      }
      block.columns.forEach((column, i) => {
        const { left, right } = place(i);
        inputs.push({ key: cellKey(r.key, column.key), kind: column.kind, row: r, column, ...span(sheetRow, left, sheetRow, right) });
      });
    });
    row = data.last + 1;
    grids.push({ block, captionRow, header, data, inputs, rowLabels, columnLabels, cells });
  }

  return { firstRow, lastRow: row - 1, labelColumns: L, dataColumns: W, blocks: grids, columnWidths: widths(grids, L, W) };
}

/**
 * Column widths from the labels: group label columns narrow (their text wraps down the merged cell, as in the
 * official tables), the innermost label column wide enough for most labels on one or two lines, data columns wide
 * enough for their header on two lines.
 */
function widths(grids: readonly BlockGrid[], L: number, W: number): Record<number, number> {
  const result: Record<number, number> = {};
  const max = (xs: number[], fallback: number) => (xs.length ? Math.max(...xs) : fallback);
  for (let c = 1; c <= L; c++) {
    // Group columns hold only the group labels that run down beside their rows; the innermost holds the row labels.
    const style = c < L ? "labelGroup" : undefined;
    const texts = grids.flatMap((g) =>
      g.cells.filter((x) => (style ? x.style === style : x.style === "label" || x.style === "labelCenter") && colName(c) === x.address.replace(/\d+/g, "")).map((x) => x.text),
    );
    const units = max(texts.map((t) => textUnits(t)), 8);
    if (c < L) result[c] = Math.min(10, Math.max(8, Math.ceil(units / 3) + 2));
    else if (L === 1) result[c] = Math.min(30, Math.max(16, Math.ceil(units) + 4));
    else result[c] = Math.min(40, Math.max(24, Math.ceil(units) + 3));
  }
  const leaves = grids.flatMap((g) => g.block.columns.length === W ? g.block.columns.map((c) => textUnits(c.label)) : []);
  const dataWidth = W <= 3 ? Math.min(18, Math.max(14, Math.ceil(max(leaves, 10) / 2) + 3)) : Math.min(14, Math.max(8, Math.ceil(max(leaves, 10) / 2) + 2));
  for (let c = L + 1; c <= L + W; c++) result[c] = dataWidth;
  return result;
}

function colName(col: number): string {
  return cellAddress(1, col).replace(/\d+/g, "");
}
