import type { CheckContext } from "./context";
import { isMissing } from "./context";

/** Cell hygiene and rule 5: what was typed into each number cell, judged by the kind of cell. */
export function checkCells(ctx: CheckContext): void {
  for (const def of ctx.index.cells) {
    const r = ctx.reading(def.key);
    // An empty table is one finding (table.empty), not one per cell.
    if (isMissing(r) && ctx.emptyTables.has(def.table.id)) continue;
    const raw = ctx.report.cells[def.key]?.raw.trim() ?? "";
    const where = ctx.describe(def.key);
    const loc = () => ctx.locate(def.key);
    const values = { where, raw, value: r.value ?? undefined, unit: r.unit };

    if (r.state === "blank") ctx.add("cell.blank", values, loc());
    else if (r.state === "placeholder") ctx.add("cell.placeholder", values, loc(), undefined, raw);
    else if (r.state === "text") ctx.add("cell.notNumber", values, loc(), undefined, raw);
    if (r.state !== "number" || r.value === null) continue;

    if (r.fullWidth) ctx.add("cell.fullWidth", values, loc(), r.value, raw);
    if (r.thousandsSeparator) ctx.add("cell.thousandsSeparator", values, loc(), r.value, raw);
    if (def.kind === "freeAmount") {
      if (!r.unit) ctx.add("cell.unitMissing", values, loc(), undefined, raw);
      else if (r.unit !== "元" && r.unit !== "万元") ctx.add("cell.unit", values, loc(), r.value, raw);
    } else if (def.kind === "amountWan" && r.unit && r.unit !== "万元") {
      ctx.add("cell.wrongUnit", values, loc(), undefined, raw);
    } else if (r.unit) {
      ctx.add("cell.unit", values, loc(), r.value, raw);
    }
    if (r.value < 0 && def.kind !== "signedCount") ctx.add("cell.negative", values, loc(), undefined, r.value);
    if (!Number.isInteger(r.value) && (def.kind === "count" || def.kind === "signedCount")) {
      ctx.add("cell.notInteger", values, loc(), undefined, r.value);
    }
  }
}

/** A whole table left empty is an error (published reports with empty tables exist). */
export function checkEmptyTables(ctx: CheckContext): void {
  for (const table of ctx.index.edition.tables) {
    if (ctx.emptyTables.has(table.id)) ctx.add("table.empty", { table: table.name }, { table: table.name });
  }
}
