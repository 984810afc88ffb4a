/**
 * Characters that are not what they look like to a pattern: those that show nothing and mean nothing in a report
 * (zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen — pasted in from web editors and
 * Word), and full-width digits (「２０２１年」 is 2021). One list for labels (editions/labels.ts), imported text
 * (import/whitespace.ts, import/meta.ts) and the narrative checker (narrative/normalize.ts).
 */
export const INVISIBLE_CHARACTERS = "\\u200b-\\u200d\\u2060\\ufeff\\u00ad";

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Full-width digits as the ASCII ones they mean. Cells keep what was written; this is for reading words. */
export function asciiDigits(text: string): string {
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)) : text;
}
