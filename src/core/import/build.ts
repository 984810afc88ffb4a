import { editionForYear } from "../editions";
import { assembleReport, metaSchema } from "../model/report";
import type { ReportParts } from "../model/report";
import { refused } from "../refusal";
import { splitSections } from "../text";
import { agencyOf, contactOf, findTitle, levelOfAgency, periodYearOf, yearOf } from "./meta";
import { recogniseTables } from "./recognise";
import type { ImportOptions, ImportResult, SourceDocument } from "./types";

/**
 * A form's document → the report model: the tables through the shared recogniser, the rest as narrative split into
 * its sections, the agency and year from the title. What could not be read travels with the report as findings.
 */

/**
 * Lines a web page (or text copied from one) has around the report: date and source, font size, print and close,
 * the site's footer. Short lines only; a sentence of the report never starts like this.
 */
const PAGE_CHROME =
  /^[【[(（\s]*(?:打印本?页|关闭(?:本页|窗口)?|返回顶部|分享到?|收藏本?页|扫一扫|字[体号][:：]?\s*[大中小]|(?:发布|更新|成文)(?:日期|时间)[:：]|(?:信息)?来源[:：]|浏览(?:次数|量)[:：]|访问(?:次数|量)[:：]|(?:主办|承办|协办)(?:单位)?[:：]|版权所有|Copyright|网站标识码|网站地图|技术支持[:：]|.{0,20}ICP备|.{0,20}公网安备)/i;

function isPageChrome(line: string): boolean {
  return line.length <= 150 && PAGE_CHROME.test(line);
}

function blockLines(doc: SourceDocument, skip: ReadonlySet<number>): string[] {
  return doc.blocks.flatMap((block, i) => {
    if (skip.has(i)) return [];
    if (block.kind === "text") return block.text.split("\n");
    return (block.text ?? block.rows.map((r) => r.join("\t")).join("\n")).split("\n");
  });
}

export function buildReport(doc: SourceDocument, options: ImportOptions = {}): ImportResult {
  const allLines = blockLines(doc, new Set());
  const title = findTitle(allLines) ?? (doc.documentTitle ? findTitle([doc.documentTitle]) : undefined);
  const reportYear = options.reportYear ?? (title && yearOf(title.text)) ?? periodYearOf(allLines.slice(0, 60).join(""));
  if (reportYear === undefined) {
    return refused(
      "未能读出报告年度：没有找到「××××年政府信息公开工作年度报告」这样的标题，也没有「统计期限自××××年1月1日」；" +
        "可能不是年度报告。如确是年度报告，导入时请指定年度（xxgk import 文件 --year 年度）。",
      "cannot tell the report year (import with --year)",
    );
  }

  const tables = recogniseTables(doc, editionForYear(reportYear), options.edition);

  // Narrative: the text that is not a report table, from the title on (a web page's navigation comes before it).
  const lines = blockLines(doc, tables.tableBlocks).filter((l) => !isPageChrome(l.trim()));
  const narrativeTitle = findTitle(lines);
  const text = lines.slice(narrativeTitle?.start ?? 0).join("\n");
  const split = splitSections(text);
  const agency = title ? agencyOf(title.text) : "";

  // Only the metadata goes through the schema (the year's range): the rest is built here to the model's types, and
  // checking every cell and sentence again would cost more than the recognising (reports/s matter in a batch).
  const meta = metaSchema.safeParse({ agency, reportYear, edition: tables.edition, level: options.level ?? levelOfAgency(agency), contact: contactOf(split.preamble) });
  if (!meta.success) {
    return refused(`报告年度${reportYear}年不在可检查的范围内（2019年起适用现行报告格式）`, `no supported edition for ${reportYear}`);
  }
  const parts: ReportParts = {
    meta: meta.data,
    cells: tables.cells,
    sourceLabels: Object.keys(tables.sourceLabels).length > 0 ? tables.sourceLabels : undefined,
    narrative: {
      title: split.title,
      preamble: split.preamble || undefined,
      sections: split.sections.map((s) => ({ heading: s.heading, body: s.body })),
    },
    source: { kind: doc.form, file: options.file },
    importProblems: tables.problems.length > 0 ? tables.problems : undefined,
  };
  return { ok: true, report: assembleReport(parts) };
}
