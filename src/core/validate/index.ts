import type { EditionId } from "../editions";
import type { Finding } from "../findings";
import type { Report } from "../model/report";
import { checkCells, checkEmptyTables } from "./cells";
import { createContext } from "./context";
import { checkCrossYear } from "./crossYear";
import { checkEdition, checkLabels } from "./edition";
import { checkIdentities } from "./identities";
import { checkInput, checkMeta, checkRegulationsLevel } from "./meta";
import { checkSlips } from "./slips";
import { checkNarrative } from "../narrative/check";

export interface ValidateOptions {
  /** Last year's report: enables the cross-year rules (6–7), and duplication (8) when both have text. */
  lastYear?: Report;
  /** The edition the caller requires (command line `--edition`). */
  expectedEdition?: EditionId;
}

/**
 * Check a report against every table rule. Never throws for a report the schema accepted: every problem is a
 * finding. Order: report-level findings, then cells, then identities, then plausibility and cross-year, then the
 * text (structure, figures against the tables, duplication) when the report has one.
 */
export function validate(report: Report, options: ValidateOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const ctx = createContext(report, findings);
  checkEdition(ctx, options.expectedEdition);
  checkMeta(ctx);
  checkInput(ctx);
  checkLabels(ctx);
  checkEmptyTables(ctx);
  checkCells(ctx);
  checkIdentities(ctx);
  checkSlips(ctx, findings);
  checkRegulationsLevel(ctx);
  if (options.lastYear) checkCrossYear(ctx, options.lastYear);
  // Only reports with text pay for reading it: validate() stays a table check on the hot path.
  if (report.narrative) {
    const text = checkNarrative(report, { lastYear: options.lastYear, known: ctx.known });
    // A figure about a cell an importer could not read cannot be checked: the import finding already says why.
    const unread = (f: Finding) => f.location.keys?.some((k) => ctx.notImported.has(k)) === true;
    findings.push(...(ctx.notImported.size === 0 ? text : text.filter((f) => !unread(f))));
  }
  return findings;
}
