import { findingOf } from "../findings";
import type { EditionId, LevelId } from "../editions";
import type { Finding } from "../findings";
import { normalizeLabel } from "../editions";
import type { Report } from "../model/report";
import { refusalText } from "../refusal";
import { validate } from "../validate";
import type { LoadResult } from "./readers";

/** One file's result in the `xxgk check --json` contract: {"file","edition","year","agency","findings"}. */
export interface FileResult {
  file: string;
  edition: EditionId | null;
  year: number | null;
  agency: string | null;
  findings: Finding[];
}

/** A result as the batch keeps it: the contract plus why a file could not be read (never printed in --json). */
export interface CheckedFile extends FileResult {
  unreadable?: string;
}

/** Last year's reports: one for every file, or one per agency (a folder of last year's returns). */
export interface LastYearSource {
  single?: Report;
  byAgency?: Record<string, Report>;
}

export interface CheckContext {
  lastYear?: LastYearSource;
  expectedEdition?: EditionId;
  /** For published reports that do not state them (check --year/--agency/--level); what a file states wins. */
  defaults?: { reportYear?: number; agency?: string; level?: LevelId };
}

/** Agencies are matched on their normalised name, so 「余姚市应急管理局 」 finds 「余姚市应急管理局」. */
export function agencyKey(agency: string): string {
  return normalizeLabel(agency);
}

export function lastYearFor(report: Report, source: LastYearSource | undefined): Report | undefined {
  if (!source) return undefined;
  return source.single ?? source.byAgency?.[agencyKey(report.meta.agency)];
}

/** An unreadable file is one error finding, so the --json shape stays the same for every file. */
export function unreadableFinding(reason: string): Finding {
  return findingOf("file.unreadable", { reason });
}

/** A file that could not be read (or that the checker failed on), as a result. */
export function unreadableResult(file: string, text: string): CheckedFile {
  return { file, edition: null, year: null, agency: null, findings: [unreadableFinding(text)], unreadable: text };
}

/**
 * The batch's per-file step, the same in the command line and the task pane: a file's loaded report → its result.
 * A refusal is carried as one line in both languages (the --json contract's message), as it always has been.
 */
export function checkLoaded(file: string, loaded: LoadResult, context: CheckContext): CheckedFile {
  if (!loaded.ok) return unreadableResult(file, refusalText(loaded));
  const { report } = loaded;
  // A given last year wins; otherwise a workbook's own 上年数据 sheet (when filled) enables the cross-year rules.
  const lastYear = lastYearFor(report, context.lastYear) ?? loaded.lastYear;
  const findings = validate(report, { lastYear, expectedEdition: context.expectedEdition });
  return { file, edition: report.meta.edition, year: report.meta.reportYear, agency: report.meta.agency, findings };
}
