import type { CheckContext } from "./context";
import { isMissing } from "./context";

const PLAIN_COUNT = /^\d{1,15}$/;

/** Cell hygiene and rule 5: what was typed into each number cell, judged by the kind of cell. */
export function checkCells(ctx: CheckContext): void {
  for (const def of ctx.index.cells) {
    const cell = ctx.report.cells[def.key];
    if (cell && PLAIN_COUNT.test(cell.raw)) continue;
    if (ctx.notImported.has(def.key)) continue;
    const r = ctx.reading(def.key);
    // Fast path: a plain number that fits its kind (almost every cell of almost every report).
    if (r.state === "number" && !r.fullWidth && !r.thousandsSeparator && !r.unit && def.kind !== "freeAmount" && r.value !== null) {
      if ((r.value >= 0 || def.kind === "signedCount") && (Number.isInteger(r.value) || def.kind === "amountWan")) continue;
    }
    // An empty table is one finding (table.empty), not one per cell.
    if (isMissing(r) && ctx.emptyTables.has(def.table.id)) continue;
    const raw = ctx.report.cells[def.key]?.raw.trim() ?? "";
    const values = { where: ctx.describe(def.key), raw, value: r.value ?? undefined, unit: r.unit };
    const add = (rule: string, expected?: number, actual?: number | string) => ctx.add(rule, values, ctx.locate(def.key), expected, actual);

    if (r.state === "blank") add("cell.blank");
    else if (r.state === "placeholder") add("cell.placeholder", undefined, raw);
    else if (r.state === "text") add("cell.notNumber", undefined, raw);
    if (r.state !== "number" || r.value === null) continue;

    if (r.fullWidth) add("cell.fullWidth", r.value, raw);
    if (r.thousandsSeparator) add("cell.thousandsSeparator", r.value, raw);
    if (def.kind === "freeAmount") {
      if (!r.unit) add("cell.unitMissing", undefined, raw);
      else if (r.unit !== "元" && r.unit !== "万元") add("cell.unit", r.value, raw);
    } else if (def.kind === "amountWan" && r.unit && r.unit !== "万元") {
      add("cell.wrongUnit", undefined, raw);
    } else if (r.unit) {
      add("cell.unit", r.value, raw);
    }
    if (r.value < 0 && def.kind !== "signedCount") add("cell.negative", undefined, r.value);
    if (!Number.isInteger(r.value) && (def.kind === "count" || def.kind === "signedCount")) add("cell.notInteger", undefined, r.value);
  }
}

/** A whole table left empty is an error (published reports with empty tables exist). */
export function checkEmptyTables(ctx: CheckContext): void {
  for (const table of ctx.index.edition.tables) {
    if (ctx.emptyTables.has(table.id)) ctx.add("table.empty", { table: table.name }, { table: table.name });
  }
}
