import { promises as fs } from "node:fs";
import { generateNarrative, narrativeReadiness, narrativeToText } from "../../core";
import type { Report } from "../../core";
import { refusalText } from "../../core/refusal";
import { EXIT } from "../io";
import type { Output } from "../io";
import { lazy } from "../lazy";
import { loadReport } from "../readers";
import type { Command } from "commander";

export interface NarrativeOptions {
  lastYear?: string;
  docx?: string;
}

export function registerNarrative(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("narrative")
    .description("按表格数字生成报告正文 / generate the report's text from its tables")
    .argument("<file>", "报告文件（.json、填报模板 .xlsx，或已发布的 .html .txt .docx .pdf）")
    .option("--last-year <file>", "上年报告，用于写「较上年增长…」（不给时用填报模板「上年数据」表）/ last year's report for year-on-year changes")
    .option("--docx <out>", "写出 Word 文档（.docx）而不是打印文字 / write a .docx instead of printing text")
    .action(async (file: string, options: NarrativeOptions) => setExit(await narrativeCommand(file, options, output)));
}

async function load(file: string, what: string, output: Output): Promise<{ report: Report; lastYear?: Report } | undefined> {
  const loaded = await loadReport(file);
  if (loaded.ok) return loaded;
  output.err(`${what}无法读取 / cannot read ${file}: ${refusalText(loaded)}\n`);
  return undefined;
}

/**
 * `xxgk narrative FILE [--last-year FILE] [--docx OUT]` — prints the generated text, or writes it as .docx.
 * Exit 0 when written, 1 when a table is left wholly empty (nothing is generated: blank cells would become facts),
 * 2 when a file cannot be read or written. The same rule as the task pane's (core/readiness.ts): when the tables have
 * errors a note on stderr says how many and the text is generated from the tables as they are (a command line cannot
 * ask 「先去改正」 or 「仍然生成」). Last year's figures
 * for 「较上年…」 come from --last-year or, as for `xxgk check`, from the workbook's own 上年数据 sheet.
 */
export async function narrativeCommand(file: string, options: NarrativeOptions, output: Output): Promise<number> {
  const loaded = await load(file, "报告", output);
  if (!loaded) return EXIT.unreadable;
  const report = loaded.report;
  let lastYear = loaded.lastYear;
  if (options.lastYear) {
    const given = await load(options.lastYear, "上年报告", output);
    if (!given) return EXIT.unreadable;
    lastYear = given.report;
  }
  const readiness = narrativeReadiness(report, { lastYear });
  if (!readiness.ready && readiness.refuse) {
    output.err(`${readiness.message}\n`);
    return EXIT.findings;
  }
  if (!readiness.ready) output.err(`注意：${readiness.message}（运行 xxgk check 查看）\n`);
  const draft = generateNarrative(report, { lastYear });
  if (!options.docx) {
    output.out(narrativeToText(draft));
    return EXIT.ok;
  }
  try {
    await fs.writeFile(options.docx, await lazy.narrativeDocx().narrativeDocx(draft));
  } catch (e) {
    output.err(`无法写入 / cannot write ${options.docx}: ${(e as Error).message}\n`);
    return EXIT.unreadable;
  }
  output.out(`已生成 Word 文档 / written: ${options.docx}\n`);
  return EXIT.ok;
}
