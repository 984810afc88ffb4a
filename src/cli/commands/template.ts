import { promises as fs } from "node:fs";
import { buildTemplatePlan, editionForYear, editions } from "../../core";
import type { EditionId } from "../../core";
import { EXIT, refuseOverwrite } from "../io";
import type { Output } from "../io";
import { lazy } from "../lazy";
import { LEVEL_CHOICES, parseReportOptions } from "../options";
import type { Command } from "commander";

export interface TemplateCommandOptions {
  edition?: string;
  year?: string;
  agency?: string;
  level?: string;
  output?: string;
  force?: boolean;
}

export function registerTemplate(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("template")
    .description("生成标准填报模板（.xlsx）/ write the standard report workbook")
    .option("--edition <edition>", "报告格式 2019|2021（不给时按 --year 确定）/ edition")
    .option("--year <year>", "报告年度，填入「基本信息」/ report year")
    .option("--agency <name>", "机关名称，填入「基本信息」/ agency name")
    .option("--level <level>", `层级：${LEVEL_CHOICES}`)
    .option("-o, --output <file>", "输出文件 FILE.xlsx / output file")
    .option("--force", "覆盖已存在的文件 / overwrite an existing file")
    .action(async (options: TemplateCommandOptions) => setExit(await templateCommand(options, output)));
}

/** `xxgk template` — 0 written, 2 bad arguments or the file cannot be written. */
export async function templateCommand(options: TemplateCommandOptions, output: Output): Promise<number> {
  const bad = (message: string) => {
    output.err(`${message}\n`);
    return EXIT.unreadable;
  };
  const parsed = parseReportOptions(options);
  if ("message" in parsed) return bad(parsed.message);
  const { year, level } = parsed;
  const edition: EditionId | undefined = parsed.edition ?? (year ? editionForYear(year) : undefined);
  if (!edition) return bad("请用 --edition 2019|2021 或 --year 指定报告格式 / give --edition or --year");
  if (year !== undefined && editionForYear(year) !== edition) {
    const wanted = editionForYear(year);
    return bad(`${year}年度的报告应使用${wanted ? editions[wanted].name : "2019年以后的格式"}，不是${editions[edition].name} / year ${year} does not use the ${edition} edition`);
  }
  if (!options.output) return bad("请用 -o 指定输出文件，如 -o 模板.xlsx / give -o FILE.xlsx");
  if (!options.output.toLowerCase().endsWith(".xlsx")) return bad(`输出文件应以 .xlsx 结尾 / the output must be an .xlsx file (got ${options.output})`);

  const refused = await refuseOverwrite(options.output, options.force);
  if (refused) return bad(refused);
  const plan = buildTemplatePlan({ edition, reportYear: year, agency: options.agency, level });
  try {
    await fs.writeFile(options.output, await lazy.xlsxWrite().writeTemplateWorkbook(plan));
  } catch (e) {
    return bad(`无法写入 ${options.output} / cannot write: ${(e as Error).message}`);
  }
  output.out(`已生成 ${options.output}（${editions[edition].name}，${editions[edition].documentNumber}）\n`);
  return EXIT.ok;
}
