import { editionIndex, editions, levelById } from "../editions";
import type { Report } from "../model/report";
import type { BlockDef, CellKey, EditionId, TableId } from "../editions";
import { carryOverRule, inForceChainRule, inForceChainRows } from "../rules";
import { cellAddress, columnLetter } from "./address";
import { planCheckRows } from "./checks";
import type { CheckRow } from "./checks";
import { checkSheetColumns } from "./checkColumns";
import { drawTable } from "./grid";
import type { TableGrid } from "./grid";
import { TEMPLATE_VERSION } from "./marker";

/**
 * Where everything is in the standard workbook. The plan draws here, the reader reads here, the Office.js adapter and
 * the custom functions locate cells here: no other module writes a cell address by hand.
 */

export interface CellRef {
  sheet: string;
  address: string;
}

/** An input cell; `merge` when the official grid merges it across columns (表二's narrow blocks). */
export interface InputRef extends CellRef {
  merge?: string;
}

export type MetaField =
  | "agency"
  | "level"
  | "reportYear"
  | "edition"
  | "contact.office"
  | "contact.address"
  | "contact.postcode"
  | "contact.phone"
  | "contact.email"
  | "url"
  | "informationFeeYuan";

export const metaFields: readonly MetaField[] = [
  "agency",
  "level",
  "reportYear",
  "edition",
  "contact.office",
  "contact.address",
  "contact.postcode",
  "contact.phone",
  "contact.email",
  "url",
  "informationFeeYuan",
];

/**
 * What a report puts into each 基本信息 field, as the cell holds it (the level by its Chinese label). The edition cell
 * names the template's own format and is written by the plan (sheets/basicInfo.ts), never from a report.
 */
const metaValueOf: Record<MetaField, (meta: Report["meta"]) => string | number | undefined> = {
  agency: (m) => m.agency,
  level: (m) => levelById(m.level)?.label,
  reportYear: (m) => m.reportYear,
  edition: () => undefined,
  "contact.office": (m) => m.contact?.office,
  "contact.address": (m) => m.contact?.address,
  "contact.postcode": (m) => m.contact?.postcode,
  "contact.phone": (m) => m.contact?.phone,
  "contact.email": (m) => m.contact?.email,
  url: (m) => m.url,
  informationFeeYuan: (m) => m.informationFeeYuan,
};

export function metaValue(meta: Report["meta"], field: MetaField): string | number | undefined {
  return metaValueOf[field](meta);
}

export interface LabelRef extends CellRef {
  /** Row key, or `${blockKey}/${columnKey}` for a column header (the Report.sourceLabels convention). */
  key: string;
  /** The verbatim label the cell holds. */
  label: string;
}

export interface TableExtent {
  sheet: string;
  firstRow: number;
  lastRow: number;
  /** Data range of each block (only the input cells' rows and columns). */
  blocks: { key: string; header: string; data: string }[];
}

export interface TemplateLayout {
  edition: EditionId;
  templateVersion: number;
  sheets: {
    instructions: string;
    basicInfo: string;
    tables: Record<TableId, string>;
    lastYear: string;
    checks: string;
    narrative: string;
  };
  /** The template marker cell on 填报说明. */
  marker: CellRef;
  /** Every input cell of the edition. */
  cellMap: Record<CellKey, InputRef>;
  /** 基本信息 field cells. */
  meta: Record<MetaField, CellRef>;
  /** 上年数据: last year's cells the cross-year rules need, by the key they have in last year's report. */
  lastYear: { reportYear: CellRef; cells: Record<CellKey, InputRef> };
  /** Every row and column label of 表二–表四 and 上年数据, for the reader to verify before it reads a number. */
  labels: LabelRef[];
  tables: Record<TableId, TableExtent>;
  checks: {
    sheet: string;
    headerRow: number;
    firstRow: number;
    lastRow: number;
    rows: CheckRow[];
    sections: { row: number; title: string }[];
    /** Column letter of each 校验 column, by key (see checkSheetColumns). */
    columns: Record<string, string>;
    /** 「全部勾稽关系成立」 / 「共N处不一致」 */
    verdict: CellRef;
    /** 「另有N处提醒」 */
    reminders: CellRef;
  };
  narrative: { sheet: string; column: string; firstRow: number };
}

/** Everything the plan needs beyond the public layout: the drawn grids. */
export interface LayoutInternals {
  layout: TemplateLayout;
  grids: Record<TableId, TableGrid>;
  lastYearGrids: TableGrid[];
}

const SHEET_NAMES = {
  instructions: "填报说明",
  basicInfo: "基本信息",
  lastYear: "上年数据",
  checks: "校验",
  narrative: "报告正文",
} as const;

/** Rows above a table: its title and the filling note. */
const TABLE_FIRST_ROW = 3;
const BASIC_INFO_FIRST_ROW = 3;
const CHECKS_HEADER_ROW = 5;
const NARRATIVE_FIRST_ROW = 4;
const LAST_YEAR_FIRST_ROW = 5;

