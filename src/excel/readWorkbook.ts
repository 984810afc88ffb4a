import { editionIds } from "../core/editions";
import { spreadsheetNumberText } from "../core/model/cellText";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../core/template/address";
import type { Rect } from "../core/template/address";
import { templateLayout } from "../core/template/layout";
import type { TemplateLayout } from "../core/template/layout";
import type { TemplateCells } from "../core/template/reader";
import type { ConditionalFormatLike, RangeLike, RequestContextLike, WorksheetProtectionOptionsLike } from "./api";
import { isHighlightFormula } from "./highlightMark";

/**
 * The whole report in ONE context.sync(): for every sheet of the standard workbook, one rectangle covering every
 * label and input cell the layout knows (both editions, so the edition need not be known first), loaded with
 * values, valueTypes and formulas; 报告正文's column as values; each sheet's protection; and the conditional formats
 * over the tables, so the add-in's own highlights can be found and removed in the write that follows.
 */

/** 报告正文 rows read at most (as the .xlsx reader; a report has a few hundred paragraphs). */
export const MAX_NARRATIVE_ROWS = 5000;
/** Extra rows and columns read below and right of the layout: enough to say "rows were inserted" instead of "label changed". */
const MARGIN = { rows: 20, columns: 2 };

export interface SheetSnapshot {
  /** The layout's name for the sheet. */
  name: string;
  /** Its tab in this workbook: the layout's name, or the renamed tab the reader found for it (「表三 」). */
  tab: string;
  rect: Rect;
  values: unknown[][];
  valueTypes?: string[][];
  formulas?: unknown[][];
  protection?: { protected: boolean; options: WorksheetProtectionOptionsLike };
  /** The add-in's own highlights on this sheet (conditional formats carrying the mark), to delete on the next write. */
  highlights: ConditionalFormatLike[];
}

export interface WorkbookSnapshot {
  sheets: Map<string, SheetSnapshot>;
  /** 报告正文 column, row by row from the layout's first row ("" for empty rows), trailing empty rows dropped. */
  narrativeRows: string[];
  cells: TemplateCells;
}

interface SheetPlan {
  name: string;
  rect: Rect;
  /** Only values (the marker sheet, 报告正文). */
  valuesOnly: boolean;
  /** Conditional formats and protection are loaded (sheets the add-in highlights on). */
  highlights: boolean;
}

const union = (a: Rect | undefined, b: Rect): Rect =>
  a ? { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) } : b;

let cachedPlan: SheetPlan[] | undefined;

/** Every sheet and the rectangle to read on it, for all editions at once (their sheet names agree). */
export function readPlan(): SheetPlan[] {
  if (cachedPlan) return cachedPlan;
  const rects = new Map<string, Rect>();
  const add = (sheet: string, range: string) => rects.set(sheet, union(rects.get(sheet), parseRange(range)));
  const layouts = editionIds.map((id) => templateLayout(id));
  for (const layout of layouts) {
    add(layout.marker.sheet, layout.marker.address);
    for (const ref of Object.values(layout.meta)) add(ref.sheet, ref.address);
    for (const label of layout.labels) add(label.sheet, label.address);
    for (const ref of [...Object.values(layout.cellMap), ...Object.values(layout.lastYear.cells)]) add(ref.sheet, ref.merge ?? ref.address);
    add(layout.lastYear.reportYear.sheet, layout.lastYear.reportYear.address);
  }
  const first = layouts[0];
  const narrative = first.narrative;
  const tableSheets = new Set([...Object.values(first.sheets.tables), first.sheets.lastYear]);
  const plan: SheetPlan[] = [...rects].map(([name, rect]) => {
    const table = tableSheets.has(name);
    return {
      name,
      rect: table ? { top: 1, left: 1, bottom: rect.bottom + MARGIN.rows, right: rect.right + MARGIN.columns } : { ...rect, top: 1, left: 1 },
      valuesOnly: name === first.marker.sheet,
      highlights: table || name === first.sheets.basicInfo,
    };
  });
  const column = parseCell(`${narrative.column}1`).col;
  plan.push({
    name: narrative.sheet,
    rect: { top: narrative.firstRow, left: column, bottom: narrative.firstRow + MAX_NARRATIVE_ROWS - 1, right: column },
    valuesOnly: true,
    highlights: true,
  });
  cachedPlan = plan;
  return plan;
}

