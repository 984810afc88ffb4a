import ExcelJS from "exceljs";

/** The task pane's variant of loadWorkbook.ts: ExcelJS's browser build parses every sheet (see that file). */
export async function loadWorkbook(buffer: Uint8Array, options: object, _skipParts: ReadonlySet<string>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer, options);
  return workbook;
}
