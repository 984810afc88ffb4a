/**
 * Label comparison that tolerates what real reports do to labels (report-format.md §4 「Variants to normalise」):
 * half-/full-width brackets and digits, stray spaces and line breaks, 「1、」 for 「1.」, 「，」 for 「、」, straight or curly
 * quotes. Both the edition's verbatim labels and labels found in a document pass through the same function.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[“”"＂‘’']/g, '"')
    .replace(/^(\d+)[、．.]/, "$1.")
    .replace(/[,，]/g, "、")
    .replace(/[：:]/g, ":");
}
