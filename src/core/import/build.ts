import { editionForYear } from "../editions";
import { parseReport } from "../model/report";
import type { ReportInput } from "../model/report";
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
    return {
      ok: false,
      reason:
        "未能读出报告年度：没有找到「××××年政府信息公开工作年度报告」这样的标题，也没有「统计期限自××××年1月1日」；" +
        "可能不是年度报告。如确是年度报告，导入时请指定年度（xxgk import 文件 --year 年度）。 / cannot tell the report year (import with --year)",
    };
  }

  const tables = recogniseTables(doc, editionForYear(reportYear), options.edition);

  // Narrative: the text that is not a report table, from the title on (a web page's navigation comes before it).
  const lines = blockLines(doc, tables.tableBlocks).filter((l) => !isPageChrome(l.trim()));
  const narrativeTitle = findTitle(lines);
  const text = lines.slice(narrativeTitle?.start ?? 0).join("\n");
  const split = splitSections(text);
  const agency = title ? agencyOf(title.text) : "";

  const input: ReportInput = {
    meta: {
      agency,
      reportYear,
      edition: tables.edition,
      level: options.level ?? levelOfAgency(agency),
      contact: contactOf(split.preamble),
    },
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
  const parsed = parseReport(input);
  if (!parsed.success) {
    // Only the year can fail the schema here (before 2019: no supported edition).
    return { ok: false, reason: `报告年度${reportYear}年早于2019年，不适用现行报告格式 / no supported edition for ${reportYear}` };
  }
  return { ok: true, report: parsed.data };
}
