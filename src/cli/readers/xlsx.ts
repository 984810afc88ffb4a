import { readReportWorkbook } from "../../xlsx";
import { WORKBOOK_LIMITS } from "../../xlsx/limits";
import type { ReportReader } from "./index";

/**
 * The standard workbook (xxgk template). Findings carry sheet and cell address. When its 上年数据 sheet is filled,
 * the workbook brings last year's figures along and `xxgk check` uses them unless --last-year is given.
 */
export const xlsxReader: ReportReader = {
  extensions: [".xlsx"],
  name: "Excel工作簿",
  maxBytes: WORKBOOK_LIMITS.maxFileBytes,
  read: (content, file) => readReportWorkbook(content, file),
};
