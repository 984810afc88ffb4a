const EXCERPT_LIMIT = 120;

/** The sentence a finding quotes; a long one is cut around the part that matters. */
export function excerptOf(sentence: string, focus?: { start: number; end: number }): string {
  if (sentence.length <= EXCERPT_LIMIT) return sentence;
  const center = focus ? Math.floor((focus.start + focus.end) / 2) : 0;
  const start = Math.max(0, Math.min(center - EXCERPT_LIMIT / 2, sentence.length - EXCERPT_LIMIT));
  const end = start + EXCERPT_LIMIT;
  return `${start > 0 ? "…" : ""}${sentence.slice(start, end)}${end < sentence.length ? "…" : ""}`;
}
