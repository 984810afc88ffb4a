import { sectionHeadings } from "../editions";
import type { Finding } from "../findings";
import type { Report } from "../model/report";
import { chineseNumeral, headingParts, recogniseSection } from "../text";
import type { SectionKey } from "../text";
import { findingOf } from "../findings";

/**
 * Structure of a whole report (report-format.md §2): the six sections present, in order, with the format's headings.
 * Real reports rename, renumber, add and drop sections (the 余姚 fixture does all four); each deviation is one warning
 * on the heading it concerns.
 */

/** Where the content of a common extra section belongs, for the message. */
const extraSectionHomes: readonly { pattern: RegExp; home: SectionKey }[] = [
  { pattern: /工作思路|工作计划|下一步|今后|工作打算|改进措施/, home: "problems" },
  { pattern: /工作措施|主要做法|工作开展|工作情况|工作亮点/, home: "overview" },
];

const standardOrder: readonly SectionKey[] = sectionHeadings.map((s) => s.key);
const byKey = new Map(sectionHeadings.map((s) => [s.key as SectionKey, s]));

/**
 * Why a recognised heading is not the format's: its numbering, its words, both, or nothing (then it is the format's).
 * A heading the file was cut off in (「五、存在的主」, its last words) is the start of the format's, not other words.
 */
function variantReasons(heading: string, standard: string, position: number, cutOff: boolean): string[] {
  const written = headingParts(heading);
  const expected = headingParts(standard);
  const expectedNumeral = chineseNumeral(position + 1);
  const wordsDiffer = written.words !== expected.words && !(cutOff && expected.words.startsWith(written.words));
  return [
    written.numeral !== expectedNumeral ? `格式规定这是第${expectedNumeral}部分，应编号为「${expectedNumeral}、」` : "",
    wordsDiffer ? "标题文字不同" : "",
  ].filter(Boolean);
}

/** The part of a report a file holds: from section `start`, to section `end` (or only its preamble). */
export interface HeldSpan {
  start?: SectionKey;
  end?: SectionKey | "preamble";
}

/** `held`: a file holding only part of a report; the sections outside it were never in the file. */
export function checkStructure(narrative: NonNullable<Report["narrative"]>, held: HeldSpan = {}): Finding[] {
  const first = held.start === undefined ? 0 : standardOrder.indexOf(held.start);
  const last = held.end === undefined ? standardOrder.length - 1 : held.end === "preamble" ? -1 : standardOrder.indexOf(held.end);
  const notInFile = new Set(standardOrder.filter((_, at) => at < first || at > last));
  const findings: Finding[] = [];
  const seen = new Set<SectionKey>();
  let previous: { key: SectionKey; heading: string } | undefined;
  for (const section of narrative.sections) {
    const heading = section.heading.trim();
    const location = { section: heading, excerpt: heading };
    const key = recogniseSection(heading);
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
    const cutOff = held.end === key && section === narrative.sections.at(-1) && section.body.trim() === "";
    const reasons = variantReasons(heading, standard.heading, position, cutOff);
    if (reasons.length === 0) continue;
    findings.push(findingOf("structure.headingVariant", { actual: heading, expected: standard.heading, why: reasons.join("；") }, location, standard.heading, heading));
  }
  for (const key of standardOrder) {
    if (seen.has(key) || notInFile.has(key)) continue;
    const heading = byKey.get(key)?.heading ?? key;
    const why = key === "other" ? "（应在此报告信息处理费收取情况等事项；没有其他事项也应保留本部分并写明）" : "";
    findings.push(findingOf("structure.sectionMissing", { heading, why }, { section: heading }, heading, null));
  }
  return findings;
}
