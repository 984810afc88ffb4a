import { cellAddress, columnLetter, parseRange, rangeAddress, rectCells, toRects } from "../core/template/address";
import type { CellPlan, CellStyle, SheetPlan, StyleId, TemplatePlan, ValidationPlan } from "../core";
import type { DataValidationRuleLike, IsSetSupported, RangeLike, RequestContextLike, WorksheetLike } from "./api";
import { officeLiteral } from "./textLiteral";

/**
 * The Office.js renderer: draws a layout plan into the open workbook with ordinary range APIs (never
 * insertWorksheetsFromBase64, which breaks workbook names and is missing on older Excel). Two round trips: one to
 * see which sheets exist, one to write everything. Features an older Excel lacks are skipped with a Chinese
 * message instead of failing the insert.
 */

export interface RenderTemplateOptions {
  /** When sheets of the plan already exist: "refuse" (default) changes nothing; "replace" deletes them. */
  existingSheets?: "refuse" | "replace";
  /** Office.context.requirements.isSetSupported, or a stand-in. */
  isSetSupported?: IsSetSupported;
  /** Filled contents by sheet and address (src/core/template/fill.ts: a report's numbers, as the ExcelJS writer fills them). */
  contents?: ReadonlyMap<string, ReadonlyMap<string, string | number>>;
}

export interface RenderTemplateResult {
  ok: boolean;
  /** Sheets of the plan that were already in the workbook. */
  existing: string[];
  /** What could not be done on this Excel, in Chinese. */
  warnings: string[];
  /** context.sync() calls made. */
  syncs: number;
  /** One-line explanation when ok is false. */
  message?: string;
}

/** Requirement sets of the optional parts, and what a clerk loses without them. */
export const OPTIONAL_FEATURES = {
  conditionalFormats: { version: "1.6", lost: "当前 Excel 版本不支持条件格式：有问题的单元格不会自动标红，请以「校验」表为准。" },
  freezePanes: { version: "1.7", lost: "当前 Excel 版本不支持冻结窗格：表头不会固定。" },
  tabColor: { version: "1.7", lost: "" },
  properties: { version: "1.7", lost: "" },
  dataValidation: { version: "1.8", lost: "当前 Excel 版本不支持数据验证：单元格不会限制只能填数字，请以「校验」表为准。" },
  pageLayout: { version: "1.9", lost: "当前 Excel 版本不支持页面设置：打印前请自行设为 A4、调整为一页宽。" },
} as const;

function defaultIsSetSupported(): IsSetSupported {
  return (name, version) => {
    const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(n: string, v: string): boolean } } } }).Office;
    return office?.context?.requirements ? office.context.requirements.isSetSupported(name, version) : true;
  };
}

/** Characters-wide (Excel column units) → points, as Office.js measures column widths (7 px per unit + padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const colour = (rgb: string) => `#${rgb}`;

function applyStyle(range: RangeLike, style: CellStyle): void {
  const f = range.format;
  f.font.name = style.font.name;
  f.font.size = style.font.size;
  if (style.font.bold) f.font.bold = true;
  if (style.font.italic) f.font.italic = true;
  if (style.font.color) f.font.color = colour(style.font.color);
  if (style.fill) f.fill.color = colour(style.fill);
  if (style.horizontal) f.horizontalAlignment = { left: "Left", center: "Center", right: "Right" }[style.horizontal];
  if (style.vertical) f.verticalAlignment = style.vertical === "top" ? "Top" : "Center";
  if (style.wrap) f.wrapText = true;
  if (style.indent) f.indentLevel = style.indent;
  if (!style.locked) f.protection.locked = false;
  if (style.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
}

function validationRule(v: ValidationPlan): DataValidationRuleLike {
  const r = v.rule;
  switch (r.type) {
    case "list":
      return { list: { inCellDropDown: true, source: r.items.join(",") } };
    case "textLength":
      return { textLength: { formula1: r.max, operator: "LessThanOrEqualTo" } };
    default: {
      const basic = r.operator === "between" ? { formula1: r.min, formula2: r.max, operator: "Between" } : { formula1: r.min, operator: "GreaterThanOrEqualTo" };
      return r.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
    }
  }
}

/** The cells a style covers, merged areas included, as few rectangles as possible. */
function styleRanges(sheet: SheetPlan): Map<StyleId, string[]> {
  const merges = new Map(sheet.merges.map((m) => [m.split(":")[0], m]));
  const byStyle = new Map<StyleId, { row: number; col: number }[]>();
  for (const cell of sheet.cells) {
    const area = merges.get(cell.address) ?? cell.address;
    const list = byStyle.get(cell.style) ?? [];
    list.push(...rectCells(parseRange(area)));
    byStyle.set(cell.style, list);
  }
  return new Map([...byStyle].map(([style, cells]) => [style, toRects(cells).map(rangeAddress)]));
}