/** A cell value as the text a clerk typed: numbers as Excel shows them (spreadsheetNumberText), booleans as TRUE/FALSE. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return spreadsheetNumberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function at<T>(sheet: SheetSnapshot, grid: T[][] | undefined, address: string): T | undefined {
  if (!grid) return undefined;
  const p = parseCell(address);
  const r = sheet.rect;
  if (p.row < r.top || p.row > r.bottom || p.col < r.left || p.col > r.right) return undefined;
  return grid[p.row - r.top]?.[p.col - r.left];
}

export function snapshotValue(sheet: SheetSnapshot | undefined, address: string): { text: string; type?: string; formula?: unknown } {
  if (!sheet) return { text: "" };
  return { text: cellText(at(sheet, sheet.values, address)), type: at(sheet, sheet.valueTypes, address), formula: at(sheet, sheet.formulas, address) };
}

function templateCells(sheets: Map<string, SheetSnapshot>): TemplateCells {
  return {
    hasSheet: (name) => sheets.has(name),
    text: (name, address) => snapshotValue(sheets.get(name), address).text,
    // Office.js reads the cells covered by a merge as empty: nothing to skip.
    covered: () => false,
    extent: (name) => {
      const r = sheets.get(name)?.rect;
      return { rows: r?.bottom ?? 0, columns: r?.right ?? 0 };
    },
    markerTexts: () => [],
  };
}

const tabName = (name: string, names: ReadonlyMap<string, string> | undefined) => names?.get(name) ?? name;

/** The renamed tabs of a snapshot (layout name → tab), to read or write those sheets again in a later sync. */
export function tabNames(snapshot: WorkbookSnapshot): Map<string, string> {
  return new Map([...snapshot.sheets.values()].filter((s) => s.tab !== s.name).map((s) => [s.name, s.tab]));
}

/** The tab of a layout sheet in the snapshot's workbook. */
export function tabOf(snapshot: WorkbookSnapshot, name: string): string {
  return snapshot.sheets.get(name)?.tab ?? name;
}

/**
 * Queues every load of the read, syncs once, and returns the snapshot. `names` maps a layout sheet name to the name
 * it has in this workbook (a renamed tab found by the caller); missing sheets make the sync fail with ItemNotFound.
 */
export async function readWorkbook(context: RequestContextLike, options: { highlights: boolean; names?: ReadonlyMap<string, string>; only?: readonly string[] }): Promise<WorkbookSnapshot> {
  const pending: { plan: SheetPlan; range: RangeLike; protection?: { protected: boolean; options: WorksheetProtectionOptionsLike; load(spec?: string): unknown }; formats?: { items: ConditionalFormatLike[] } }[] = [];
  for (const plan of readPlan()) {
    if (options.only && !options.only.includes(plan.name)) continue;
    const ws = context.workbook.worksheets.getItem(tabName(plan.name, options.names));
    const range = ws.getRange(rangeAddress(plan.rect));
    range.load(plan.valuesOnly ? "values" : "values, valueTypes, formulas");
    const entry: (typeof pending)[number] = { plan, range };
    if (plan.highlights && options.highlights) {
      ws.protection.load("protected, options");
      entry.protection = ws.protection;
      const formats = range.conditionalFormats;
      formats.load("items/id, items/type, items/customOrNullObject/rule/formula");
      entry.formats = formats;
    }
    pending.push(entry);
  }
  await context.sync();

  const sheets = new Map<string, SheetSnapshot>();
  for (const { plan, range, protection, formats } of pending) {
    sheets.set(plan.name, {
      name: plan.name,
      tab: tabName(plan.name, options.names),
      rect: plan.rect,
      values: range.values,
      valueTypes: plan.valuesOnly ? undefined : range.valueTypes,
      formulas: plan.valuesOnly ? undefined : range.formulas,
      protection: protection ? { protected: protection.protected, options: protection.options } : undefined,
      highlights: formats ? formats.items.filter((f) => f.type === "Custom" && !f.customOrNullObject.isNullObject && isHighlightFormula(f.customOrNullObject.rule.formula)) : [],
    });
  }
  const narrativeSheet = sheets.get(templateLayout(editionIds[0]).narrative.sheet);
  const rows = (narrativeSheet?.values ?? []).map((row) => cellText(row[0]));
  while (rows.length > 0 && rows[rows.length - 1].trim() === "") rows.pop();
  return { sheets, narrativeRows: rows, cells: templateCells(sheets) };
}

/** Where 报告正文's row i (0-based from the layout's first row) is. */
export function narrativeRowAddress(layout: TemplateLayout, i: number): string {
  return cellAddress(layout.narrative.firstRow + i, parseCell(`${layout.narrative.column}1`).col);
}
