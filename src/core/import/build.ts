import { editionForYear, levelById } from "../editions";
import { assembleReport, metaSchema } from "../model/report";
import type { ReportParts } from "../model/report";
import { refused } from "../refusal";
import { splitSections } from "../text";
import { isPageChrome } from "./chrome";
import { partialDocument } from "./partial";
import { contactOf, findTitle, META_SOURCE_NAMES, statedMeta } from "./meta";
import type { Stated } from "./meta";
import { recogniseTables } from "./recognise";
import type { ImportOptions, ImportProblem, ImportResult, SourceDocument } from "./types";

/**
 * A form's document → the report model: the tables through the shared recogniser, the rest as narrative split into
 * its sections, the agency and year from the title. What could not be read travels with the report as findings.
 */

function blockLines(doc: SourceDocument, skip: ReadonlySet<number>): string[] {
  return doc.blocks.flatMap((block, i) => {
    if (skip.has(i)) return [];
    if (block.kind === "text") return block.text.split("\n");
    return (block.text ?? block.rows.map((r) => r.join("\t")).join("\n")).split("\n");
  });
}

export function buildReport(doc: SourceDocument, options: ImportOptions = {}): ImportResult {
  const allLines = blockLines(doc, new Set());
  const stated = statedMeta(allLines, { documentTitle: doc.documentTitle, file: options.file });
  const metaProblems: ImportProblem[] = doc.traditional ? [{ rule: "import.traditional", values: {} }] : [];
  const reportYear = chooseStated("year", stated.year, options.reportYear, metaProblems);
  if (reportYear === undefined) {
    return refused(
      "未能读出报告年度：标题、开头几句、统计期限、落款日期和文件名都没有写明是哪一年的报告；可能不是年度报告。" +
        "如确是年度报告，请指定年度（xxgk check 文件 --year 年度，或 xxgk import 文件 --year 年度）。",
      "cannot tell the report year (give --year)",
    );
  }
  if (stated.year && stated.otherYear && options.reportYear === undefined) {
    metaProblems.push({
      rule: "import.yearConflict",
      values: { year: stated.year.value, from: META_SOURCE_NAMES[stated.year.from], other: stated.otherYear.value, otherFrom: META_SOURCE_NAMES[stated.otherYear.from] },
    });
  }

  const tables = recogniseTables(doc, editionForYear(reportYear), options.edition);

  // Narrative: the text that is not a report table, from the title on (a web page's navigation comes before it).
  const lines = blockLines(doc, tables.tableBlocks).filter((l) => !isPageChrome(l.trim()));
  const narrativeTitle = findTitle(lines);
  const text = lines.slice(narrativeTitle?.start ?? 0).join("\n");
  const split = splitSections(text);
  const agency = chooseStated("agency", stated.agency, options.agency, metaProblems) ?? "";
  const level = chooseStated("level", stated.level ? { value: stated.level, from: stated.agency?.from ?? "opening" } : undefined, options.level, metaProblems);

  // Only the metadata goes through the schema (the year's range): the rest is built here to the model's types, and
  // checking every cell and sentence again would cost more than the recognising (reports/s matter in a batch).
  const meta = metaSchema.safeParse({ agency, reportYear, edition: tables.edition, level, contact: contactOf(split.preamble) });
  if (!meta.success) {
    return refused(`报告年度${reportYear}年不在可检查的范围内（2019年起适用现行报告格式）`, `no supported edition for ${reportYear}`);
  }
  const problems = [...metaProblems, ...partialDocument(split, tables.problems, tables.edition)];
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
    importProblems: problems.length > 0 ? problems : undefined,
  };
  return { ok: true, report: assembleReport(parts) };
}

const OPTION_NAMES = { year: "--year", agency: "--agency", level: "--level" } as const;
const WHAT_NAMES = { year: "报告年度", agency: "机关名称", level: "机关层级" } as const;

/**
 * What the file states wins over what the caller offers for files that state nothing; either way a finding says
 * which was used when it matters: the caller's value, a value the file states only weakly (a date, its name), or a
 * statement that differs from the caller's.
 */
function chooseStated<T extends number | string>(what: keyof typeof WHAT_NAMES, stated: Stated<T> | undefined, offered: T | undefined, problems: ImportProblem[]): T | undefined {
  const show = (v: T) => (what === "year" ? `${v}年` : what === "level" ? (levelById(String(v))?.label ?? String(v)) : String(v));
  if (!stated) {
    if (offered !== undefined && offered !== "") {
      problems.push({ rule: "import.metaFromOption", values: { what: WHAT_NAMES[what], option: OPTION_NAMES[what], value: show(offered) } });
    }
    return offered;
  }
  if (offered !== undefined && offered !== "" && offered !== stated.value) {
    problems.push({
      rule: "import.metaOptionIgnored",
      values: { what: WHAT_NAMES[what], value: show(stated.value), from: META_SOURCE_NAMES[stated.from], option: OPTION_NAMES[what], offered: show(offered) },
    });
  } else if (what === "year" && (stated.from === "signature" || stated.from === "published" || stated.from === "fileName")) {
    problems.push({ rule: "import.yearInferred", values: { year: show(stated.value), from: META_SOURCE_NAMES[stated.from] } });
  }
  return stated.value;
}
