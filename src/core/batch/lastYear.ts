import { refusal, refused } from "../refusal";
import type { Refusal, Refused } from "../refusal";
import type { Report } from "../model/report";
import { agencyKey } from "./check";
import type { LastYearSource } from "./check";
import type { LoadResult } from "./readers";

/** A last-year file that could not be used, and why (the pane shows the reason, the command line both languages). */
export type LastYearProblem = Refusal & { file: string };

export type LastYearLoad = { ok: true; source: LastYearSource; problems: LastYearProblem[] } | Refused;

/**
 * Last year's returns (`--last-year FOLDER`, or last year's files picked in the task pane), each agency's own report
 * found by its name. Problems with single files are listed, not fatal; `where` names the folder in the refusal.
 */
export function lastYearByAgency(loaded: readonly { file: string; result: LoadResult }[], where: string): LastYearLoad {
  const byAgency: Record<string, Report> = {};
  const problems: LastYearProblem[] = [];
  for (const { file, result } of loaded) {
    if (!result.ok) {
      problems.push({ file, reason: result.reason, en: result.en });
      continue;
    }
    const key = agencyKey(result.report.meta.agency);
    if (!key) problems.push({ file, ...refusal("未填机关名称，无法与本年报告对应", "no agency name") });
    else if (byAgency[key]) problems.push({ file, ...refusal(`「${result.report.meta.agency}」有多份上年报告，只用第一份`, "duplicate agency") });
    else byAgency[key] = result.report;
  }
  if (Object.keys(byAgency).length === 0) return refused("文件夹中没有可读的上年报告", `no readable report in ${where}`);
  return { ok: true, source: { byAgency }, problems };
}
