import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Command } from "commander";
import { stringifyReport } from "../../core";
import { aggregateLoaded } from "../../core/batch";
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
  const loaded = [];
  for (const file of files) loaded.push({ file, result: await loadReport(file) });
  // The sum, its plan and 汇总来源 are src/core/batch/aggregate.ts, as the task pane's 汇总相加 makes them.
  const result = aggregateLoaded(loaded, options.agency ?? "（汇总）");
  if (!result.ok) return fail(refusalText(result));

  try {
    if (ext === ".json") await fs.writeFile(out, stringifyReport(result.report));
    else await fs.writeFile(out, await lazy.xlsxWrite().writeTemplateWorkbook(result.plan, { report: result.report }));
  } catch (e) {
    return fail(`无法写入 ${out} / cannot write: ${(e as Error).message}`);
  }

  const rows = result.contributors;
  const withErrors = rows.filter((r) => r.errors > 0);
  output.out(`已汇总 ${rows.length} 份报告（${result.report.meta.reportYear}年，${result.report.meta.edition}格式）→ ${out}\n`);
  for (const r of withErrors) output.out(`  ! ${r.agency || r.file}：本身有 ${r.errors} 处错误，汇总数可能不准\n`);
  for (const w of result.warnings) output.out(`  ! ${w}\n`);
  return EXIT.ok;
}