/** Every value and formula of a sheet as one block (A1 to the last planned cell), with its number formats. */
function contentBlock(sheet: SheetPlan, plan: TemplatePlan, contents?: ReadonlyMap<string, string | number>): { address: string; formulas: (string | number)[][]; formats: string[][] } | undefined {
  if (sheet.cells.length === 0) return undefined;
  let rows = 1;
  let cols = 1;
  const byAddress = new Map<string, CellPlan>();
  // A merged area has its top-left cell's number format throughout, as the ExcelJS renderer gives it.
  const formatAt = new Map<string, string>();
  const merges = new Map(sheet.merges.map((m) => [m.split(":")[0], m]));
  for (const c of sheet.cells) {
    const area = parseRange(merges.get(c.address) ?? c.address);
    rows = Math.max(rows, area.bottom);
    cols = Math.max(cols, area.right);
    byAddress.set(c.address, c);
    const format = plan.styles[c.style].numberFormat ?? "General";
    for (const p of rectCells(area)) formatAt.set(cellAddress(p.row, p.col), format);
  }
  const formulas: (string | number)[][] = [];
  const formats: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const f: (string | number)[] = [];
    const n: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const address = cellAddress(r, c);
      const cell = byAddress.get(address);
      const filled = contents?.get(address);
      if (filled !== undefined) f.push(officeLiteral(filled));
      else f.push(cell?.formula !== undefined ? `=${cell.formula}` : cell?.value !== undefined ? officeLiteral(cell.value) : "");
      n.push(formatAt.get(address) ?? "General");
    }
    formulas.push(f);
    formats.push(n);
  }
  return { address: `A1:${cellAddress(rows, cols)}`, formulas, formats };
}

