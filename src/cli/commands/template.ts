import { promises as fs } from "node:fs";
import { buildTemplatePlan, editionForYear, editions, isEditionId, levelFromText, levels } from "../../core";
import type { EditionId } from "../../core";
import { refuseOverwrite } from "../io";
import type { Output } from "../io";
import { lazy } from "../lazy";
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
    .option("--level <level>", `层级：${levels.map((l) => l.label).join("、")}`)
    .option("-o, --output <file>", "输出文件 FILE.xlsx / output file")
    .option("--force", "覆盖已存在的文件 / overwrite an existing file")
    .action(async (options: TemplateCommandOptions) => setExit(await templateCommand(options, output)));
}

/** `xxgk template` — 0 written, 2 bad arguments or the file cannot be written. */
export async function templateCommand(options: TemplateCommandOptions, output: Output): Promise<number> {
  const bad = (message: string) => {
    output.err(`${message}\n`);
    return 2;
  };
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2200)) return bad(`--year 应为四位年份，如 2024 / --year must be a year (got ${options.year})`);
  if (options.edition !== undefined && !isEditionId(options.edition)) return bad(`--edition 只能是 2019 或 2021 / --edition must be 2019 or 2021 (got ${options.edition})`);
  const edition: EditionId | undefined = (options.edition as EditionId | undefined) ?? (year ? editionForYear(year) : undefined);
  if (!edition) return bad("请用 --edition 2019|2021 或 --year 指定报告格式 / give --edition or --year");
  if (year !== undefined && editionForYear(year) !== edition) {
    const wanted = editionForYear(year);
    return bad(`${year}年度的报告应使用${wanted ? editions[wanted].name : "2019年以后的格式"}，不是${editions[edition].name} / year ${year} does not use the ${edition} edition`);
  }
  const level = options.level === undefined ? undefined : levelFromText(options.level);
  if (options.level !== undefined && !level) return bad(`--level 无法识别「${options.level}」，可选：${levels.map((l) => `${l.id}（${l.label}）`).join("、")}`);
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
  return 0;
}
