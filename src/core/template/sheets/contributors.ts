import type { SheetPlan } from "../types";
import { SheetDraft } from "./draft";

export interface ContributorRow {
  agency: string;
  file?: string;
  errors: number;
  warnings: number;
}

/**
 * 汇总来源: the appendix of an aggregated (全市/全县) workbook — who was summed, with each report's own error and
 * warning counts, and anything the aggregation could not add. Text from reports is written as text (never formulas).
 */
export function contributorsSheet(rows: readonly ContributorRow[], notes: readonly string[]): SheetPlan {
  const s = new SheetDraft("汇总来源", "appendix");
  s.columnWidths = { 1: 6, 2: 30, 3: 50, 4: 8, 5: 8 };
  s.value("A1", `汇总来源（共${rows.length}份报告）`, "title", "A1:E1");
  s.rowHeights[1] = 28;
  ["序号", "机关名称", "文件", "错误", "提醒"].forEach((h, i) => s.value(`${"ABCDE"[i]}2`, h, "checkHeader"));
  rows.forEach((r, i) => {
    const row = i + 3;
    s.value(`A${row}`, i + 1, "labelCenter")
      .value(`B${row}`, r.agency || "（未填机关名称）", "label")
      .value(`C${row}`, r.file ?? "", "label")
      .value(`D${row}`, r.errors, "labelCenter")
      .value(`E${row}`, r.warnings, "labelCenter");
  });
  let row = rows.length + 4;
  if (notes.length) {
    s.value(`A${row}`, "汇总时发现的问题", "subtitle", `A${row}:E${row}`);
    for (const note of notes) s.value(`A${++row}`, note, "label", `A${row}:E${row}`);
  }
  s.freeze = { rows: 2, columns: 0 };
  s.print.repeatRows = { first: 2, last: 2 };
  return s.toPlan();
}