function drawSheet(ws: WorksheetLike, sheet: SheetPlan, plan: TemplatePlan, has: (feature: keyof typeof OPTIONAL_FEATURES) => boolean, contents?: ReadonlyMap<string, string | number>): void {
  for (const [col, width] of Object.entries(sheet.columnWidths)) {
    const letter = columnLetter(Number(col));
    ws.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(width);
  }
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const col of sheet.hiddenColumns ?? []) ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).columnHidden = true;

  const block = contentBlock(sheet, plan, contents);
  if (block) {
    // Formats first: a cell formatted as text 「@」 then keeps what is written into it as text.
    const range = ws.getRange(block.address);
    range.numberFormat = block.formats;
    range.formulas = block.formulas;
  }
  for (const [style, ranges] of styleRanges(sheet)) for (const r of ranges) applyStyle(ws.getRange(r), plan.styles[style]);
  for (const m of sheet.merges) ws.getRange(m).merge(false);

  if (has("dataValidation")) {
    for (const v of sheet.validations) {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = validationRule(v);
      dv.ignoreBlanks = v.allowBlank;
      dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
      dv.errorAlert = v.error
        ? { showAlert: true, style: "Stop", title: v.error.title, message: v.error.text }
        : { showAlert: false, style: "Information", title: "", message: "" };
    }
  }
  if (has("conditionalFormats")) {
    for (const cf of sheet.conditionalFormats) {
      const format = ws.getRange(cf.range).conditionalFormats.add("Custom");
      format.custom.rule.formula = `=${cf.formula}`;
      format.custom.format.fill.color = colour(cf.style.fill);
      format.custom.format.font.color = colour(cf.style.fontColor);
      if (cf.style.bold) format.custom.format.font.bold = true;
    }
  }
  if (sheet.freeze && has("freezePanes") && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    if (columns === 0) ws.freezePanes.freezeRows(rows);
    else if (rows === 0) ws.freezePanes.freezeColumns(columns);
    else ws.freezePanes.freezeAt(ws.getRange(`A1:${cellAddress(rows, columns)}`));
  }
  if (has("pageLayout")) {
    const p = sheet.print;
    const layout = ws.pageLayout;
    layout.paperSize = "A4";
    layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    // Fit all columns on one page wide (as Excel's 「将所有列调整为一页」); the height follows the content.
    layout.zoom = { horizontalFitToPages: 1 };
    layout.centerHorizontally = p.centerHorizontally;
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
    if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.first}:$${p.repeatRows.last}`);
  }
  if (sheet.tabColor && has("tabColor")) ws.tabColor = colour(sheet.tabColor);
  // Last: protection stops later changes to locked cells.
  if (sheet.protection) {
    const allow = new Set(sheet.protection.allow);
    ws.protection.protect({ allowFormatColumns: allow.has("formatColumns"), allowFormatRows: allow.has("formatRows") }, sheet.protection.password);
  }
}

/**
 * Inserts the standard workbook's sheets into the open workbook. Call inside Excel.run; the task pane asks the
 * clerk before passing existingSheets: "replace".
 */
export async function renderTemplatePlan(context: RequestContextLike, plan: TemplatePlan, options: RenderTemplateOptions = {}): Promise<RenderTemplateResult> {
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported();
  const has = (feature: keyof typeof OPTIONAL_FEATURES) => isSetSupported("ExcelApi", OPTIONAL_FEATURES[feature].version);
  const warnings = [...new Set((Object.keys(OPTIONAL_FEATURES) as (keyof typeof OPTIONAL_FEATURES)[]).filter((f) => !has(f)).map((f) => OPTIONAL_FEATURES[f].lost).filter(Boolean))];
  let syncs = 0;

  // Round trip 1: which of our sheets are already there?
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = isSetSupported("ExcelApi", "1.4") ? context.workbook.names : undefined;
  names?.load("items/name");
  await context.sync();
  syncs++;
  const present = new Set(worksheets.items.map((w) => w.name));
  const existing = plan.sheets.map((s) => s.name).filter((n) => present.has(n));
  if (existing.length > 0 && options.existingSheets !== "replace") {
    return {
      ok: false,
      existing,
      warnings,
      syncs,
      message: `工作簿中已有「${existing.join("」「")}」工作表，为免覆盖已填写的内容，未插入模板。请新建工作簿，或确认替换这些工作表。`,
    };
  }

  // Round trip 2: everything else. Old sheets are renamed out of the way first and deleted last, so the workbook
  // never has no sheet and the new sheets can take their names.
  const old = existing.map((name, i) => {
    const ws = worksheets.getItem(name);
    ws.name = `xxgk-old-${Date.now() % 100000}-${i}`;
    return ws;
  });
  for (const sheet of plan.sheets) drawSheet(worksheets.add(sheet.name), sheet, plan, has, options.contents?.get(sheet.name));
  if (names) {
    // Replacing: the old template's names (now pointing at deleted sheets) give way to the new ones.
    const taken = new Set(names.items.map((n) => n.name.toLowerCase()));
    for (const n of plan.definedNames) if (taken.has(n.name.toLowerCase())) names.getItem(n.name).delete();
    for (const n of plan.definedNames) {
      const [a, b] = n.address.split(":").map((x) => x.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"));
      names.add(n.name, `='${n.sheet.replace(/'/g, "''")}'!${a}${b ? `:${b}` : ""}`);
    }
  }
  if (has("properties")) {
    const p = context.workbook.properties;
    p.title = plan.properties.title;
    p.subject = plan.properties.subject;
    p.keywords = plan.properties.keywords;
    p.category = plan.properties.category;
    p.comments = plan.properties.description;
  }
  worksheets.getItem(plan.activeSheet).activate();
  for (const ws of old) ws.delete();
  await context.sync();
  syncs++;
  return { ok: true, existing, warnings, syncs };
}
