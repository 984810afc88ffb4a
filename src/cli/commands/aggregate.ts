import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Command } from "commander";
import { aggregateReports, buildTemplatePlan, contributorsSheet, countBySeverity, stringifyReport, validate } from "../../core";
import type { AggregateInput } from "../../core";
import { refusalText } from "../../core/refusal";
import { lazy } from "../lazy";
import { expandInputs } from "../batch/files";
import { EXIT, refuseOverwrite } from "../io";
import type { Output } from "../io";
import { loadReport, supportedExtensions } from "../readers";

export interface AggregateOptions {
  output?: string;
  agency?: string;
  force?: boolean;
}

export function registerAggregate(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("aggregate")
    .description("把同一年度、同一格式的部门报告汇总为一份（全市/全县汇总）/ sum departmental reports into one")
    .argument("<files...>", "报告文件或文件夹 / report files or folders")
    .requiredOption("-o, --output <file>", "输出 TOTAL.xlsx（标准模板，附「汇总来源」）或 TOTAL.json / output file")
    .option("--agency <name>", "汇总报告的机关名称，如「某市（全市汇总）」/ agency name of the total", "（汇总）")
    .option("--force", "覆盖已存在的文件 / overwrite an existing file")
    .action(async (files: string[], options: AggregateOptions) => setExit(await aggregateCommand(files, options, output)));
}

/** `xxgk aggregate` — 0 written (contributors may have findings: they are listed), 2 nothing written. */
export async function aggregateCommand(inputs: string[], options: AggregateOptions, output: Output): Promise<number> {
  const fail = (message: string) => {
    output.err(`${message}\n`);
    return EXIT.unreadable;
  };
  const out = options.output ?? "";
  const ext = path.extname(out).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".json") return fail(`输出文件应以 .xlsx 或 .json 结尾 / the output must be .xlsx or .json (got ${out})`);
  const refused = await refuseOverwrite(out, options.force);
  if (refused) return fail(refused);

  const files = await expandInputs(inputs, supportedExtensions());
  if (files.length === 0) return fail("没有找到可汇总的文件 / no files to aggregate");
  const loaded: AggregateInput[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    const result = await loadReport(file);
    if (result.ok) loaded.push({ report: result.report, file });
    else unreadable.push(`  ${file}：${refusalText(result)}`);
  }
  // A total that silently misses a department is wrong: refuse rather than sum what could be read.
  if (unreadable.length) return fail(`以下文件无法读取，未汇总（请修正或移出后重试）/ unreadable files, nothing written:\n${unreadable.join("\n")}`);

  const result = aggregateReports(loaded, { agency: options.agency ?? "（汇总）" });
  if (!result.ok) return fail(refusalText(result));

  const rows = loaded.map((input) => ({ agency: input.report.meta.agency, file: input.file, ...countBySeverity(validate(input.report)) }));
  try {
    if (ext === ".json") {
      await fs.writeFile(out, stringifyReport(result.report));
    } else {
      const plan = buildTemplatePlan({ edition: result.report.meta.edition, reportYear: result.report.meta.reportYear, agency: result.report.meta.agency });
      plan.sheets.push(contributorsSheet(rows, result.warnings));
      await fs.writeFile(out, await lazy.xlsxWrite().writeTemplateWorkbook(plan, { report: result.report }));
    }
  } catch (e) {
    return fail(`无法写入 ${out} / cannot write: ${(e as Error).message}`);
  }

  const withErrors = rows.filter((r) => r.errors > 0);
  output.out(`已汇总 ${loaded.length} 份报告（${result.report.meta.reportYear}年，${result.report.meta.edition}格式）→ ${out}\n`);
  for (const r of withErrors) output.out(`  ! ${r.agency || r.file}：本身有 ${r.errors} 处错误，汇总数可能不准\n`);
  for (const w of result.warnings) output.out(`  ! ${w}\n`);
  return EXIT.ok;
}
