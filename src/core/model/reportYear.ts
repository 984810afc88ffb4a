// Apart from the schema (report.ts), so the custom functions and the task pane read a year without loading zod.

export const REPORT_YEAR_MIN = 2000;
export const REPORT_YEAR_MAX = 2200;

/**
 * A report year as a clerk types it: 2024, 「2024」, 「２０２４年」, 「2024 年度」. Undefined when it is not a
 * four-digit year within REPORT_YEAR_MIN–REPORT_YEAR_MAX.
 */
export function readReportYear(value: unknown): number | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.normalize("NFKC").replace(/\s/g, "") : "";
  const m = /^(\d{4})(年度?)?$/.exec(text);
  const year = m ? Number(m[1]) : NaN;
  return year >= REPORT_YEAR_MIN && year <= REPORT_YEAR_MAX ? year : undefined;
}
