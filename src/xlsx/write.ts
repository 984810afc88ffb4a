import ExcelJS from "exceljs";
import { cellAddress, columnNumber, parseRange, rectCells } from "../core";
import type { CellStyle, Report, SheetPlan, TemplatePlan } from "../core";
import { fillingFor } from "../core/template/fill";
import { textHeight } from "../core/template/fit";

/**
 * The ExcelJS renderer: draws a layout plan into a fresh workbook (never a loaded-and-resaved file: ExcelJS drops
 * data validation on a round trip), optionally filled from a report.
 */

export interface WriteOptions {
  /** Fills the input cells, 基本信息 and 报告正文 from a report. */
  report?: Report;
  /** Fills 上年数据 from last year's report. */
  lastYear?: Report;
}

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;
const THIN = { style: "thin" as const, color: { argb: "FF000000" } };

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: style.font.name,
      size: style.font.size,
      ...(style.font.bold ? { bold: true } : {}),
      ...(style.font.italic ? { italic: true } : {}),
      ...(style.font.color ? { color: { argb: argb(style.font.color) } } : {}),
    },
    alignment: {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.indent ? { indent: style.indent } : {}),
    },
    protection: { locked: style.locked },
  };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

function validationModel(v: SheetPlan["validations"][number]): ExcelJS.DataValidation {
  const r = v.rule;
  const base = {
    allowBlank: v.allowBlank,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.text,
    showErrorMessage: v.error !== undefined,
    ...(v.error ? { errorStyle: "stop" as const, errorTitle: v.error.title, error: v.error.text } : {}),
  };
  switch (r.type) {
    case "list":
      return { ...base, type: "list", formulae: [`"${r.items.join(",")}"`] };
    case "textLength":
      return { ...base, type: "textLength", operator: "lessThanOrEqual", formulae: [r.max] };
    default:
      return r.operator === "between"
        ? { ...base, type: r.type, operator: "between", formulae: [r.min, r.max] }
        : { ...base, type: r.type, operator: "greaterThanOrEqual", formulae: [r.min] };
  }
}

async function drawSheet(wb: ExcelJS.Workbook, plan: TemplatePlan, sheet: SheetPlan, contents: Map<string, string | number> | undefined, narrative: string[]): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {});
  // ExcelJS leaves out a width of exactly 9 (its own default), which Excel would then show as 8.43.
  for (const [col, width] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(col)).width = width === 9 ? 9.001 : width;
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = height;

  const merges = new Map(sheet.merges.map((m) => [m.split(":")[0], m]));
  for (const cell of sheet.cells) {
    const style = excelStyle(plan.styles[cell.style]);
    // A merged area takes its top-left cell's style everywhere, so its borders are drawn all round.
    const merge = merges.get(cell.address);
    const area = merge ? rectCells(parseRange(merge)).map((p) => cellAddress(p.row, p.col)) : [cell.address];
    for (const address of area) ws.getCell(address).style = style;
    const target = ws.getCell(cell.address);
    if (cell.formula !== undefined) target.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
    else if (cell.value !== undefined) target.value = cell.value;
  }
  for (const m of sheet.merges) ws.mergeCells(m);

  // Filled content: strings are written as strings, which a spreadsheet never evaluates (「=1+1」 stays text).
  for (const [address, value] of contents ?? []) ws.getCell(address).value = value;
  if (sheet.role === "narrative") {
    const { firstRow, column } = plan.layout.narrative;
    const style = excelStyle(plan.styles["input.narrative"]);
    const width = sheet.columnWidths[columnNumber(column)];
    narrative.forEach((line, i) => {
      const c = ws.getCell(`${column}${firstRow + i}`);
      c.style = style;
      c.value = line;
      // Each paragraph's row as tall as its wrapped text: spreadsheets that do not autofit would print two lines of it.
      ws.getRow(firstRow + i).height = Math.ceil(textHeight(line, width, plan.styles["input.narrative"]) * 4) / 4;
    });
  }

  // By range (ExcelJS supports it but does not type it): per-cell validations come back from its optimiser as
  // overlapping ranges, which Excel may treat as a damaged file.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) validations.add(v.range, validationModel(v));
  let priority = 1;
  for (const cf of sheet.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: priority++,
          formulae: [cf.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } },
            font: { color: { argb: argb(cf.style.fontColor) }, ...(cf.style.bold ? { bold: true } : {}) },
          },
        },
      ],
    });
  }

  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows + 1, columns + 1) }];
  }
  const p = sheet.print;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: p.centerHorizontally,
    margins: { ...p.margins, header: 0.3, footer: 0.3 },
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.first}:${p.repeatRows.last}` } : {}),
  };
  if (sheet.protection) {
    const allowed = Object.fromEntries(sheet.protection.allow.map((a) => [a, true]));
    await ws.protect(sheet.protection.password ?? "", { selectLockedCells: false, selectUnlockedCells: false, ...allowed });
  }
}

/** Draws the plan into a new ExcelJS workbook. */
async function renderWorkbook(plan: TemplatePlan, options: WriteOptions = {}): Promise<ExcelJS.Workbook> {
  // Last year may use another edition (a 2021 workbook's 上年数据 holds 2020 figures); this year may not.
  if (options.report && options.report.meta.edition !== plan.edition) {
    throw new Error(`the report uses the ${options.report.meta.edition} edition but the plan is for ${plan.edition}: build the plan for the report's edition`);
  }
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, plan.properties);
  const filling = fillingFor(plan.layout, options.report, options.lastYear);
  for (const sheet of plan.sheets) await drawSheet(wb, plan, sheet, filling.cells.get(sheet.name), filling.narrative);
  const names = new Set(plan.sheets.map((s) => s.name));
  for (const n of plan.definedNames) {
    if (!names.has(n.sheet)) continue;
    const [a, b] = n.address.split(":").map((x) => x.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"));
    wb.definedNames.add(`'${n.sheet}'!${a}${b ? `:${b}` : ""}`, n.name);
  }
  const active = Math.max(0, plan.sheets.findIndex((s) => s.name === plan.activeSheet));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: "visible" }];
  return wb;
}

/** The plan as an .xlsx file, optionally filled from a report. */
export async function writeTemplateWorkbook(plan: TemplatePlan, options: WriteOptions = {}): Promise<Buffer> {
  const wb = await renderWorkbook(plan, options);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
