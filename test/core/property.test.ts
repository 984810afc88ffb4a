import fc from "fast-check";
import { columnName, editionIndex, identityRules, rowName, validate } from "../../src/core";
import type { EditionId } from "../../src/core";
import { toReport } from "../helpers/reports";

/**
 * Property tests: any report built to satisfy the identities produces no finding at all, and changing any single
 * 表三/表四 cell is caught by an identity that names that cell's row or column.
 */

const small = fc.nat({ max: 40 });

/** A consistent report: results drawn first, totals and 新收 derived, as a careful clerk would. */
function consistentReport(edition: EditionId) {
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

describe.each(["2019", "2021"] as const)("%s格式", (edition) => {
  const index = editionIndex(edition);
  const checkedCells = index.cells.filter((c) => c.table.id !== "t2");
  const identityIds = new Set(identityRules.map((r) => r.id));

  test("random consistent reports produce no finding", () => {
    fc.assert(
      fc.property(consistentReport(edition), (input) => {
        expect(validate(toReport(input))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("any single-cell change in 表三/表四 is found, naming the cell's row or column", () => {
    fc.assert(
      fc.property(
        consistentReport(edition),
        fc.integer({ min: 0, max: checkedCells.length - 1 }),
        fc.integer({ min: 1, max: 30 }).chain((d) => fc.constantFrom(d, -d)),
        (input, which, delta) => {
          const def = checkedCells[which];
          const before = Number(input.cells[def.key]);
          input.cells[def.key] = before + delta;
          const findings = validate(toReport(input)).filter((f) => identityIds.has(f.rule));
          const row = rowName(def.block, def.row);
          const column = columnName(def.block, def.column);
          const naming = findings.filter(
            (f) =>
              f.location.keys?.includes(def.key) &&
              (f.location.row === row || f.location.column === column || column.startsWith(`${f.location.column}·`)),
          );
          expect(naming.length).toBeGreaterThan(0);
          for (const f of naming) expect(f.severity).toBe("error");
        },
      ),
      { numRuns: 500 },
    );
  });
});