/** Synthetic blocks for 上年数据: the same verbatim labels, only the rows and columns the cross-year rules read. */
function lastYearBlocks(edition: EditionId): BlockDef[] {
  const index = editionIndex(edition);
  const t3 = index.table("t3").blocks[0];
  const carry = t3.rows.find((r) => r.key === carryOverRule.lastYearRow);
  const blocks: BlockDef[] = [];
  if (carry) {
    blocks.push({ key: "lastYear.t3", caption: `上年报告 ${index.table("t3").name}`, columns: t3.columns, columnGroups: t3.columnGroups, rows: [carry] });
  }
  const rows = inForceChainRows(edition);
  if (rows.length) {
    const t2 = index.table("t2");
    const block = t2.blocks.find((b) => b.key === inForceChainRule.block);
    const column = block?.columns.find((c) => c.key === inForceChainRule.inForce);
    if (block && column) {
      blocks.push({
        key: "lastYear.t2",
        caption: `上年报告 ${t2.name} ${block.caption ?? ""}`.trim(),
        rowHeader: block.rowHeader,
        columns: [column],
        rows: block.rows.filter((r) => rows.includes(r.key)),
      });
    }
  }
  return blocks;
}

const cache = new Map<EditionId, LayoutInternals>();

export function layoutInternals(edition: EditionId): LayoutInternals {
  const cached = cache.get(edition);
  if (cached) return cached;
  const def = editions[edition];
  const tableSheets = Object.fromEntries(def.tables.map((t) => [t.id, t.name])) as Record<TableId, string>;

  const grids = {} as Record<TableId, TableGrid>;
  const cellMap: Record<CellKey, InputRef> = {};
  const labels: LabelRef[] = [];
  const tables = {} as Record<TableId, TableExtent>;
  for (const table of def.tables) {
    const sheet = table.name;
    const grid = drawTable(table.blocks, TABLE_FIRST_ROW);
    grids[table.id] = grid;
    for (const block of grid.blocks) {
      for (const input of block.inputs) cellMap[input.key] = { sheet, address: input.address, ...(input.merge ? { merge: input.merge } : {}) };
      for (const l of [...block.rowLabels, ...block.columnLabels]) labels.push({ sheet, ...l });
    }
    tables[table.id] = {
      sheet,
      firstRow: grid.firstRow,
      lastRow: grid.lastRow,
      blocks: grid.blocks.map((b) => ({
        key: b.block.key,
        header: `${cellAddress(b.header.first, 1)}:${cellAddress(b.header.last, grid.labelColumns + grid.dataColumns)}`,
        data: `${cellAddress(b.data.first, grid.labelColumns + 1)}:${cellAddress(b.data.last, grid.labelColumns + grid.dataColumns)}`,
      })),
    };
  }

  // 上年数据: each synthetic block drawn on its own (their widths differ), one blank row apart.
  const lastYearGrids: TableGrid[] = [];
  const lastYearCells: Record<CellKey, InputRef> = {};
  let row = LAST_YEAR_FIRST_ROW;
  for (const block of lastYearBlocks(edition)) {
    const grid = drawTable([block], row, { corner: () => (block.rowHeader ?? "") });
    lastYearGrids.push(grid);
    for (const input of grid.blocks[0].inputs) {
      lastYearCells[input.key] = { sheet: SHEET_NAMES.lastYear, address: input.address, ...(input.merge ? { merge: input.merge } : {}) };
    }
    for (const l of [...grid.blocks[0].rowLabels, ...grid.blocks[0].columnLabels]) labels.push({ sheet: SHEET_NAMES.lastYear, ...l, key: `lastYear:${l.key}` });
    row = grid.lastRow + 2;
  }

  const meta = {} as Record<MetaField, CellRef>;
  metaFields.forEach((field, i) => (meta[field] = { sheet: SHEET_NAMES.basicInfo, address: `B${BASIC_INFO_FIRST_ROW + i}` }));

  const checkPlan = planCheckRows(edition, CHECKS_HEADER_ROW + 1);
  const columns = Object.fromEntries(checkSheetColumns.map((c, i) => [c.key, columnLetter(i + 1)]));
  const resultColumn = columns.result;

  const layout: TemplateLayout = {
    edition,
    templateVersion: TEMPLATE_VERSION,
    sheets: { ...SHEET_NAMES, tables: tableSheets },
    marker: { sheet: SHEET_NAMES.instructions, address: "B4" },
    cellMap,
    meta,
    lastYear: { reportYear: { sheet: SHEET_NAMES.lastYear, address: "C3" }, cells: lastYearCells },
    labels,
    tables,
    checks: {
      sheet: SHEET_NAMES.checks,
      headerRow: CHECKS_HEADER_ROW,
      firstRow: CHECKS_HEADER_ROW + 1,
      lastRow: checkPlan.lastRow,
      rows: checkPlan.rows,
      sections: checkPlan.sections,
      columns,
      verdict: { sheet: SHEET_NAMES.checks, address: "C2" },
      reminders: { sheet: SHEET_NAMES.checks, address: `${resultColumn}2` },
    },
    narrative: { sheet: SHEET_NAMES.narrative, column: "A", firstRow: NARRATIVE_FIRST_ROW },
  };
  const internals = { layout, grids, lastYearGrids };
  cache.set(edition, internals);
  return internals;
}

/** The deterministic addresses of an edition's workbook (independent of agency, level and year). */
export function templateLayout(edition: EditionId): TemplateLayout {
  return layoutInternals(edition).layout;
}
