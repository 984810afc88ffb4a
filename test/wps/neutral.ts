import { cellAddress, rangeAddress } from "../../src/core/template/address";
import { hexOf, XL } from "../../src/wps/et";
import type { EtBookData } from "../../src/wps/memory";
import type { NeutralSheet, NeutralValidation } from "../helpers/neutral";

/**
 * The in-memory WPS workbook in the neutral description test/helpers/neutral.ts gives the .xlsx (ExcelJS) and the
 * in-memory Excel: the same plan drawn through the WPS host must describe the same.
 */

const sortRecord = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const round1 = (x: number) => Math.round(x * 10) / 10;
const num = (x: string) => (/^-?\d+(\.\d+)?$/.test(x) ? Number(x) : x);
const TYPES: Record<number, string> = { [XL.validate.wholeNumber]: "whole", [XL.validate.decimal]: "decimal", [XL.validate.textLength]: "textLength", [XL.validate.list]: "list" };
const OPERATORS: Record<number, string> = { [XL.operator.greaterEqual]: "greaterThanOrEqual", [XL.operator.between]: "between", [XL.operator.lessEqual]: "lessThanOrEqual" };

export function fromEt(book: EtBookData): NeutralSheet[] {
  return book.sheets.map((sheet) => {
    const p = sheet.pageSetup;
    const s: NeutralSheet = {
      name: sheet.name,
      cells: {},
      numberFormats: {},
      fills: {},
      bold: [],
      unlocked: [],
      merges: sheet.merges.map(rangeAddress).sort(),
      validations: {},
      conditionalFormats: sheet.conditions.map((c) => ({ range: rangeAddress(c.appliesTo), formula: c.formula1.replace(/^=/, "") })),
      protected: sheet.protection.contents,
      freeze: sheet.view.freezePanes ? { rows: sheet.view.splitRow, columns: sheet.view.splitColumn } : { rows: 0, columns: 0 },
      print: {
        orientation: p.orientation === XL.landscape ? "landscape" : "portrait",
        fitToWidth: p.zoom === false && p.fitToPagesWide === 1 && p.fitToPagesTall === false && p.paperSize === XL.paperA4,
        ...(p.printTitleRows ? { repeatRows: p.printTitleRows.replace(/\$/g, "") } : {}),
      },
      columnWidths: {},
      hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
      rowHeights: {},
    };
    for (const [a, c] of sheet.cells) {
      if (c.formula !== undefined) s.cells[a] = { formula: c.formula.replace(/^=/, "") };
      else if (c.value !== undefined) s.cells[a] = { value: c.value as string | number };
      if (c.numberFormat !== "General") s.numberFormats[a] = c.numberFormat;
      if (c.interior !== undefined) s.fills[a] = hexOf(c.interior).slice(1);
      if (c.font.bold) s.bold.push(a);
      if (!c.locked) s.unlocked.push(a);
      const v = c.validation;
      if (v) {
        const list = v.type === XL.validate.list;
        const validation: NeutralValidation = {
          type: TYPES[v.type] ?? "custom",
          ...(list ? {} : { operator: OPERATORS[v.operator] ?? String(v.operator) }),
          formulae: list ? [`"${v.formula1}"`] : [v.formula1, ...(v.formula2 !== "" ? [v.formula2] : [])].map(num),
          allowBlank: v.ignoreBlank,
          prompt: { title: v.inputTitle, text: v.inputMessage },
          ...(v.showError ? { error: { title: v.errorTitle, text: v.errorMessage } } : {}),
        };
        s.validations[a] = validation;
      }
    }
    for (const [col, chars] of sheet.columnWidths) s.columnWidths[col] = round1(chars);
    for (const [row, pt] of sheet.rowHeights) s.rowHeights[row] = round1(pt);
    s.cells = sortRecord(s.cells);
    s.validations = sortRecord(s.validations);
    s.bold.sort();
    s.unlocked.sort();
    return s;
  });
}

/** Cells that hold a value or formula, 「A1」 → text, for quick comparisons. */
export function etText(book: EtBookData, sheet: string, address: string): string {
  const c = book.sheet(sheet)?.peek(address);
  return c?.formula ?? (c?.value === undefined ? "" : String(c.value));
}

export { cellAddress };
