/**
 * Zero-width characters (pasted from web pages and Word: U+200B–U+200D, the BOM) are invisible and mean nothing in
 * a report; they are dropped before any text is compared.
 */
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;

export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, "");
}

/** Text as a reader sees it: zero-width characters dropped, every run of white space one space, no ends. */
export function foldWhiteSpace(text: string): string {
  return stripZeroWidth(text).replace(/\s+/g, " ").trim();
}
