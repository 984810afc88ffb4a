import { editions, normalizeLabel, sectionHeadings } from "../editions";

/**
 * Splitting a report's text into its numbered sections (一、…六、, and the extra sections real reports add).
 * Used by importers, the workbook reader (报告正文) and the narrative structure check.
 *
 * A line is a section heading when it starts with the *next* Chinese numeral and 「、」, is short, does not end like a
 * sentence, and is not a table row label (表三's rows 「一、本年新收…」…「四、结转下年度继续办理」 start the same way).
 */

export type SectionKey = (typeof sectionHeadings)[number]["key"];

export interface SplitSection {
  /** 1-based position as numbered in the text (「三、」 → 3). */
  number: number;
  /** The heading line as written. */
  heading: string;
  body: string;
  /** Which standard section the heading names (accepting known variants), if any. */
  standard?: SectionKey;
}

export interface SplitText {
  /** Lines before the preamble that name the report (agency, 「…年度报告」). */
  title?: string;
  /** Text between the title and the first heading. */
  preamble: string;
  sections: SplitSection[];
}

const NUMERALS = "一二三四五六七八九十";

export function chineseNumeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ""}`;
}

const HEADING = /^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*(\S.*)$/;

/** Normalised labels of every table row (both editions, with aliases): never headings. */
const tableRowLabels: ReadonlySet<string> = new Set(
  Object.values(editions).flatMap((e) =>
    e.tables.flatMap((t) => t.blocks.flatMap((b) => b.rows.flatMap((r) => [r.label, ...(r.aliases ?? [])]))),
  ).filter((l) => /^[一二三四五六七八九十]、/.test(l)).map(normalizeLabel),
);

function looksLikeTableRow(line: string): boolean {
  const n = normalizeLabel(line);
  for (const label of tableRowLabels) if (n.startsWith(label) || label.startsWith(n)) return true;
  // 「四、结转下年度继续办理 103 0 0 …」 and similar rows with their numbers on the same line.
  return (line.match(/\d+/g) ?? []).length >= 3;
}

export interface HeadingParts {
  /** The Chinese numeral it is numbered with (「三、」「三.」「三，」 → 「三」), if any. */
  numeral?: string;
  /** The words after the numbering, normalised (normalizeLabel): what names the section. */
  words: string;
}

/**
 * The one reading of a heading's numbering and words, shared by standardSectionOf and the narrative structure check
 * (so they cannot disagree about which section a heading is, or whether it is numbered as the format numbers it).
 */
export function headingParts(heading: string): HeadingParts {
  const normalized = normalizeLabel(heading);
  const m = /^([一二三四五六七八九十]+)[、.]/.exec(normalized);
  return m ? { numeral: m[1], words: normalized.slice(m[0].length) } : { words: normalized };
}

/** Every accepted heading (standard and variants), numbering stripped, → its section; built once. */
const sectionByName: ReadonlyMap<string, SectionKey> = new Map(
  sectionHeadings.flatMap((s) => [s.heading, ...s.variants].map((h) => [headingParts(h).words, s.key as SectionKey] as const)),
);

/** The standard section a heading names: its words are the format's or a known variant's, whatever its numbering. */
export function standardSectionOf(heading: string): SectionKey | undefined {
  return sectionByName.get(headingParts(heading).words);
}

/**
 * Words that identify a standard section under a heading that is neither the format's nor a known variant (「六、存在
 * 问题」 is the problems section, numbered and worded wrongly). Only consulted when the exact headings and variants of
 * sectionHeadings do not know the heading.
 */
const sectionKeywords: Readonly<Record<SectionKey, RegExp>> = {
  overview: /总体情况|基本情况|工作概况|概述|综述/,
  proactive: /主动公开/,
  requests: /收到和处理|依申请公开|公开申请/,
  reviewLitigation: /行政复议|行政诉讼/,
  problems: /存在.*(?:问题|不足)|(?:问题|不足).*改进|改进情况/,
  other: /其他.*事项|需要报告的/,
};

const standardOrder: readonly SectionKey[] = sectionHeadings.map((s) => s.key as SectionKey);

/**
 * The standard section a heading is by its wording, however it is numbered: exactly (standardSectionOf), else by one
 * section's keywords alone, else as the beginning of one heading's words (「五、存在的主」 where a file was cut off).
 */
export function recogniseSection(heading: string): SectionKey | undefined {
  const exact = standardSectionOf(heading);
  if (exact) return exact;
  const { words } = headingParts(heading);
  const keys = standardOrder.filter((k) => sectionKeywords[k].test(words));
  if (keys.length === 1) return keys[0];
  if (keys.length === 0 && words.length >= 3) {
    const prefixed = [...new Set([...sectionByName].filter(([name]) => name.startsWith(words)).map(([, key]) => key))];
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}

/** The title block: the lines up to and including the one naming the report (「…年度报告」), when near the top. */
function splitTitle(lines: string[]): { title?: string; rest: string[] } {
  const end = lines.slice(0, 6).findIndex((l) => /年度报告\s*$/.test(l.trim()));
  if (end < 0) return { rest: lines };
  return { title: lines.slice(0, end + 1).map((l) => l.trim()).filter(Boolean).join("\n"), rest: lines.slice(end + 1) };
}

/** Every standard heading as the format numbers it, variants too: what may stand inside a line a page flattened. */
const numberedHeadings: readonly string[] = sectionHeadings.flatMap((s) => [s.heading, ...s.variants]).sort((a, b) => b.length - a.length);

/**
 * A web page flattened into one line keeps its headings inside it (「…电话：025-84719009。 一、总体情况 2021年，…」):
 * a standard heading between spaces or after a sentence's end starts a line of its own.
 */
function expandInlineHeadings(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.length <= 40) {
      out.push(line);
      continue;
    }
    let rest = line;
    for (;;) {
      let cut = -1;
      let length = 0;
      for (const h of numberedHeadings) {
        for (let at = rest.indexOf(h, 1); at > 0; at = rest.indexOf(h, at + 1)) {
          const before = rest[at - 1];
          const after = rest[at + h.length];
          if (!/[\s。；;！？!?]/.test(before) || (after !== undefined && !/\s/.test(after))) continue;
          if (cut < 0 || at < cut) {
            cut = at;
            length = h.length;
          }
          break;
        }
      }
      if (cut < 0) break;
      out.push(rest.slice(0, cut).trimEnd(), rest.slice(cut, cut + length));
      rest = rest.slice(cut + length).trimStart();
    }
    if (rest) out.push(rest);
  }
  return out;
}

const NUMERAL_VALUE = new Map([...NUMERALS].map((c, i) => [c, i + 1]));

/** 「三」→3, 「十二」→12: how headings number themselves. */
function numeralValue(numeral: string): number {
  if (numeral.length === 1) return NUMERAL_VALUE.get(numeral) ?? 0;
  const ten = numeral.indexOf("十");
  if (ten < 0) return 0;
  const tens = ten === 0 ? 1 : (NUMERAL_VALUE.get(numeral[ten - 1]) ?? 0);
  const units = numeral.length > ten + 1 ? (NUMERAL_VALUE.get(numeral[ten + 1]) ?? 0) : 0;
  return tens * 10 + units;
}

/**
 * Whether a line is a section heading, given the number of the last heading found. A numbered line (「三、…」) is one
 * when it comes next in the numbering, or when its words name a standard section that comes later (a heading
 * skipped or renumbered does not hide the ones after it). An unnumbered line is one when its words are exactly a
 * standard heading's (「总体情况」). Never a sentence, a long line, or a table row.
 */
function isHeading(line: string, last: number, seen: ReadonlySet<SectionKey>): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 40 || /[。；;，,]$/.test(trimmed) || looksLikeTableRow(trimmed)) return false;
  const m = HEADING.exec(line);
  if (m) {
    const n = numeralValue(m[1]);
    if (n === last + 1) return true;
    const key = recogniseSection(trimmed);
    return key !== undefined && !seen.has(key) && (n > last || standardSectionOf(trimmed) !== undefined);
  }
  const key = standardSectionOf(trimmed);
  return key !== undefined && !seen.has(key) && !/^[（(]/.test(trimmed);
}

export function splitSections(text: string): SplitText {
  const lines = expandInlineHeadings(text.replace(/\r\n?/g, "\n").split("\n"));
  const { title, rest } = splitTitle(lines);
  const preamble: string[] = [];
  const found: { heading: string; lines: string[] }[] = [];
  const seen = new Set<SectionKey>();
  let last = 0;
  for (const line of rest) {
    if (isHeading(line, last, seen)) {
      const trimmed = line.trim();
      found.push({ heading: trimmed, lines: [] });
      const m = HEADING.exec(line);
      last = m ? numeralValue(m[1]) : last + 1;
      const key = recogniseSection(trimmed);
      if (key) seen.add(key);
    } else (found.length ? found[found.length - 1].lines : preamble).push(line);
  }
  const tidy = (ls: string[]) => ls.join("\n").trim();
  return {
    title,
    preamble: tidy(preamble),
    sections: found.map((s, i) => ({ number: i + 1, heading: s.heading, body: tidy(s.lines), standard: standardSectionOf(s.heading) })),
  };
}
