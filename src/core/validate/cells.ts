import { kindRules } from "../editions";
import type { CellDef, KindRule } from "../editions";
import { groupCells, groupKeys } from "./cellGroups";
import type { CellGroup } from "./cellGroups";
import type { FindingLocation } from "../findings";
import { isPlainDigits } from "../model/cellText";
import type { CheckContext } from "./context";

/**
 * Cell hygiene and rule 5: what was typed into each number cell, judged by its kind's rule (editions kindRules, the
 * data the template's validation and red formats are drawn from).
 */
export function checkCells(ctx: CheckContext): void {
  const blank: CellDef[] = [];
  const placeholder: CellDef[] = [];
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
    if (r.state === "blank") {
      if (!ctx.emptyTables.has(def.table.id)) blank.push(def);
      continue;
    }
    if (r.state === "placeholder") {
      placeholder.push(def);
      continue;
    }
    const raw = cell?.raw.trim() ?? "";
    const values = { where: ctx.describe(def.key), raw, value: r.value ?? undefined, unit: r.unit };
    const add = (ruleId: string, expected?: number, actual?: number | string) => ctx.add(ruleId, values, ctx.locate(def.key), expected, actual);

    if (r.state === "text") add("cell.notNumber", undefined, raw);
    if (r.state !== "number" || r.value === null) continue;

    if (r.fullWidth) add("cell.fullWidth", r.value, raw);
    if (r.thousandsSeparator) add("cell.thousandsSeparator", r.value, raw);
    const unit = unitProblem(rule, r.unit);
    if (unit === "cell.unit") add(unit, r.value, raw);
    else if (unit) add(unit, undefined, raw);
    if (r.value < 0 && !rule.negative) add("cell.negative", undefined, r.value);
    if (!Number.isInteger(r.value) && rule.integer) add("cell.notInteger", undefined, r.value);
  }
  reportBlanks(ctx, blank);
  reportPlaceholders(ctx, placeholder);
}

const countText = (n: number) => (n > 1 ? `（共${n}格）` : "");

function groupLocation(ctx: CheckContext, group: CellGroup): FindingLocation {
  const location = ctx.locateCells(groupKeys(group));
  if (group.cells.length === 1) return location;
  delete location.row;
  delete location.column;
  return { ...location, ...(group.row ? { row: group.row } : {}), ...(group.column ? { column: group.column } : {}) };
}

/**
 * Blank cells, once per block (report-format.md §6): those the identities force (a total left blank whose parts are
 * filled) say what they were taken as; the others are unknown, and the identities are judged on what is filled.
 */
function reportBlanks(ctx: CheckContext, cells: readonly CellDef[]): void {
  const inferredBy = (def: CellDef) => ctx.known.inferred.get(def.key);
  for (const group of groupCells(cells.filter((c) => !inferredBy(c)))) {
    ctx.add("cell.blank", { where: group.where, count: countText(group.cells.length) }, groupLocation(ctx, group));
  }
  // Inferred blanks grouped by how they were computed (which identity, as a total or as a part).
  const byHow = new Map<string, CellDef[]>();
  for (const def of cells) {
    const inference = inferredBy(def);
    if (!inference) continue;
    const how = inference.total ? inference.check.rule.inferredAs.total : inference.check.rule.inferredAs.part;
    byHow.set(how, [...(byHow.get(how) ?? []), def]);
  }
  for (const [how, list] of byHow) {
    for (const group of groupCells(list)) {
      const values = group.cells.map((c) => inferredBy(c)!.value);
      const shown = values.length > 6 ? `${values.slice(0, 6).join("、")}等` : values.join("、");
      ctx.add("cell.blankInferred", { where: group.where, count: countText(values.length), how, values: shown }, groupLocation(ctx, group), values.length === 1 ? values[0] : undefined);
    }
  }
}

/** 「/」「-」「无」 written for none: read as 0, said once per block with what was written. */
function reportPlaceholders(ctx: CheckContext, cells: readonly CellDef[]): void {
  for (const group of groupCells(cells)) {
    const raws = [...new Set(group.cells.map((c) => ctx.cellAt[c.position]?.raw.trim() ?? ""))];
    ctx.add("cell.placeholder", { where: group.where, raw: raws.join("」「"), count: countText(group.cells.length) }, groupLocation(ctx, group), undefined, raws.join(" "));
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
