import { tableOfSection } from "../editions";
import type { Report } from "../model/report";
import { recogniseSection } from "../text";
import { proseOf, splitSentences } from "./normalize";
import { stripPrompts } from "./prompts";

/**
 * Duplication against last year's text (report-format.md §6 rule 8; evaluators deduct above 50%). Measured on the
 * written parts (一, 五, 六 and any extra sections; not the tables, not the standard preamble): the share of this
 * year's characters that sit in sentences reused from last year — identical, or nearly so (at least
 * NEAR_IDENTICAL of their character n-grams appear in last year's text). Digits are masked first, so a sentence
 * copied with only its numbers updated still counts as copied.
 */
export const DUPLICATION_LIMIT = 0.5;
const GRAM = 6;
const NEAR_IDENTICAL = 0.8;
/** Shorter sentences (sub-headings like 「（一）主动公开情况」) say nothing about copying. */
const MIN_SENTENCE = 8;

interface Sentence {
  section: string;
  text: string;
}

function writtenSentences(narrative: NonNullable<Report["narrative"]>): Sentence[] {
  const out: Sentence[] = [];
  for (const s of narrative.sections) {
    if (tableOfSection(recogniseSection(s.heading))) continue;
    for (const sentence of splitSentences(proseOf(stripPrompts(s.body)))) {
      const text = sentence.replace(/\d+(?:\.\d+)?/g, "#").replace(/[\p{P}\s]/gu, "");
      if (text.length >= MIN_SENTENCE) out.push({ section: s.heading.trim(), text });
    }
  }
  return out;
}

function grams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + GRAM <= text.length; i++) out.push(text.slice(i, i + GRAM));
  return out;
}

export interface Duplication {
  /** Reused characters ÷ all characters of this year's written sentences (0 when there are none). */
  share: number;
  reusedChars: number;
  totalChars: number;
  /** The section with the most reused characters. */
  worstSection?: string;
}

export function measureDuplication(
  narrative: NonNullable<Report["narrative"]>,
  lastYear: NonNullable<Report["narrative"]>,
): Duplication {
  const current = writtenSentences(narrative);
  const previous = writtenSentences(lastYear);
  const previousSet = new Set(previous.map((s) => s.text));
  const previousGrams = new Set(previous.flatMap((s) => grams(s.text)));
  let reusedChars = 0;
  let totalChars = 0;
  const bySection = new Map<string, number>();
  for (const s of current) {
    totalChars += s.text.length;
    const g = grams(s.text);
    const reused = previousSet.has(s.text) || (g.length > 0 && g.filter((x) => previousGrams.has(x)).length / g.length >= NEAR_IDENTICAL);
    if (!reused) continue;
    reusedChars += s.text.length;
    bySection.set(s.section, (bySection.get(s.section) ?? 0) + s.text.length);
  }
  const worst = [...bySection.entries()].sort((a, b) => b[1] - a[1])[0];
  return { share: totalChars === 0 ? 0 : reusedChars / totalChars, reusedChars, totalChars, worstSection: worst?.[0] };
}
