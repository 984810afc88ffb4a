/** The standard workbook as an .xlsx file (Node: ExcelJS). Used by the command line and the tests. */
export { writeTemplateWorkbook } from "./write";
export type { WriteOptions } from "./write";
export { readReportWorkbook } from "./read";
export type { ReadWorkbookResult } from "./read";
