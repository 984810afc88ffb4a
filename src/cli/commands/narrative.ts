import { promises as fs } from "node:fs";
import { countBySeverity, generateNarrative, narrativeToText, validate } from "../../core";
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
 * Exit 0 when written, 2 when a file cannot be read or written. The text is generated from the tables as they are;
 * when they do not add up, a note on stderr says so (the text would repeat the tables' errors). Last year's figures
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
  const { errors } = countBySeverity(validate({ ...report, narrative: undefined }));
  if (errors > 0) {
    output.err(`注意：表格中有 ${errors} 处错误（运行 xxgk check 查看），正文按表格现有数字生成，请先改正表格。\n`);
  }
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
