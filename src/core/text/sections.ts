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

/** The title block: the lines up to and including the one naming the report (「…年度报告」), when near the top. */
function splitTitle(lines: string[]): { title?: string; rest: string[] } {
  const end = lines.slice(0, 6).findIndex((l) => /年度报告\s*$/.test(l.trim()));
  if (end < 0) return { rest: lines };
  return { title: lines.slice(0, end + 1).map((l) => l.trim()).filter(Boolean).join("\n"), rest: lines.slice(end + 1) };
}

export function splitSections(text: string): SplitText {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const { title, rest } = splitTitle(lines);
  const preamble: string[] = [];
  const found: { heading: string; lines: string[] }[] = [];
  for (const line of rest) {
    const m = HEADING.exec(line);
    const trimmed = line.trim();
    const isHeading =
      m !== null &&
      m[1] === chineseNumeral(found.length + 1) &&
      trimmed.length <= 40 &&
      !/[。；;，,]$/.test(trimmed) &&
      !looksLikeTableRow(trimmed);
    if (isHeading) found.push({ heading: trimmed, lines: [] });
    else (found.length ? found[found.length - 1].lines : preamble).push(line);
  }
  const tidy = (ls: string[]) => ls.join("\n").trim();
  return {
    title,
    preamble: tidy(preamble),
    sections: found.map((s, i) => ({ number: i + 1, heading: s.heading, body: tidy(s.lines), standard: standardSectionOf(s.heading) })),
  };
}
