import ExcelJS from "exceljs";
import { countBySeverity } from "../../core";
import type { CheckedFile } from "./checkFile";

/**
 * The supervising office's summary workbook: 汇总 (one row per file, filterable) and 问题清单 (every finding).
 * Text from reports (agency names, messages, file names) is neutralised so nothing can become a formula.
 */

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const ERROR_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E2" } };
const FIRST_FINDINGS = 3;

/** Formula injection: a cell starting with = + - @ (or a tab/CR) is shown with a leading apostrophe, never evaluated. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const SEVERITY = { error: "错误", warning: "提醒" } as const;

export async function writeSummaryWorkbook(results: readonly CheckedFile[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "xxgk";
  workbook.created = new Date();

  const summary = workbook.addWorksheet("汇总", { views: [{ state: "frozen", ySplit: 1 }] });
  summary.columns = [
    { header: "序号", key: "n", width: 6 },
    { header: "机关名称", key: "agency", width: 28 },
    { header: "报告年度", key: "year", width: 10 },
    { header: "报告格式", key: "edition", width: 10 },
    { header: "错误", key: "errors", width: 8 },
    { header: "提醒", key: "warnings", width: 8 },
    { header: "主要问题", key: "first", width: 80 },
    { header: "文件", key: "file", width: 50 },
  ];
  results.forEach((r, i) => {
    const { errors, warnings } = countBySeverity(r.findings);
    const ordered = [...r.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
    const row = summary.addRow({
      n: i + 1,
      agency: neutralise(r.agency ?? "（无法读取）"),
      year: r.year ?? "",
      edition: r.edition ? `${r.edition}格式` : "",
      errors,
      warnings,
      first: neutralise(ordered.slice(0, FIRST_FINDINGS).map((f) => f.message).join("\n")),
      file: neutralise(r.file),
    });
    row.getCell("first").alignment = { wrapText: true, vertical: "top" };
    if (errors > 0) row.getCell("errors").fill = ERROR_FILL;
  });
  styleHeader(summary);
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + results.length, column: summary.columns.length } };

  const detail = workbook.addWorksheet("问题清单", { views: [{ state: "frozen", ySplit: 1 }] });
  detail.columns = [
    { header: "文件", key: "file", width: 40 },
    { header: "机关名称", key: "agency", width: 24 },
    { header: "严重程度", key: "severity", width: 9 },
    { header: "规则", key: "rule", width: 22 },
    { header: "问题", key: "message", width: 80 },
    { header: "表", key: "table", width: 6 },
    { header: "行", key: "row", width: 30 },
    { header: "列", key: "column", width: 16 },
    { header: "单元格", key: "cell", width: 12 },
    { header: "应为", key: "expected", width: 12 },
    { header: "实为", key: "actual", width: 12 },
  ];
  let rows = 0;
  for (const r of results) {
    for (const f of r.findings) {
      rows++;
      const loc = f.location;
      detail.addRow({
        file: neutralise(r.file),
        agency: neutralise(r.agency ?? ""),
        severity: SEVERITY[f.severity],
        rule: f.rule,
        message: neutralise(f.message),
        table: loc.table ?? "",
        row: neutralise(loc.row ?? ""),
        column: neutralise(loc.column ?? ""),
        cell: loc.cell ? `${loc.sheet ? `${loc.sheet}!` : ""}${loc.cell}` : "",
        expected: cellValue(f.expected),
        actual: cellValue(f.actual),
      });
    }
  }
  styleHeader(detail);
  detail.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows, column: detail.columns.length } };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(v: number | string | null): number | string {
  if (v === null) return "";
  return typeof v === "number" ? v : neutralise(v);
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
}
