import { countBySeverity, formatMessage, isEditionId, ruleById, validate } from "../../core";
import type { EditionId, Finding } from "../../core";
import { formatFileHeader, formatFinding, formatSummary, formatUnreadable } from "../format";
import { loadReport } from "../readers";
import { EXIT } from "../io";
import type { Output } from "../io";
import type { Command } from "commander";

export interface CheckOptions {
  json?: boolean;
  lastYear?: string;
  edition?: string;
}

/** One file's result in the --json contract: {"files":[{"file","edition","year","agency","findings":[…]}]}. */
interface FileResult {
  file: string;
  edition: EditionId | null;
  year: number | null;
  agency: string | null;
  findings: Finding[];
}

/** An unreadable file is one error finding, so the --json shape stays the same for every file. */
function unreadableFinding(reason: string): Finding {
  const rule = ruleById("file.unreadable");
  return { rule: rule.id, severity: rule.severity, message: formatMessage(rule.message, { reason }), location: {}, expected: null, actual: null };
}

export function registerCheck(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("check")
    .description("检查报告的勾稽关系和填报问题 / check reports")
    .argument("<files...>", "报告文件（.json、.xlsx 标准模板）")
    .option("--json", "以JSON输出 / print JSON")
    .option("--last-year <file>", "上年报告，用于跨年度核对（不给时使用工作簿的「上年数据」表）/ last year's report for cross-year checks")
    .option("--edition <edition>", "要求的报告格式 2019|2021 / required edition")
    .action(async (files: string[], options: CheckOptions) => setExit(await checkCommand(files, options, output)));
}

/** `xxgk check FILE...` — returns the exit status: 0 no errors, 1 errors found, 2 a file could not be read. */
export async function checkCommand(files: string[], options: CheckOptions, output: Output): Promise<number> {
  if (options.edition !== undefined && !isEditionId(options.edition)) {
    output.err(`--edition 只能是 2019 或 2021 / --edition must be 2019 or 2021 (got ${options.edition})\n`);
    return EXIT.unreadable;
  }
  const expectedEdition = options.edition as EditionId | undefined;

  let lastYear;
  if (options.lastYear) {
    const loaded = await loadReport(options.lastYear);
    if (!loaded.ok) {
      output.err(`上年报告无法读取 / cannot read last year's report ${options.lastYear}: ${loaded.reason}\n`);
      return EXIT.unreadable;
    }
    lastYear = loaded.report;
  }

  const results: FileResult[] = [];
  let unreadable = false;
  for (const file of files) {
    const loaded = await loadReport(file);
    if (!loaded.ok) {
      unreadable = true;
      results.push({ file, edition: null, year: null, agency: null, findings: [unreadableFinding(loaded.reason)] });
      if (!options.json) output.out(formatUnreadable(file, loaded.reason));
      continue;
    }
    const { report } = loaded;
    // --last-year wins; otherwise a workbook's own 上年数据 sheet (when filled) enables the cross-year rules.
    const findings = validate(report, { lastYear: lastYear ?? loaded.lastYear, expectedEdition });
    results.push({ file, edition: report.meta.edition, year: report.meta.reportYear, agency: report.meta.agency, findings });
    if (!options.json) output.out(formatFileHeader(file, report) + findings.map(formatFinding).join("") + formatSummary(findings) + "\n");
  }

  if (options.json) output.out(JSON.stringify({ files: results }, null, 2) + "\n");
  if (unreadable) return EXIT.unreadable;
  if (results.some((r) => countBySeverity(r.findings).errors > 0)) return EXIT.findings;
  return EXIT.ok;
}
