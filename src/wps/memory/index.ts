/**
 * An in-memory WPS 表格 (ET) object model for the tests and the browser tests: the documented VBA-shaped semantics
 * the WPS host relies on (see ./range.ts and ./sheet.ts), checked by test/wps/memory.test.ts. Not a spreadsheet:
 * formulas are stored, not calculated.
 */
export { createMemoryEt, MemoryEtApplication } from "./application";
export { MemoryEtRange } from "./range";
export { MemoryEtSheets, MemoryEtWorksheet } from "./sheet";
export { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, EtBookData, EtError, EtSheetData, parseA1, WHITE } from "./store";
export type { EtCellData, EtConditionData, EtTaskPaneData, EtValidationData } from "./store";
