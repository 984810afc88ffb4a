import fc from "fast-check";
import { columnName, editionIndex, identityRules, rowName, validate } from "../../src/core";
import { consistentReport } from "../helpers/randomReports";
import { toReport } from "../helpers/reports";

/**
 * Property tests: any report built to satisfy the identities produces no finding at all, and changing any single
 * 表三/表四 cell is caught by an identity that names that cell's row or column.
 */

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
