import fc from "fast-check";
import { editionIndex } from "../../src/core";
import type { EditionId } from "../../src/core";

/**
 * Random reports that satisfy every identity, built the way a careful clerk fills the tables: results first, then
 * totals and 新收 derived. Used by property tests, agreement tests and benchmarks.
 */

/**
 * A consistent report: results drawn first, totals and 新收 derived, as a careful clerk would. `max` bounds each
 * drawn count (a small max gives the many-zeros reports of small agencies).
 */
export function consistentReport(edition: EditionId, options: { max?: number } = {}) {
  const small = fc.nat({ max: options.max ?? 40 });
  const index = editionIndex(edition);
  const t3 = index.table("t3").blocks[0];
  const resultRows = index.rowsUnder(t3, "t3.results").filter((k) => k !== "t3.total");
  const applicantColumns = t3.columns.filter((c) => c.key !== "total").map((c) => c.key);
  const t2 = index.cells.filter((c) => c.table.id === "t2");

  return fc
    .record({
      results: fc.array(fc.array(small, { minLength: resultRows.length, maxLength: resultRows.length }), {
        minLength: applicantColumns.length,
        maxLength: applicantColumns.length,
      }),
      carried: fc.array(fc.tuple(small, small), { minLength: applicantColumns.length, maxLength: applicantColumns.length }),
      t4: fc.array(fc.array(small, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
      t2: fc.array(fc.nat({ max: 100000 }), { minLength: t2.length, maxLength: t2.length }),
      change: fc.integer({ min: -50, max: 50 }),
    })
    .map(({ results, carried, t4, t2: t2Values, change }) => {
      const cells: Record<string, string | number> = {};
      const byColumn: Record<string, Record<string, number>> = {};
      applicantColumns.forEach((col, ci) => {
        const rows: Record<string, number> = {};
        resultRows.forEach((r, ri) => (rows[r] = results[ci][ri]));
        rows["t3.total"] = resultRows.reduce((s, r) => s + rows[r], 0);
        // 上年结转 ≤ 总计 + 结转下年度 so that 新收 stays non-negative.
        const [a, b] = carried[ci];
        rows["t3.carryForward"] = a;
        rows["t3.carriedOver"] = Math.min(b, rows["t3.total"] + a);
        rows["t3.newReceived"] = rows["t3.total"] + rows["t3.carryForward"] - rows["t3.carriedOver"];
        byColumn[col] = rows;
      });
      for (const row of t3.rows) {
        let sum = 0;
        for (const col of applicantColumns) {
          cells[`${row.key}|${col}`] = byColumn[col][row.key];
          sum += byColumn[col][row.key];
        }
        cells[`${row.key}|total`] = sum;
      }
      ["review", "direct", "afterReview"].forEach((g, gi) => {
        ["upheld", "corrected", "other", "pending"].forEach((o, oi) => (cells[`t4.cases|${g}.${o}`] = t4[gi][oi]));
        cells[`t4.cases|${g}.total`] = t4[gi].reduce((s, v) => s + v, 0);
      });
      t2.forEach((def, i) => {
        if (def.kind === "signedCount") cells[def.key] = change > 0 ? `+${change}` : change;
        else if (def.kind === "freeAmount") cells[def.key] = `${t2Values[i]}元`;
        else if (def.kind === "amountWan") cells[def.key] = t2Values[i] / 10;
        else cells[def.key] = t2Values[i];
      });
      return { meta: { agency: "测试局", reportYear: edition === "2019" ? 2020 : 2024, edition, level: "prefecturalGovernment" as const }, cells };
    });
}

