/**
 * Some PDF converters write Chinese letter-spaced — 「一 、 总 体 情 况」, 「规 章 0 0 0」 — because the PDF placed each
 * character on its own. No heading, label or sentence is found in such text. A document written that way throughout
 * has the single spaces between its Chinese characters and punctuation removed; wider gaps, which separate a table's
 * cells, and spaces next to digits stay. A document with only some spaced words is left as it is.
 */

const CHINESE = "[\\u3400-\\u9fff\\uf900-\\ufaff、，。；：！？（）《》「」“”]";
const SPACED = new RegExp(`(?<=${CHINESE}) (?=${CHINESE})`, "g");
const ADJACENT = new RegExp(`${CHINESE}(?=${CHINESE})`, "g");

/** Fewer spaced pairs than this is a few words set apart for emphasis, not a letter-spaced document. */
const MIN_SPACED_PAIRS = 40;

export function isLetterSpaced(text: string): boolean {
  const spaced = count(text, SPACED, Infinity);
  // Most documents stop here: counting the adjacent pairs of a whole report is the costly part.
  return spaced >= MIN_SPACED_PAIRS && 2 * count(text, ADJACENT, Math.ceil(spaced / 2)) < spaced;
}

/** Matches of a global pattern, counted up to `limit` (no array of them built). */
function count(text: string, pattern: RegExp, limit: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < limit && pattern.exec(text)) n++;
  pattern.lastIndex = 0;
  return n;
}

export function closeLetterSpacing(text: string): string {
  return isLetterSpaced(text) ? text.replace(SPACED, "") : text;
}
