import { countBySeverity } from "../findings";
import type { Finding } from "../findings";
import type { CheckedFile } from "./check";

/**
 * The supervising office's summary as data: 汇总 (one row per file, filterable) and 问题清单 (every finding). The
 * command line writes it with ExcelJS (`xxgk check --summary`), the task pane into the open workbook with Office.js;
 * both write exactly these cells. Text from reports (agency names, messages, file names, cell texts) is neutralised
 * so nothing can become a formula.
 */

export type SummaryValue = string | number;

export interface SummaryColumn {
  header: string;
  /** Width in characters (Excel's column units). */
  width: number;
  /** Data cells wrap, aligned to the top (a cell of several lines). */
  wrap?: boolean;
}

export interface SummarySheet {
  name: string;
  columns: SummaryColumn[];
  /** Data rows under the header, one value per column ("" for an empty cell). */
  rows: SummaryValue[][];
  /** Data rows (0-based) whose cell in `markColumn` is marked as an error. */
  markedRows: number[];
  markColumn?: number;
}

export const SUMMARY_STYLE = { headerFill: "DDEBF7", errorFill: "FDE2E2" } as const;

const FIRST_FINDINGS = 3;
const SEVERITY = { error: "错误", warning: "提醒" } as const;

/** Formula injection: a cell starting with = + - @ (or a tab/CR) is shown with a leading apostrophe, never evaluated. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cellValue(v: number | string | null): SummaryValue {
  if (v === null) return "";
  return typeof v === "number" ? v : neutralise(v);
}

/** Errors before warnings, otherwise as found. */
function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

function summarySheet(results: readonly CheckedFile[]): SummarySheet {
  const markedRows: number[] = [];
  const rows = results.map((r, i): SummaryValue[] => {
    const { errors, warnings } = countBySeverity(r.findings);
    if (errors > 0) markedRows.push(i);
    return [
      i + 1,
      neutralise(r.agency ?? "（无法读取）"),
      r.year ?? "",
      r.edition ? `${r.edition}格式` : "",
      errors,
      warnings,
      neutralise(errorsFirst(r.findings).slice(0, FIRST_FINDINGS).map((f) => f.message).join("\n")),
      neutralise(r.file),
    ];
  });
  return {
    name: "汇总",
    columns: [
      { header: "序号", width: 6 },
      { header: "机关名称", width: 28 },
      { header: "报告年度", width: 10 },
      { header: "报告格式", width: 10 },
      { header: "错误", width: 8 },
      { header: "提醒", width: 8 },
      { header: "主要问题", width: 80, wrap: true },
      { header: "文件", width: 50 },
    ],
    rows,
    markedRows,
    markColumn: 4,
  };
}

function findingsSheet(results: readonly CheckedFile[]): SummarySheet {
  const rows: SummaryValue[][] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const loc = f.location;
      rows.push([
        neutralise(r.file),
        neutralise(r.agency ?? ""),
        SEVERITY[f.severity],
        f.rule,
        neutralise(f.message),
        neutralise(loc.table ?? ""),
        neutralise(loc.row ?? ""),
        neutralise(loc.column ?? ""),
        // Sheet, cell and table come from the report too (a JSON report's cellRefs and import problems).
        loc.cell ? neutralise(`${loc.sheet ? `${loc.sheet}!` : ""}${loc.cell}`) : "",
        cellValue(f.expected),
        cellValue(f.actual),
      ]);
    }
  }
  return {
    name: "问题清单",
    columns: [
      { header: "文件", width: 40 },
      { header: "机关名称", width: 24 },
      { header: "严重程度", width: 9 },
      { header: "规则", width: 22 },
      { header: "问题", width: 80 },
      { header: "表", width: 6 },
      { header: "行", width: 30 },
      { header: "列", width: 16 },
      { header: "单元格", width: 12 },
      { header: "应为", width: 12 },
      { header: "实为", width: 12 },
    ],
    rows,
    markedRows: [],
  };
}

/** 汇总 and 问题清单 for a batch's results, in the order checked. */
export function summarySheets(results: readonly CheckedFile[]): SummarySheet[] {
  return [summarySheet(results), findingsSheet(results)];
}

/** How a batch went: files with errors, files that could not be read, the rest. */
export function batchTotals(results: readonly CheckedFile[]): { files: number; withErrors: number; unreadable: number; clean: number } {
  const unreadable = results.filter((r) => r.unreadable !== undefined).length;
  const withErrors = results.filter((r) => r.unreadable === undefined && countBySeverity(r.findings).errors > 0).length;
  return { files: results.length, withErrors, unreadable, clean: results.length - withErrors - unreadable };
}

/** 「共检查 N 份：…」, the line the command line ends a batch with and the task pane shows. */
export function batchTotalsText(results: readonly CheckedFile[]): string {
  const t = batchTotals(results);
  return `共检查 ${t.files} 份：${t.withErrors} 份有错误，${t.unreadable} 份无法读取，${t.clean} 份无错误`;
}
