import { kindRules } from "../editions";
import type { KindRule } from "../editions";
import { isPlainDigits } from "../model/cellText";
import type { CheckContext } from "./context";
import { isMissing } from "./context";

/**
 * Cell hygiene and rule 5: what was typed into each number cell, judged by its kind's rule (editions kindRules, the
 * data the template's validation and red formats are drawn from).
 */
export function checkCells(ctx: CheckContext): void {
  for (const def of ctx.index.cells) {
    const cell = ctx.cellAt[def.position];
    if (cell && isPlainDigits(cell.raw)) continue;
    if (ctx.notImported.has(def.key)) continue;
    const r = ctx.reading(def.key);
    const rule = kindRules[def.kind];
    // Fast path: a plain number that fits its kind (almost every cell of almost every report).
    if (r.state === "number" && !r.fullWidth && !r.thousandsSeparator && !r.unit && rule.number && r.value !== null) {
      if ((r.value >= 0 || rule.negative) && (Number.isInteger(r.value) || !rule.integer)) continue;
    }
    // An empty table is one finding (table.empty), not one per cell.
    if (isMissing(r) && ctx.emptyTables.has(def.table.id)) continue;
    const raw = cell?.raw.trim() ?? "";
    const values = { where: ctx.describe(def.key), raw, value: r.value ?? undefined, unit: r.unit };
    const add = (ruleId: string, expected?: number, actual?: number | string) => ctx.add(ruleId, values, ctx.locate(def.key), expected, actual);

    if (r.state === "blank") add("cell.blank");
    else if (r.state === "placeholder") add("cell.placeholder", undefined, raw);
    else if (r.state === "text") add("cell.notNumber", undefined, raw);
    if (r.state !== "number" || r.value === null) continue;

    if (r.fullWidth) add("cell.fullWidth", r.value, raw);
    if (r.thousandsSeparator) add("cell.thousandsSeparator", r.value, raw);
    const unit = unitProblem(rule, r.unit);
    if (unit === "cell.unit") add(unit, r.value, raw);
    else if (unit) add(unit, undefined, raw);
    if (r.value < 0 && !rule.negative) add("cell.negative", undefined, r.value);
    if (!Number.isInteger(r.value) && rule.integer) add("cell.notInteger", undefined, r.value);
  }
}

/**
 * What a unit written after a number means for a kind: free text must name one of its units; a column whose label
 * fixes the unit takes no other (cell.wrongUnit: the figure is scaled wrongly); any other unit is noise to remove.
 */
function unitProblem(rule: KindRule, unit: string | undefined): "cell.unitMissing" | "cell.wrongUnit" | "cell.unit" | undefined {
  if (!rule.number) {
    if (!unit) return "cell.unitMissing";
    return rule.units?.includes(unit) ? undefined : "cell.unit";
  }
  if (!unit) return undefined;
  return rule.unit && unit !== rule.unit ? "cell.wrongUnit" : "cell.unit";
}

/** A whole table left empty is an error (published reports with empty tables exist). */
export function checkEmptyTables(ctx: CheckContext): void {
  for (const table of ctx.index.edition.tables) {
    if (ctx.emptyTables.has(table.id)) ctx.add("table.empty", { table: table.name }, { table: table.name });
  }
}
