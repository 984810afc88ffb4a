import type { Finding, FindingLocation } from "../findings";
import { formatMessage, ruleById } from "../rules";

export type MessageValues = Readonly<Record<string, string | number | undefined>>;

/** A finding of a narrative rule: severity and wording from the rule catalog. */
export function narrativeFinding(
  ruleId: string,
  values: MessageValues,
  location: FindingLocation,
  expected: number | string | null = null,
  actual: number | string | null = null,
): Finding {
  const rule = ruleById(ruleId);
  return { rule: rule.id, severity: rule.severity, message: formatMessage(rule.message, values).trim(), location, expected, actual };
}

const EXCERPT_LIMIT = 120;

/** The sentence a finding quotes; a long one is cut around the part that matters. */
export function excerptOf(sentence: string, focus?: { start: number; end: number }): string {
  if (sentence.length <= EXCERPT_LIMIT) return sentence;
  const center = focus ? Math.floor((focus.start + focus.end) / 2) : 0;
  const start = Math.max(0, Math.min(center - EXCERPT_LIMIT / 2, sentence.length - EXCERPT_LIMIT));
  const end = start + EXCERPT_LIMIT;
  return `${start > 0 ? "…" : ""}${sentence.slice(start, end)}${end < sentence.length ? "…" : ""}`;
}
