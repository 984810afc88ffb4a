import ExcelJS from "exceljs";

/**
 * Opens a workbook with ExcelJS without parsing the sheets in `skipParts` (zip part paths, "xl/worksheets/sheet7.xml").
 * ExcelJS has no option for this; its reader class parses each worksheet part in `_processWorksheetEntry`, and a
 * sheet it has no part for is left out of the workbook (as it does for chart sheets). This wraps that one method on
 * this one reader — nothing global — and test/xlsx/loadWorkbook.test.ts fails if an ExcelJS update renames it.
 * The task pane's bundle swaps this file for loadWorkbook.browser.ts (webpack.config.js): there ExcelJS is its
 * prebuilt browser file, without this class, and the pane opens one file at a time anyway.
 */

type ProcessWorksheet = (stream: unknown, model: unknown, sheetNo: string, options: unknown, path: string) => Promise<void>;
interface ExcelJsReader {
  _processWorksheetEntry: ProcessWorksheet;
  load(buffer: unknown, options?: object): Promise<ExcelJS.Workbook>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ExcelJS's reader class is not in its typings
const XlsxReader = require("exceljs/lib/xlsx/xlsx.js") as new (workbook: ExcelJS.Workbook) => ExcelJsReader;

export async function loadWorkbook(buffer: Uint8Array, options: object, skipParts: ReadonlySet<string>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const reader = new XlsxReader(workbook);
  const parse = reader._processWorksheetEntry;
  reader._processWorksheetEntry = function (stream, model, sheetNo, opts, path) {
    return skipParts.has(path) ? Promise.resolve() : parse.call(this, stream, model, sheetNo, opts, path);
  };
  await reader.load(buffer, options);
  return workbook;
}
