import { INVISIBLE_CHARACTERS } from "../text/characters";

/** Invisible characters (text/characters.ts) are dropped before any text is compared. */
const ZERO_WIDTH = new RegExp(`[${INVISIBLE_CHARACTERS}]`, "g");

export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, "");
}

/** Text as a reader sees it: zero-width characters dropped, every run of white space one space, no ends. */
export function foldWhiteSpace(text: string): string {
  return stripZeroWidth(text).replace(/\s+/g, " ").trim();
}
