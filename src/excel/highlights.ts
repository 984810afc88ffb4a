import type { Finding } from "../core/findings";
import type { Severity } from "../core/rules/types";
import { cellAddress, parseRange, rangeAddress, rectCells, toRects } from "../core/template/address";
import type { RequestContextLike } from "./api";
import { highlightFormula } from "./highlightMark";
import type { WorkbookSnapshot } from "./readWorkbook";
import type { FindingTarget } from "./targets";

/**
 * Offending cells marked with the add-in's own conditional formats: they lie over the cells (never changing a
 * cell's format or value), carry a mark so the next run finds and deletes exactly them, and leave the template's
 * and the clerk's conditional formats alone. A protected sheet is unprotected for the change and protected again
 * with the options it had.
 */

/** Error: the template's own problem colours; warning: orange, distinct from the yellow input cells. */
export const HIGHLIGHT_STYLE: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#F8CBAD", font: "#843C0C" },
};

/** Sheet → severity → ranges (as few rectangles as possible; an error wins over a warning on the same cell). */
export type HighlightPlan = Map<string, Record<Severity, string[]>>;

/** `targets[i]` is where `findings[i]` is (findingTarget), keyed by the template's sheet names. */
export function planHighlights(findings: readonly Finding[], targets: readonly (FindingTarget | undefined)[]): HighlightPlan {
  const bySheet = new Map<string, Map<string, Severity>>();
  for (const [i, f] of findings.entries()) {
    const target = targets[i];
    if (!target) continue;
    let cells = bySheet.get(target.sheet);
    if (!cells) bySheet.set(target.sheet, (cells = new Map()));
    for (const range of target.highlight) {
      for (const p of rectCells(parseRange(range))) {
        const address = cellAddress(p.row, p.col);
        if (cells.get(address) !== "error") cells.set(address, f.severity);
      }
    }
  }
  const plan: HighlightPlan = new Map();
  for (const [sheet, cells] of bySheet) {
    const ranges = { error: [] as string[], warning: [] as string[] };
    for (const severity of ["error", "warning"] as const) {
      const positions = [...cells].filter(([, s]) => s === severity).map(([a]) => parseRange(a)).map((r) => ({ row: r.top, col: r.left }));
      ranges[severity] = toRects(positions).map(rangeAddress);
    }
    if (ranges.error.length || ranges.warning.length) plan.set(sheet, ranges);
  }
  return plan;
}

/**
 * Queues the highlight changes: delete the add-in's previous highlights, add the new ones. Sheets are handled one
 * after another (unprotect, change, protect), unprotected sheets first, so a sheet that refuses (a protection
 * password) leaves the sheets before it complete. `skip`: sheets known to refuse. Returns the sheets changed.
 */
export function queueHighlights(context: RequestContextLike, snapshot: WorkbookSnapshot, plan: HighlightPlan, skip: ReadonlySet<string> = new Set()): string[] {
  const names = [...new Set([...snapshot.sheets.values()].filter((s) => s.highlights.length > 0).map((s) => s.name).concat([...plan.keys()]))]
    .filter((n) => !skip.has(n) && snapshot.sheets.has(n))
    .sort((a, b) => Number(snapshot.sheets.get(a)?.protection?.protected ?? false) - Number(snapshot.sheets.get(b)?.protection?.protected ?? false));
  for (const name of names) {
    const sheet = snapshot.sheets.get(name);
    if (!sheet) continue;
    const ws = context.workbook.worksheets.getItem(sheet.tab);
    const protectedWith = sheet.protection?.protected ? sheet.protection.options : undefined;
    if (protectedWith) ws.protection.unprotect();
    for (const old of sheet.highlights) old.delete();
    const ranges = plan.get(name);
    for (const severity of ["error", "warning"] as const) {
      for (const range of ranges?.[severity] ?? []) {
        const cf = ws.getRange(range).conditionalFormats.add("Custom");
        cf.custom.rule.formula = highlightFormula(severity);
        cf.custom.format.fill.color = HIGHLIGHT_STYLE[severity].fill;
        cf.custom.format.font.color = HIGHLIGHT_STYLE[severity].font;
        cf.custom.format.font.bold = true;
      }
    }
    if (protectedWith) ws.protection.protect(protectedWith);
  }
  return names;
}
