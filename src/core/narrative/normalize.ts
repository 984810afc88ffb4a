/**
 * Making a report's text readable for the checker, whatever it came from: PDF text has page markers 「- 2 -」, hard
 * line breaks inside words and numbers (「答\n复 3050 件」), spaces between digits and Chinese (「3119 件」) and the
 * tables' cells as loose lines; web text has one table cell per line. The checker reads sentences, never raw lines.
 */
import { asciiDigits } from "../text/characters";
import { PAGE_MARKER } from "../text/pageMarker";

/** Two numbers separated only by white space: a table row, never prose (prose has a unit or a word between). */
const NUMBER_RUN = /\d\s+[-+]?\d/;
const SENTENCE = /[^。！？!?\n]*(?:[。！？!?\n][”’」』）)]*|$)/g;
const ASCII_WORD = /[A-Za-z0-9]/;

/** Full-width digits and signs to ASCII; other characters (Chinese punctuation, brackets) stay as written. */
function foldDigits(text: string): string {
  return asciiDigits(text)
    .replace(/％/g, "%")
    .replace(/(\d)[．](\d)/g, "$1.$2");
}

/**
 * A line that belongs to a table rather than to prose: it holds a tab or a run of bare numbers. Inside the table
 * sections (二–四) also every short line without a sentence mark — the tables' labels, one per line.
 */
function isTableLine(line: string, tableSection: boolean): boolean {
  if (line.includes("\t") || NUMBER_RUN.test(line)) return true;
  if (!tableSection) return false;
  const trimmed = line.trim();
  return trimmed.length > 0 && !/[，。；]/.test(trimmed);
}

/** A sub-heading on its own line (「（一）主动公开情况」): a sentence of its own, not the start of the next one. */
const SUBHEADING_LINE = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])[^，。；,;]{1,30}$/;

/** Remove white space except between two ASCII letters or digits (「3119 件」 → 「3119件」, 「Microsoft Excel」 stays). */
function closeSpaces(text: string): string {
  return text.replace(/[ \t\f\v\u3000\u00a0]+/g, (_space, offset: number) => {
    const before = text[offset - 1] ?? "";
    const after = text[offset + _space.length] ?? "";
    return ASCII_WORD.test(before) && ASCII_WORD.test(after) ? " " : "";
  });
}

/**
 * A body of text → its prose as one string: page markers and table lines dropped, hard line breaks joined (a number
 * split across a line break becomes whole again), spaces around Chinese removed.
 */
export function proseOf(text: string, options: { tableSection?: boolean } = {}): string {
  const lines = foldDigits(text)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((line) => !PAGE_MARKER.test(line) && !isTableLine(line, options.tableSection ?? false));
  // Hard line breaks are joined without a space (Chinese has none, and a number split across lines becomes whole);
  // a sub-heading line keeps its break, which ends a sentence.
  return closeSpaces(lines.map((line) => (SUBHEADING_LINE.test(line) ? `${line.trim()}\n` : line)).join(""));
}

/** Sentences, each ending with its 。！？ and any closing quote or bracket (a trailing fragment without one is a sentence too). */
export function splitSentences(prose: string): string[] {
  return (prose.match(SENTENCE) ?? []).map((s) => s.replace(/\n$/, "").trim()).filter((s) => s.length > 0);
}
