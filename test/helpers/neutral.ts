import type ExcelJS from "exceljs";
import { cellAddress, parseRange, rangeAddress, rectCells } from "../../src/core";
import type { MemoryWorkbookStore } from "../../src/excel/memory";

/**
 * One description of a rendered workbook, from either renderer: an .xlsx read back with ExcelJS, or the in-memory
 * Excel the Office.js renderer drew into. Two renderers of one plan must give equal descriptions.
 */

export interface NeutralValidation {
  type: string;
  operator?: string;
  formulae: (string | number)[];
  allowBlank: boolean;
  prompt: { title: string; text: string };
  error?: { title: string; text: string };
}

export interface NeutralSheet {
  name: string;
  cells: Record<string, { value?: string | number; formula?: string }>;
  numberFormats: Record<string, string>;
  fills: Record<string, string>;
  bold: string[];
  unlocked: string[];
  merges: string[];
  validations: Record<string, NeutralValidation>;
  conditionalFormats: { range: string; formula: string }[];
  protected: boolean;
  freeze: { rows: number; columns: number };
  print: { orientation: string; fitToWidth: boolean; repeatRows?: string };
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  rowHeights: Record<number, number>;
}

const sortRecord = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const round1 = (x: number) => Math.round(x * 10) / 10;
const num = (x: unknown) => (typeof x === "string" && /^-?\d+(\.\d+)?$/.test(x) ? Number(x) : (x as string | number));

export function fromExcelJS(wb: ExcelJS.Workbook): NeutralSheet[] {
  return wb.worksheets.map((ws) => {
    const s: NeutralSheet = {
      name: ws.name,
      cells: {},
      numberFormats: {},
      fills: {},
      bold: [],
      unlocked: [],
      merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
      validations: {},
      conditionalFormats: [],
      protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
      freeze: { rows: 0, columns: 0 },
      print: { orientation: ws.pageSetup.orientation ?? "portrait", fitToWidth: ws.pageSetup.fitToPage === true && ws.pageSetup.fitToWidth === 1 },
      columnWidths: {},
      hiddenColumns: [],
      rowHeights: {},
    };
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height) s.rowHeights[r] = round1(row.height);
      row.eachCell({ includeEmpty: true }, (cell) => {
        const a = cell.address;
        const slave = cell.isMerged && cell.master.address !== a;
        const v = cell.value;
        if (!slave && v !== null && v !== undefined && v !== "") {
          s.cells[a] = typeof v === "object" && "formula" in v ? { formula: v.formula } : { value: v as string | number };
        }
        if (cell.numFmt && cell.numFmt !== "General") s.numberFormats[a] = cell.numFmt;
        const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
        if (fill?.fgColor?.argb) s.fills[a] = fill.fgColor.argb.slice(2);
        if (cell.font?.bold) s.bold.push(a);
        if (cell.protection?.locked === false) s.unlocked.push(a);
      });
    });
    ws.columns?.forEach((c, i) => {
      if (c.width) s.columnWidths[i + 1] = round1(c.width);
      if (c.hidden) s.hiddenColumns.push(i + 1);
    });
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
    for (const [where, v] of Object.entries(dv)) {
      if (!v) continue;
      for (const p of rectCells(parseRange(where))) {
        s.validations[cellAddress(p.row, p.col)] = {
          type: v.type,
          ...(v.operator && v.type !== "list" ? { operator: v.operator } : {}),
          formulae: (v.formulae ?? []).map(num),
          allowBlank: Boolean(v.allowBlank),
          prompt: { title: v.promptTitle ?? "", text: v.prompt ?? "" },
          ...(v.showErrorMessage ? { error: { title: v.errorTitle ?? "", text: v.error ?? "" } } : {}),
        };
      }
    }
    for (const cf of (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings ?? []) {
      for (const rule of cf.rules) s.conditionalFormats.push({ range: cf.ref, formula: rule.formulae?.[0] ?? "" });
    }
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === "frozen") s.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
    const titles = (ws.pageSetup as { printTitlesRow?: string }).printTitlesRow;
    if (titles) s.print.repeatRows = titles.replace(/\$/g, "");
    s.cells = sortRecord(s.cells);
    s.validations = sortRecord(s.validations);
    s.bold.sort();
    s.unlocked.sort();
    return s;
  });
}

const OPERATORS: Record<string, string> = { GreaterThanOrEqualTo: "greaterThanOrEqual", Between: "between", LessThanOrEqualTo: "lessThanOrEqual" };

export function fromMemory(store: MemoryWorkbookStore): NeutralSheet[] {
  return store.sheets.map((sheet) => {
    const s: NeutralSheet = {
      name: sheet.name,
      cells: {},
      numberFormats: {},
      fills: {},
      bold: [],
      unlocked: [],
      merges: sheet.merges.map(rangeAddress).sort(),
      validations: {},
      conditionalFormats: sheet.conditionalFormats.map((c) => ({ range: c.range, formula: c.formula.replace(/^=/, "") })),
      protected: sheet.protection.protected,
      freeze: { ...sheet.freeze },
      print: {
        orientation: sheet.pageLayout.orientation.toLowerCase(),
        fitToWidth: sheet.pageLayout.zoom.horizontalFitToPages === 1 && sheet.pageLayout.paperSize === "A4",
        ...(sheet.pageLayout.printTitleRows ? { repeatRows: sheet.pageLayout.printTitleRows.replace(/\$/g, "") } : {}),
      },
      columnWidths: {},
      hiddenColumns: [],
      rowHeights: {},
    };
    for (const [a, c] of sheet.cells) {
      if (c.formula) s.cells[a] = { formula: c.formula.replace(/^=/, "") };
      else if (c.value !== "") s.cells[a] = { value: c.value as string | number };
      if (c.numberFormat !== "General") s.numberFormats[a] = c.numberFormat;
      if (c.format.fill) s.fills[a] = c.format.fill.replace(/^#/, "").toUpperCase();
      if (c.format.font.bold) s.bold.push(a);
      if (!c.format.locked) s.unlocked.push(a);
      const v = c.validation;
      if (v) {
        const r = v.rule;
        const basic = r.wholeNumber ?? r.decimal ?? r.textLength;
        s.validations[a] = {
          type: r.wholeNumber ? "whole" : r.decimal ? "decimal" : r.textLength ? "textLength" : r.list ? "list" : "custom",
          ...(basic ? { operator: OPERATORS[basic.operator] ?? basic.operator } : {}),
          formulae: basic ? [basic.formula1, ...(basic.formula2 !== undefined ? [basic.formula2] : [])].map(num) : r.list ? [`"${String(r.list.source)}"`] : [],
          allowBlank: v.ignoreBlanks,
          prompt: { title: v.prompt.title, text: v.prompt.message },
          ...(v.errorAlert.showAlert ? { error: { title: v.errorAlert.title, text: v.errorAlert.message } } : {}),
        };
      }
    }
    for (const [col, pt] of sheet.columnWidths) s.columnWidths[col] = round1((pt / 0.75 - 5) / 7);
    s.hiddenColumns = [...sheet.hiddenColumns].sort((a, b) => a - b);
    for (const [row, pt] of sheet.rowHeights) s.rowHeights[row] = round1(pt);
    s.cells = sortRecord(s.cells);
    s.validations = sortRecord(s.validations);
    s.bold.sort();
    s.unlocked.sort();
    return s;
  });
}
