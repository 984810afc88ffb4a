import type ExcelJS from "exceljs";
import { spreadsheetNumberText } from "../core/model/cellText";

/**
 * A cell's content as the text a clerk would see typed — the `raw` of the report model. Numbers keep Excel's 15
 * significant digits (no binary noise like 0.30000000000000004); a formula gives its cached result; a formula without a
 * cached result (never calculated) gives the formula text, which the rules then report as not a number.
 */
export function cellRaw(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return spreadsheetNumberText(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const f = value as { formula?: string; sharedFormula?: string; result?: unknown };
    if (f.result === undefined || f.result === null) return `=${f.formula ?? f.sharedFormula ?? ""}`;
    return cellRaw(f.result as ExcelJS.CellValue);
  }
  if ("error" in value) return String(value.error);
  if ("text" in value) return cellRaw((value as { text: ExcelJS.CellValue }).text);
  return "";
}
