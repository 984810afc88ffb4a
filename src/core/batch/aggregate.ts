import { aggregateReports } from "../aggregate";
import type { AggregateInput } from "../aggregate";
import { countBySeverity } from "../findings";
import type { Report } from "../model/report";
import { refused, refusalText } from "../refusal";
import type { Refused } from "../refusal";
import { buildTemplatePlan } from "../template/plan";
import { contributorsSheet } from "../template/sheets/contributors";
import type { ContributorRow } from "../template/sheets/contributors";
import type { TemplatePlan } from "../template/types";
import { validate } from "../validate";
import type { LoadResult } from "./readers";

/**
 * 汇总相加 (`xxgk aggregate`, and the task pane's button of the same name): the loaded reports of one edition and year
 * summed into the standard workbook, with 汇总来源 listing every contributor and its own error and warning counts.
 * A total that silently misses a department is wrong, so one unreadable file refuses the whole sum.
 */

export type AggregateBatch = { ok: true; report: Report; plan: TemplatePlan; contributors: ContributorRow[]; warnings: string[] } | Refused;

export function aggregateLoaded(loaded: readonly { file: string; result: LoadResult }[], agency: string): AggregateBatch {
  if (loaded.length === 0) return refused("没有找到可汇总的文件", "no files to aggregate");
  const unreadable = loaded.filter((l) => !l.result.ok).map((l) => `  ${l.file}：${refusalText(l.result as Refused)}`);
  if (unreadable.length) {
    return refused(`以下文件无法读取，未汇总（请修正或移出后重试）：\n${unreadable.join("\n")}`, "unreadable files, nothing written");
  }
  const inputs: AggregateInput[] = loaded.map((l) => ({ report: (l.result as { report: Report }).report, file: l.file }));
  const result = aggregateReports(inputs, { agency });
  if (!result.ok) return result;
  const contributors = inputs.map((input) => ({ agency: input.report.meta.agency, file: input.file, ...countBySeverity(validate(input.report)) }));
  const { meta } = result.report;
  const plan = buildTemplatePlan({ edition: meta.edition, reportYear: meta.reportYear, agency: meta.agency });
  plan.sheets.push(contributorsSheet(contributors, result.warnings));
  return { ok: true, report: result.report, plan, contributors, warnings: result.warnings };
}
