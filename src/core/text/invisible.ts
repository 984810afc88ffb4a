/**
 * Characters that show nothing and mean nothing in a report — zero-width space, non-joiner and joiner, word joiner,
 * byte-order mark, soft hyphen — pasted in from web editors and Word. Dropped before any text is compared: the one
 * list for labels (editions/labels.ts) and imported text (import/whitespace.ts, import/meta.ts).
 */
export const INVISIBLE_CHARACTERS = "\\u200b-\\u200d\\u2060\\ufeff\\u00ad";
