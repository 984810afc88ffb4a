import type { Report } from "../core/model/report";
import { reportToJson } from "../core/model/serialize";

/**
 * Last year's report, kept for the pane's session (and across a reload of the pane in the same window through
 * sessionStorage; nothing leaves the computer). Restoring parses the stored JSON with the report schema, which is
 * loaded with the importers (not part of the pane's first script).
 */

const KEY = "xxgk.lastYear";

export interface LastYear {
  report: Report;
  /** Where it came from: a file name, or 「粘贴的文字」. */
  source: string;
}

let current: LastYear | undefined;

export function lastYear(): LastYear | undefined {
  return current;
}

export async function restoreLastYear(): Promise<LastYear | undefined> {
  try {
    const stored = sessionStorage.getItem(KEY);
    if (!stored || current) return current;
    const { report, source } = JSON.parse(stored) as { report: unknown; source: string };
    const { parseReport } = await import(/* webpackChunkName: "import" */ "../core/model/report");
    const parsed = parseReport(report);
    if (parsed.success) current = { report: parsed.data, source };
  } catch {
    // storage unavailable or stale: start without
  }
  return current;
}

export function setLastYear(value: LastYear | undefined): void {
  current = value;
  try {
    if (value) sessionStorage.setItem(KEY, JSON.stringify({ report: reportToJson(value.report), source: value.source }));
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage unavailable: kept in memory only
  }
}
