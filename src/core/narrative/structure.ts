import { sectionHeadings } from "../editions";
import type { Finding } from "../findings";
import type { Report } from "../model/report";
import { chineseNumeral, headingParts, standardSectionOf } from "../text";
import type { SectionKey } from "../text";
import { findingOf } from "../findings";

/**
 * Structure of a whole report (report-format.md §2): the six sections present, in order, with the format's headings.
 * Real reports rename, renumber, add and drop sections (the 余姚 fixture does all four); each deviation is one warning
 * on the heading it concerns.
 */

/**
 * The documented fallback: words that identify a standard section under a heading that is neither the format's nor a
 * known variant (「六、存在问题」 is the problems section, numbered and worded wrongly). Only consulted when
 * standardSectionOf (the exact headings and variants of sectionHeadings) does not know the heading.
 */
const sectionKeywords: Readonly<Record<SectionKey, RegExp>> = {
  overview: /总体情况|基本情况|工作概况/,
  proactive: /主动公开/,
  requests: /收到和处理|依申请公开|公开申请/,
  reviewLitigation: /行政复议|行政诉讼/,
  problems: /存在.*问题|问题.*改进|改进情况/,
  other: /其他.*事项|需要报告的/,
};

/** Where the content of a common extra section belongs, for the message. */
const extraSectionHomes: readonly { pattern: RegExp; home: SectionKey }[] = [
  { pattern: /工作思路|工作计划|下一步|今后|工作打算|改进措施/, home: "problems" },
  { pattern: /工作措施|主要做法|工作开展|工作情况|工作亮点/, home: "overview" },
];

const standardOrder: readonly SectionKey[] = sectionHeadings.map((s) => s.key);
const byKey = new Map(sectionHeadings.map((s) => [s.key as SectionKey, s]));

/** The standard section a heading is: exactly (standardSectionOf), else by one section's keywords alone. */
function recognise(heading: string): SectionKey | undefined {
  const exact = standardSectionOf(heading);
  if (exact) return exact;
  const { words } = headingParts(heading);
  const keys = standardOrder.filter((k) => sectionKeywords[k].test(words));
  return keys.length === 1 ? keys[0] : undefined;
}

/** Why a recognised heading is not the format's: its numbering, its words, both, or nothing (then it is the format's). */
function variantReasons(heading: string, standard: string, position: number): string[] {
  const written = headingParts(heading);
  const expected = headingParts(standard);
  const expectedNumeral = chineseNumeral(position + 1);
  return [
    written.numeral !== expectedNumeral ? `格式规定这是第${expectedNumeral}部分，应编号为「${expectedNumeral}、」` : "",
    written.words !== expected.words ? "标题文字不同" : "",
  ].filter(Boolean);
}

export function checkStructure(narrative: NonNullable<Report["narrative"]>): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<SectionKey>();
  let previous: { key: SectionKey; heading: string } | undefined;
  for (const section of narrative.sections) {
    const heading = section.heading.trim();
    const location = { section: heading, excerpt: heading };
    const key = recognise(heading);
    if (!key || seen.has(key)) {
      const home = extraSectionHomes.find((h) => h.pattern.test(heading));
      const hint = seen.has(key as SectionKey)
        ? `，「${byKey.get(key as SectionKey)?.heading}」已在前面出现`
        : home
          ? `，其内容宜并入「${byKey.get(home.home)?.heading}」`
          : "";
      findings.push(findingOf("structure.sectionExtra", { heading, hint }, location, null, heading));
      continue;
    }
    seen.add(key);
    const standard = byKey.get(key);
    if (!standard) continue;
    const position = standardOrder.indexOf(key);
    if (previous && standardOrder.indexOf(previous.key) > position) {
      findings.push(findingOf("structure.sectionOrder", { heading, previous: previous.heading }, location, standard.heading, heading));
    }
    previous = { key, heading };
    const reasons = variantReasons(heading, standard.heading, position);
    if (reasons.length === 0) continue;
    findings.push(findingOf("structure.headingVariant", { actual: heading, expected: standard.heading, why: reasons.join("；") }, location, standard.heading, heading));
  }
  for (const key of standardOrder) {
    if (seen.has(key)) continue;
    const heading = byKey.get(key)?.heading ?? key;
    const why = key === "other" ? "（应在此报告信息处理费收取情况等事项；没有其他事项也应保留本部分并写明）" : "";
    findings.push(findingOf("structure.sectionMissing", { heading, why }, { section: heading }, heading, null));
  }
  return findings;
}
