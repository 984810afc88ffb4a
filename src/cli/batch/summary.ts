import ExcelJS from "exceljs";
import { SUMMARY_STYLE, summarySheets } from "../../core/batch";
import type { CheckedFile, SummarySheet } from "../../core/batch";

/**
 * The supervising office's summary workbook (`xxgk check --summary`): the sheets of src/core/batch/summary.ts —
 * 汇总 (one row per file, filterable) and 问题清单 (every finding) — written with ExcelJS. The task pane writes the
 * same cells into the open workbook (src/excel/summarySheets.ts).
 */

const fill = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` } });

function drawSheet(workbook: ExcelJS.Workbook, sheet: SummarySheet): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.rows.forEach((values) => {
    const row = ws.addRow(values);
    sheet.columns.forEach((c, i) => c.wrap && (row.getCell(i + 1).alignment = { wrapText: true, vertical: "top" }));
  });
  if (sheet.markColumn !== undefined) for (const r of sheet.markedRows) ws.getRow(r + 2).getCell(sheet.markColumn + 1).fill = fill(SUMMARY_STYLE.errorFill);
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => (cell.fill = fill(SUMMARY_STYLE.headerFill)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
}

export async function writeSummaryWorkbook(results: readonly CheckedFile[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "xxgk";
  workbook.created = new Date();
  for (const sheet of summarySheets(results)) drawSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
