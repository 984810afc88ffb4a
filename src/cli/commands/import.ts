import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Command } from "commander";
import { buildTemplatePlan, editions, stringifyReport, validate } from "../../core";
import type { Finding, Report } from "../../core";
import { refusalText } from "../../core/refusal";
import { formatFinding } from "../format";
import { EXIT, refuseOverwrite } from "../io";
import type { Output } from "../io";
import { IMPORT_EXTENSIONS } from "../../core/import/forms";
import { lazy } from "../lazy";
import { LEVEL_CHOICES, parseReportOptions } from "../options";
import { loadReport, publishedReaders } from "../readers";

export interface ImportCommandOptions {
  output: string;
  year?: string;
  edition?: string;
  level?: string;
  agency?: string;
  force?: boolean;
}

/** Writers by output extension: the report as JSON, or filled into the standard workbook of its edition. */
const writers: Record<string, ((report: Report, file: string) => Promise<void>) | undefined> = {
  ".json": async (report, file) => fs.writeFile(file, stringifyReport(report)),
  ".xlsx": async (report, file) => {
    await fs.writeFile(file, await lazy.xlsxWrite().writeTemplateWorkbook(buildTemplatePlan({ edition: report.meta.edition }), { report }));
  },
};

export function registerImport(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("import")
    .description("把已发布的报告（网页、文本、PDF、Word）转换为报告数据 / import a published report")
    .argument("<file>", `报告文件（${Object.values(IMPORT_EXTENSIONS).flat().join(" ")}）`)
    .requiredOption("-o, --output <file>", "输出文件（.json，或 .xlsx 标准模板）/ output file")
    .option("--year <year>", "报告年度（文件中读不出时）/ report year, when the file does not state it")
    .option("--agency <name>", "机关名称（文件中读不出时）/ agency, when the file does not state it")
    .option("--edition <edition>", "按此报告格式读取 2019|2021 / read the tables as this edition")
    .option("--level <level>", `机关层级：${LEVEL_CHOICES} / the agency's level`)
    .option("--force", "覆盖已存在的文件 / overwrite an existing file")
    .action(async (file: string, options: ImportCommandOptions) => setExit(await importCommand(file, options, output)));
}

/** `xxgk import FILE -o OUT` — 0 imported, 1 imported but something could not be read, 2 nothing written. */
export async function importCommand(file: string, options: ImportCommandOptions, output: Output): Promise<number> {
  const fail = (message: string) => {
    output.err(`${message}\n`);
    return EXIT.unreadable;
  };
  const parsed = parseReportOptions(options);
  if ("message" in parsed) return fail(parsed.message);
  const { year, edition, level } = parsed;
  const ext = path.extname(options.output).toLowerCase();
  const write = writers[ext];
  if (!write) return fail(`不支持输出为「${ext || "无扩展名"}」，请用 .json 或 .xlsx / unsupported output type (use .json or .xlsx)`);
  const refused = await refuseOverwrite(options.output, options.force);
  if (refused) return fail(refused);

  const loaded = await loadReport(file, publishedReaders({ reportYear: year, edition, level, agency: options.agency?.trim() || undefined }));
  if (!loaded.ok) return fail(`无法导入 / cannot import ${file}: ${refusalText(loaded)}`);
  const { report } = loaded;
  try {
    await write(report, options.output);
  } catch (e) {
    return fail(`无法写入 / cannot write ${options.output}: ${(e as Error).message}`);
  }

  const findings = validate(report);
  const problems = findings.filter((f) => f.rule.startsWith("import."));
  output.out(summary(file, options.output, report, findings, problems));
  return problems.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}

function summary(file: string, out: string, report: Report, findings: readonly Finding[], problems: readonly Finding[]): string {
  const { agency, reportYear, edition } = report.meta;
  const cells = Object.keys(report.cells).length;
  const sections = report.narrative?.sections.length ?? 0;
  const head = `${file} → ${out}\n  ${agency || "（未读出机关名称）"} ${reportYear}年 ${editions[edition].name}：读出${cells}个单元格，正文${sections}个部分\n`;
  const lines = problems.map(formatFinding).join("");
  const rest = findings.length - problems.length;
  const next = rest > 0 ? `  另有${rest}处校验问题，请运行 xxgk check ${out} 查看。\n` : "";
  return head + (problems.length > 0 ? `  导入时有${problems.length}处未能读取：\n${lines}` : "  ✓ 表格全部读出\n") + next;
}
