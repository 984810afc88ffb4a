/**
 * Why an input was refused (a file that is not a report, reports that cannot be summed): said once, in both
 * languages, as two fields — never one string for hosts to split. The task pane shows `reason` (clerks read
 * Chinese); the command line prints `refusalText`, the form its output and `xxgk check --json` have always had.
 */
export interface Refusal {
  /** Chinese, for the clerk: what is wrong and what to do. */
  reason: string;
  /** A short English gloss, for the command line's international readers and logs. */
  en: string;
}

/** The one way a refusal is made. */
export function refusal(reason: string, en: string): Refusal {
  return { reason, en };
}

/** A failed result carrying its refusal: `{ ok: false, reason, en }`. */
export type Refused = { ok: false } & Refusal;

/** The refusal as a failed result. */
export function refused(reason: string, en: string): Refused {
  return { ok: false, ...refusal(reason, en) };
}

/** Both languages on one line, 「中文 / English」: what the command line prints and --json carries. */
export function refusalText(r: Refusal): string {
  return `${r.reason} / ${r.en}`;
}
