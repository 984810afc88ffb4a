import { editionForYear, editions, editionIds, sectionHeading } from "../editions";
import type { EditionDef } from "../editions";
import type { Finding } from "../findings";
import type { Report } from "../model/report";
import { recogniseSection } from "../text";
import { formatShare } from "../text";
import type { SectionKey } from "../text";
import { checkStatements } from "./checkFigures";
import { DUPLICATION_LIMIT, measureDuplication } from "./duplication";
import { narrativeSentences, readStatements } from "./extract";
import { findingOf } from "../findings";
import { excerptOf } from "./excerpt";
import { proseOf, splitSentences } from "./normalize";
import { PROMPT_PATTERN, stripPrompts } from "./prompts";
import { checkStructure } from "./structure";
import type { HeldSpan } from "./structure";
import type { KnownValues } from "../validate/known";

export interface NarrativeCheckOptions {
  /** Last year's report: enables 「较上年…」 checks and, when it has text, the duplication measure. */
  lastYear?: Report;
  /** The tables' numbers as validate() read them (blanks unknown, forced ones inferred); read afresh when absent. */
  known?: KnownValues;
}

type Narrative = NonNullable<Report["narrative"]>;

/**
 * Everything the text of a report can get wrong: structure (§2), figures, shares and claims that contradict the
 * tables (§6 rules 12–13), the superseded format cited (rule 11), 信息处理费 not reported (rule 10), prompts left in,
 * and duplication of last year's text (rule 8). Pure; findings in that order.
 */
export function checkNarrative(report: Report, options: NarrativeCheckOptions = {}): Finding[] {
  const narrative = report.narrative;
  if (!narrative) return [];
  const statements = readStatements(report, narrativeSentences(narrative));
  return [
    ...checkStructure(narrative, heldSpan(report)),
    ...checkSupersededFormat(report, narrative),
    ...checkStatements(report, statements, options.lastYear, options.known),
    ...checkFeeStatement(report, narrative),
    ...checkPrompts(narrative),
    ...checkDuplication(report, options.lastYear),
  ];
}

/**
 * The part of the report a file holds (import.documentCut, import.tableCut): where it starts and where it stops, so
 * that the sections outside are not reported missing from the report — they are missing from the file.
 */
function heldSpan(report: Report): HeldSpan {
  for (const p of report.inputProblems) {
    if (p.kind !== "finding" || (p.rule !== "import.documentCut" && p.rule !== "import.tableCut")) continue;
    return { start: p.values.start ? (String(p.values.start) as SectionKey) : undefined, end: p.values.end ? (String(p.values.end) as SectionKey | "preamble") : undefined };
  }
  return {};
}

/** Parts of the text with where they are: 「标题」, 「前言」, then each section by its heading. */
function parts(narrative: Narrative): { section: string; text: string }[] {
  return [
    ...(narrative.title ? [{ section: "标题", text: narrative.title }] : []),
    ...(narrative.preamble ? [{ section: "前言", text: narrative.preamble }] : []),
    ...narrative.sections.map((s) => ({ section: s.heading.trim(), text: s.body })),
  ];
}

/** 「〔2019〕60号」 in its spellings (〔〕, [], （）, 第), and 「格式（试行）」: how a superseded edition is cited. */
function citationPattern(edition: EditionDef): RegExp {
  const m = /〔(\d{4})〕(\d+)号/.exec(edition.documentNumber);
  const alternatives: string[] = [];
  if (m) alternatives.push(`[〔\\[（(【]${m[1]}[〕\\]）)】]第?${m[2]}号`);
  const trial = /（试行）$/.test(edition.formatTitle) ? "报告格式[（(]试行[）)]" : "";
  if (trial) alternatives.push(trial);
  return new RegExp(alternatives.join("|"));
}

