import { INVISIBLE_CHARACTERS } from "../text/characters";

/**
 * Label comparison that tolerates what real reports do to labels (report-format.md §4 「Variants to normalise」):
 * half-/full-width brackets and digits, stray spaces and line breaks, 「1、」 for 「1.」, 「，」 for 「、」, straight or curly
 * quotes. Both the edition's verbatim labels and labels found in a document pass through the same function.
 */
export function normalizeLabel(text: string): string {
  // Labels recur in every report (the reader and the validator compare each one): remember the short ones.
  if (text.length > MEMO_MAX_LENGTH) return normalizeUncached(text);
  let normalized = memo.get(text);
  if (normalized === undefined) {
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    normalized = normalizeUncached(text);
    memo.set(text, normalized);
  }
  return normalized;
}

/** White space and invisible characters (text/characters.ts). */
const INVISIBLE_OR_SPACE = new RegExp(`[\\s${INVISIBLE_CHARACTERS}]+`, "g");

const MEMO_MAX_LENGTH = 80;
const MEMO_MAX_ENTRIES = 5000;
const memo = new Map<string, string>();

function normalizeUncached(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE_OR_SPACE, "")
    .replace(/[“”"＂‘’']/g, '"')
    .replace(/^(\d+)[、．.]/, "$1.")
    .replace(/[,，]/g, "、")
    .replace(/[：:]/g, ":");
}
