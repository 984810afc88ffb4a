import { countBySeverity } from "./findings";
import type { Finding } from "./findings";
import type { Report } from "./model/report";
import { validate } from "./validate";

/**
 * Whether the text may be generated from a report's tables — the one rule every host follows before it writes a
 * report's text (the task pane in Excel, the WPS host, `xxgk narrative`):
 *   - a table left wholly empty: refuse. The text would turn blank cells into facts (「本机关未收到政府信息公开申请」).
 *   - tables with errors: say how many and let the clerk choose — correct them first, or generate anyway (the text
 *     repeats the tables' numbers, errors included). A command line cannot ask: it says so and generates.
 *   - otherwise: ready.
 * The tables are judged as `xxgk check` and 一键校验 judge them (the report's own text left out: it is what is about
 * to be replaced).
 */

export type NarrativeReadiness =
  | { ready: true; findings: Finding[] }
  | { ready: false; refuse: true; emptyTables: string[]; message: string; findings: Finding[] }
  | { ready: false; refuse: false; errors: number; message: string; findings: Finding[] };

export const readinessWording = {
  empty: (tables: readonly string[]) =>
    `${tables.join("、")}还没有填写，不能生成正文：正文中的数字都来自表格，空着的表会被写成「未收到政府信息公开申请」等并不存在的事实。请先填写表格（没有发生的填0），再生成正文。`,
  errors: (errors: number) => `表格中有 ${errors} 处错误，正文会照表格现有的数字写出，错误也会写进正文。建议先改正表格再生成。`,
  fix: "先去改正",
  anyway: "仍然生成",
} as const;

export function narrativeReadiness(report: Report, options: { lastYear?: Report } = {}): NarrativeReadiness {
  const findings = validate({ ...report, narrative: undefined }, { lastYear: options.lastYear });
  const emptyTables = findings.filter((f) => f.rule === "table.empty").map((f) => f.location.table ?? "");
  if (emptyTables.length > 0) return { ready: false, refuse: true, emptyTables, message: readinessWording.empty(emptyTables), findings };
  const { errors } = countBySeverity(findings);
  if (errors > 0) return { ready: false, refuse: false, errors, message: readinessWording.errors(errors), findings };
  return { ready: true, findings };
}