/** Rule 11: a report for a year whose edition replaced another must not cite the replaced one. */
function checkSupersededFormat(report: Report, narrative: Narrative): Finding[] {
  const year = report.meta.reportYear;
  const required = editionForYear(year);
  if (!required) return [];
  const current = editions[required];
  const findings: Finding[] = [];
  for (const id of editionIds) {
    const old = editions[id];
    if (old.lastYear === undefined || old.lastYear >= year) continue;
    const pattern = citationPattern(old);
    for (const part of parts(narrative)) {
      const sentence = splitSentences(proseOf(part.text)).find((s) => pattern.test(s));
      if (!sentence) continue;
      findings.push(
        findingOf(
          "narrative.supersededFormat",
          { section: part.section, year, oldTitle: old.formatTitle, old: old.documentNumber, newTitle: current.formatTitle, expected: current.documentNumber },
          { section: part.section, excerpt: excerptOf(sentence) },
          current.documentNumber,
          old.documentNumber,
        ),
      );
    }
  }
  return findings;
}

const FEE_STATEMENT = /信息处理费|收费|收取.{0,6}费用/;

/**
 * Rule 10: section 六 must state 信息处理费 — always in the 2021格式, and in any edition when fees were charged or
 * fee notices went unpaid (表三（六）2). Without a section 六, a statement anywhere in the text will do.
 */
function checkFeeStatement(report: Report, narrative: Narrative): Finding[] {
  const fee = report.meta.informationFeeYuan ?? 0;
  const unpaid = report.cells["t3.other.unpaidFee|total"]?.value ?? 0;
  const indicated = fee > 0 || unpaid > 0;
  if (report.meta.edition !== "2021" && !indicated) return [];
  const states = (text: string) => FEE_STATEMENT.test(stripPrompts(text).replace(/行政事业性收费/g, ""));
  const other = narrative.sections.find((s) => recogniseSection(s.heading) === "other");
  if (other ? states(other.body) : parts(narrative).some((p) => states(p.text))) return [];
  // No section 六 at all: structure.sectionMissing already asks for it, and for 信息处理费 in it.
  if (!other && !indicated) return [];
  const reasons = [
    fee > 0 ? `基本信息中本年收取信息处理费${fee}元` : "",
    unpaid > 0 ? `表三有${unpaid}件申请因逾期未缴纳费用不再处理` : "",
  ].filter(Boolean);
  const why = reasons.length > 0 ? `（${reasons.join("，")}）` : "（2021格式要求报告信息处理费）";
  // Named as the text names it; without a section 六, as the format does.
  const section = other?.heading.trim() ?? sectionHeading("other");
  return [findingOf("narrative.feeNotReported", { section, why }, { section }, fee > 0 ? fee : null, null)];
}

function checkPrompts(narrative: Narrative): Finding[] {
  const findings: Finding[] = [];
  for (const part of parts(narrative)) {
    for (const m of part.text.matchAll(PROMPT_PATTERN)) {
      findings.push(findingOf("narrative.promptLeft", { section: part.section, prompt: m[0] }, { section: part.section, excerpt: excerptOf(m[0]) }, null, m[0]));
    }
  }
  return findings;
}

/** Rule 8: warn above 50% of the written text reused from last year's report. */
function checkDuplication(report: Report, lastYear: Report | undefined): Finding[] {
  if (!report.narrative || !lastYear?.narrative) return [];
  const d = measureDuplication(report.narrative, lastYear.narrative);
  if (d.share <= DUPLICATION_LIMIT) return [];
  const actual = formatShare(d.reusedChars, d.totalChars, 1) ?? "";
  const limit = formatShare(DUPLICATION_LIMIT * 100, 100, 0) ?? "50%";
  return [
    findingOf(
      "narrative.duplication",
      { lastYear: lastYear.meta.reportYear, actual, reused: d.reusedChars, total: d.totalChars, limit, worstSection: d.worstSection },
      { section: d.worstSection },
      `≤${limit}`,
      actual,
    ),
  ];
}
