import { editions } from "../core";
import type { Finding, Report } from "../core";
import { countBySeverity } from "../core";

/** Human-readable output for a terminal: one block per file, one line per finding. */

const SEVERITY_LABEL = { error: "错误", warning: "提醒" } as const;

export function formatFileHeader(file: string, report: Report): string {
  const { agency, reportYear, edition } = report.meta;
  return `${file}\n  ${agency || "（未填机关名称）"} ${reportYear}年 ${editions[edition].name}\n`;
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
  return `${file}\n  ✗ 无法检查 / cannot check: ${reason}\n`;
}
