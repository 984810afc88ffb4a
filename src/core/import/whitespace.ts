/**
 * Zero-width characters (pasted from web pages and Word: U+200B–U+200D, the word joiner, the BOM, a soft hyphen) are
 * invisible and mean nothing in a report; they are dropped before any text is compared.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, "");
}

/** Text as a reader sees it: zero-width characters dropped, every run of white space one space, no ends. */
export function foldWhiteSpace(text: string): string {
  return stripZeroWidth(text).replace(/\s+/g, " ").trim();
}

/** Full-width digits as the ASCII ones they mean (「２０２１年」 is 2021). Cells keep what was written; this is for reading words. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}
