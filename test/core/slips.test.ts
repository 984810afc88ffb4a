import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { cellName, editionIndex, slipCrossings, slipRule, validate } from "../../src/core";
import type { EditionId, Finding } from "../../src/core";
import { runCli } from "../helpers/cli";
import { consistentReport } from "../helpers/randomReports";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * A slip — one number typed 9 too many — breaks its row's and its column's identities by 9, and the findings point
 * at two totals. The slipped cell is named: for every input cell of 表三, in validate(), in the command line's
 * text and in its --json. A slip in a total is named as that total. Nothing is named when it would be a guess: a
 * blank in the lines through the cell, two slips crossing each other's lines, or 表四 (no two identities cross).
 */

const t3Cells = (edition: EditionId) => editionIndex(edition).cells.filter((c) => c.table.id === "t3");
const slips = (findings: Finding[]) => findings.filter((f) => f.rule === slipRule.id);

/**
 * A consistent report as cells by key: 淮安 2024's tables (its text left out: the text would also contradict a
 * slipped table), or for the 2019格式 — whose fixture, 余姚 2020, has only zeros in 表三 — a random consistent one.
 */
function baseCells(edition: EditionId) {
  const input =
    edition === "2021" ? { ...fixtureInput("huaian-2024"), narrative: undefined } : fc.sample(consistentReport(edition, { max: 40 }), { seed: 2020, numRuns: 1 })[0];
  const report = toReport(input);
  const cells: Record<string, string> = {};
  for (const [key, cell] of Object.entries(report.cells)) cells[key] = cell.raw;
  expect(validate(report).filter((f) => f.severity === "error")).toEqual([]);
  return { meta: report.meta, cells };
}

