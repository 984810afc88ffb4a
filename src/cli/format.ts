import { countBySeverity, editions } from "../core";
import type { Finding } from "../core";
import { batchTotalsText } from "../core/batch";
import type { CheckedFile } from "./batch/checkFile";

/** Human-readable output for a terminal: one block per file, one line per finding. */

const SEVERITY_LABEL = { error: "错误", warning: "提醒" } as const;

export function formatFileHeader(r: Pick<CheckedFile, "file" | "agency" | "year" | "edition">): string {
  const edition = r.edition ? editions[r.edition].name : "";
  return `${r.file}\n  ${r.agency || "（未填机关名称）"} ${r.year ?? ""}年 ${edition}\n`;
}

export function formatFinding(f: Finding): string {
  const address = f.location.cell ? ` [${f.location.sheet ? `${f.location.sheet}!` : ""}${f.location.cell}]` : "";
  return `  ${f.severity === "error" ? "✗" : "!"} ${SEVERITY_LABEL[f.severity]} ${f.message}${address}  (${f.rule})\n`;
}

export function formatSummary(findings: readonly Finding[]): string {
  const { errors, warnings } = countBySeverity(findings);
  if (errors === 0 && warnings === 0) return "  ✓ 全部勾稽关系成立，未发现问题\n";
  return `  共 ${errors} 处错误，${warnings} 处提醒\n`;
}

export function formatUnreadable(file: string, reason: string): string {
  return `${file}\n  ✗ 无法检查 / cannot check: ${reason}\n\n`;
}

/** One line per file, for batches whose details go to the summary workbook. */
export function formatFileLine(r: CheckedFile): string {
  if (r.unreadable !== undefined) return `✗ ${r.file}：无法读取 / unreadable — ${r.unreadable}\n`;
  const { errors, warnings } = countBySeverity(r.findings);
  const mark = errors > 0 ? "✗" : "✓";
  return `${mark} ${r.file}：${r.agency || "（未填机关名称）"} ${r.year}年，${errors} 处错误，${warnings} 处提醒\n`;
}

export function formatBatchTotals(results: readonly CheckedFile[]): string {
  return `\n${batchTotalsText(results)}\n`;
}
