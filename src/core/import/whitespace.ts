import { INVISIBLE_CHARACTERS } from "../text/invisible";

/** Invisible characters (text/invisible.ts) are dropped before any text is compared. */
const ZERO_WIDTH = new RegExp(`[${INVISIBLE_CHARACTERS}]`, "g");

export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, "");
}

/** Text as a reader sees it: zero-width characters dropped, every run of white space one space, no ends. */
export function foldWhiteSpace(text: string): string {
  return stripZeroWidth(text).replace(/\s+/g, " ").trim();
}

/** Full-width digits as the ASCII ones they mean (「２０２１年」 is 2021). Cells keep what was written; this is for reading words. */
export function asciiDigits(text: string): string {
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)) : text;
}

const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