describe.each(["2021", "2019"] as const)("%s格式", (edition) => {
  const cells = t3Cells(edition);

  test("every 表三 input cell is where a row identity and a column identity cross", () => {
    expect(new Set(slipCrossings(edition).map((c) => c.key))).toEqual(new Set(cells.map((c) => c.key)));
    expect(slipCrossings(edition).some((c) => c.key.startsWith("t4."))).toBe(false);
  });

  test("a +9 slip at any single 表三 cell of a consistent report is named as that cell (totals as totals)", () => {
    fc.assert(
      fc.property(consistentReport(edition), (input) => {
        for (const def of cells) {
          const before = Number(input.cells[def.key]);
          const findings = validate(toReport({ ...input, cells: { ...input.cells, [def.key]: before + 9 } }));
          const named = slips(findings);
          expect(named.map((f) => [f.location.key, f.expected, f.actual, f.severity])).toEqual([[def.key, before, before + 9, "warning"]]);
          expect(named[0].message).toContain("该格所在的行和列都相差9");
          // Still reported as the identities' own errors, at their totals.
          expect(findings.filter((f) => f.severity === "error").length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 8 },
    );
  });

  test("a slip down (9 too few) is named too, with the value the identities force", () => {
    const base = baseCells(edition);
    const def = cells.find((c) => Number(base.cells[c.key]) >= 9 && c.column.key === "naturalPerson" && c.row.key !== "t3.total");
    if (!def) throw new Error("no cell ≥ 9 in the fixture's 自然人 column");
    const before = Number(base.cells[def.key]);
    const named = slips(validate(toReport({ ...base, cells: { ...base.cells, [def.key]: before - 9 } })));
    expect(named.map((f) => [f.location.key, f.expected, f.actual])).toEqual([[def.key, before, before - 9]]);
  });

  test("a blank in the row or the column through the cell: nothing is named (a blank is unknown, never the slip)", () => {
    const base = baseCells(edition);
    const slipped = "t3.disclosed|naturalPerson";
    const withSlip = { ...base.cells, [slipped]: String(Number(base.cells[slipped]) + 9) };
    expect(slips(validate(toReport({ ...base, cells: withSlip })))).toHaveLength(1);
    // Any other cell of its row, or of its column's results, left blank: that line's difference is no longer exact.
    const others = cells.filter((c) => c.key !== slipped && (c.row.key === "t3.disclosed" || (c.column.key === "naturalPerson" && c.row.key === "t3.partlyDisclosed")));
    expect(others.length).toBe(7);
    for (const blank of others) expect(slips(validate(toReport({ ...base, cells: { ...withSlip, [blank.key]: "" } })))).toEqual([]);
    // The slipped cell itself left blank is not named either.
    expect(slips(validate(toReport({ ...base, cells: { ...base.cells, [slipped]: "" } })))).toEqual([]);
  });

  test("「/」 where a number belongs is known as 0: named, with the number the identities force", () => {
    const base = baseCells(edition);
    const def = cells.find((c) => Number(base.cells[c.key]) > 0 && c.row.key !== "t3.total" && c.column.key !== "total");
    if (!def) throw new Error("no non-zero inner cell");
    const named = slips(validate(toReport({ ...base, cells: { ...base.cells, [def.key]: "/" } })));
    expect(named.map((f) => [f.location.key, f.expected, f.actual])).toEqual([[def.key, Number(base.cells[def.key]), 0]]);
  });

  test("two slips of the same size crossing each other's lines: ambiguous, nothing named", () => {
    const base = baseCells(edition);
    const a = "t3.disclosed|naturalPerson";
    const b = "t3.partlyDisclosed|commercial";
    const cells2 = { ...base.cells, [a]: String(Number(base.cells[a]) + 9), [b]: String(Number(base.cells[b]) + 9) };
    expect(slips(validate(toReport({ ...base, cells: cells2 })))).toEqual([]);
  });

  test("two slips of different sizes in different lines: each is named", () => {
    const base = baseCells(edition);
    const a = "t3.disclosed|naturalPerson";
    const b = "t3.partlyDisclosed|commercial";
    const cells2 = { ...base.cells, [a]: String(Number(base.cells[a]) + 9), [b]: String(Number(base.cells[b]) + 3) };
    expect(slips(validate(toReport({ ...base, cells: cells2 }))).map((f) => [f.location.key, f.actual])).toEqual([
      [a, Number(base.cells[a]) + 9],
      [b, Number(base.cells[b]) + 3],
    ]);
  });

  test("表四: each identity is its own group, no two cross — a slip there names no cell", () => {
    const base = baseCells(edition);
    for (const def of editionIndex(edition).cells.filter((c) => c.table.id === "t4")) {
      const findings = validate(toReport({ ...base, cells: { ...base.cells, [def.key]: String(Number(base.cells[def.key]) + 9) } }));
      expect(findings.some((f) => f.rule === "t4.groupTotal")).toBe(true);
      expect(slips(findings)).toEqual([]);
    }
  });
});

describe("the command line names the slipped cell, in its text and in --json (every 表三 cell)", () => {
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-slips-"))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test.each(["2021", "2019"] as const)("%s格式", async (edition) => {
    const base = baseCells(edition);
    const cells = t3Cells(edition);
    const files = cells.map((def, i) => {
      const file = path.join(tmp, `${edition}-${i}.json`);
      fs.writeFileSync(file, JSON.stringify({ ...base, cells: { ...base.cells, [def.key]: Number(base.cells[def.key]) + 9 } }));
      return file;
    });

    const json = await runCli("check", "--json", ...files);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out) as { files: { file: string; findings: Finding[] }[] };
    expect(parsed.files.map((f) => f.file)).toEqual(files);
    parsed.files.forEach((f, i) => {
      const named = slips(f.findings);
      expect(named.map((s) => [s.location.key, s.expected, s.actual])).toEqual([[cells[i].key, Number(base.cells[cells[i].key]), Number(base.cells[cells[i].key]) + 9]]);
      // The public shape, unchanged: a slip is one more finding with the same six fields.
      expect(Object.keys(named[0])).toEqual(["rule", "severity", "message", "location", "expected", "actual"]);
    });

    const text = await runCli("check", ...files);
    const blocks = text.out.split(/\n(?=\/)/);
    expect(blocks).toHaveLength(files.length);
    blocks.forEach((block, i) => {
      const def = cells[i];
      const line = block.split("\n").find((l) => l.includes(`(${slipRule.id})`));
      expect(line).toContain(`! 提醒 可能是${cellName(def.table, def.block, def.row, def.column)}填错：该格所在的行和列都相差9`);
    });
  }, 60000);
});
