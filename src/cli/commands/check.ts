import { promises as fs } from "node:fs";
import type { Command } from "commander";
import { countBySeverity } from "../../core";
import { refusalText } from "../../core/refusal";
import type { CheckedFile, FileResult } from "../batch/checkFile";
import { expandInputs } from "../batch/files";
import { loadLastYear } from "../batch/lastYear";
import { checkFiles, defaultJobs } from "../batch/pool";
import { createProgress } from "../batch/progress";
import { formatFileHeader, formatFinding, formatSummary, formatUnreadable, formatBatchTotals, formatFileLine } from "../format";
import { EXIT } from "../io";
import type { Output } from "../io";
import { lazy } from "../lazy";
import { LEVEL_CHOICES, parseReportOptions } from "../options";
import { supportedExtensions } from "../readers";

export interface CheckOptions {
  json?: boolean;
  lastYear?: string;
  edition?: string;
  summary?: string;
  jobs?: string;
  year?: string;
  agency?: string;
  level?: string;
}

export function registerCheck(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("check")
    .description("检查报告的勾稽关系和填报问题（可以是文件或文件夹）/ check reports (files or folders)")
    .argument("<files...>", "报告文件（.json、.xlsx 标准模板等）或文件夹 / report files or folders")
    .option("--json", "以JSON输出 / print JSON")
    .option("--last-year <file>", "上年报告（文件，或按机关名称对应的文件夹），用于跨年度核对；不给时使用工作簿的「上年数据」表 / last year's report, or a folder of them")
    .option("--edition <edition>", "要求的报告格式 2019|2021 / required edition")
    .option("--summary <file.xlsx>", "写出汇总工作簿（每份一行，另附问题清单）/ write a summary workbook")
    .option("--jobs <n>", `并行检查的线程数（默认 ${defaultJobs()}）/ worker threads`)
    .option("--year <year>", "报告年度，用于没有写明年度的已发布报告（报告写明的优先）/ report year for published reports that state none")
    .option("--agency <name>", "机关名称，用于没有写明的已发布报告（报告写明的优先）/ agency for published reports that state none")
    .option("--level <level>", `机关层级，用于已发布的报告：${LEVEL_CHOICES} / the agency's level`)
    .action(async (files: string[], options: CheckOptions) => setExit(await checkCommand(files, options, output)));
}

/**
 * `xxgk check FILE_OR_FOLDER...` — returns the exit status: 0 no errors, 1 errors found, 2 a file could not be read.
 * A bad file never stops the batch.
 */
export async function checkCommand(inputs: string[], options: CheckOptions, output: Output): Promise<number> {
  const parsed = parseReportOptions({ edition: options.edition, year: options.year, level: options.level });
  if ("message" in parsed) {
    output.err(`${parsed.message}\n`);
    return EXIT.unreadable;
  }
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
    output.err(`--jobs 应为正整数 / --jobs must be a positive whole number (got ${options.jobs})\n`);
    return EXIT.unreadable;
  }
  const expectedEdition = parsed.edition;

  let lastYear;
  if (options.lastYear) {
    const loaded = await loadLastYear(options.lastYear);
    if (!loaded.ok) {
      output.err(`上年报告无法读取 / cannot read last year's report ${options.lastYear}: ${refusalText(loaded)}\n`);
      return EXIT.unreadable;
    }
    for (const problem of loaded.problems) output.err(`上年报告 / last year: ${problem.file}：${refusalText(problem)}\n`);
    lastYear = loaded.source;
  }

  const files = await expandInputs(inputs, supportedExtensions());
  if (files.length === 0) {
    output.err(`没有找到可检查的文件（支持 ${supportedExtensions().join(" ")}）/ no files to check\n`);
    return EXIT.unreadable;
  }

  const progress = createProgress(output, files.length);
  const given = { reportYear: parsed.year, agency: options.agency?.trim() || undefined, level: parsed.level };
  const defaults = Object.values(given).some((v) => v !== undefined) ? given : undefined;
  const results = await checkFiles(files, { lastYear, expectedEdition, defaults }, { jobs, onResult: (r, done) => progress.update(r, done) });
  progress.stop();

  if (options.json) output.out(JSON.stringify({ files: results.map(contractShape) }, null, 2) + "\n");
  else if (options.summary) output.out(results.map(formatFileLine).join("") + formatBatchTotals(results));
  else output.out(results.map(formatResult).join(""));

  if (options.summary) {
    await fs.writeFile(options.summary, await lazy.summary().writeSummaryWorkbook(results));
    output.err(`汇总工作簿已写出 / summary written: ${options.summary}\n`);
  }

  if (results.some((r) => r.unreadable !== undefined)) return EXIT.unreadable;
  if (results.some((r) => countBySeverity(r.findings).errors > 0)) return EXIT.findings;
  return EXIT.ok;
}

/** Exactly the public --json fields, in order. */
function contractShape(r: CheckedFile): FileResult {
  return { file: r.file, edition: r.edition, year: r.year, agency: r.agency, findings: r.findings };
}

function formatResult(r: CheckedFile): string {
  if (r.unreadable !== undefined) return formatUnreadable(r.file, r.unreadable);
  return formatFileHeader(r) + r.findings.map(formatFinding).join("") + formatSummary(r.findings) + "\n";
}
