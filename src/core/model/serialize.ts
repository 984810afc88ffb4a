import { cellKey, editionIndex } from "../editions";
import type { Report, ReportInput } from "./report";

/**
 * A report as our JSON (what `xxgk check` reads back): rows in column order, a cell written as a number when its
 * text is exactly that number and as its text otherwise (「/」, 「１２」, 「251000元」 stay as typed). Nothing is lost:
 * parsing the JSON gives the same report.
 */
export function reportToJson(report: Report): ReportInput {
  const index = editionIndex(report.meta.edition);
  const rows: Record<string, (string | number)[]> = {};
  const cells: Record<string, string | number> = {};
  const asValue = (raw: string): string | number => (raw !== "" && String(Number(raw)) === raw ? Number(raw) : raw);
  for (const table of index.edition.tables) {
    for (const block of table.blocks) {
      for (const row of block.rows) {
        const keys = block.columns.map((c) => cellKey(row.key, c.key));
        const present = keys.filter((k) => report.cells[k] !== undefined);
        if (present.length === keys.length) rows[row.key] = keys.map((k) => asValue(report.cells[k].raw));
        else for (const k of present) cells[k] = asValue(report.cells[k].raw);
      }
    }
  }
  const importProblems = report.inputProblems.flatMap((p) =>
    p.kind === "finding" ? [{ rule: p.rule, values: p.values, location: p.location, keys: p.keys, expected: p.expected, actual: p.actual }] : [],
  );
  return {
    source: report.source,
    meta: report.meta,
    sourceLabels: report.sourceLabels,
    rows,
    cells: Object.keys(cells).length > 0 ? cells : undefined,
    cellRefs: report.cellRefs,
    narrative: report.narrative,
    importProblems: importProblems.length > 0 ? importProblems : undefined,
  };
}

/** JSON text of a report: two-space indentation, a row's values on one line. */
export function stringifyReport(report: Report): string {
  const text = JSON.stringify(reportToJson(report), null, 2);
  // Arrays of plain values (rows) on one line; JSON.stringify puts one element per line and never a raw newline in a string.
  return text.replace(/\[\n([^[\]{}]*?)\n\s*\]/g, (_, inner: string) => `[${inner.split("\n").map((l) => l.trim()).join(" ")}]`) + "\n";
}
