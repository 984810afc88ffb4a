import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { editionIndex, slipRule, templateLayout, validate } from "../../src/core";
import type { EditionId, Report, TemplateLayout } from "../../src/core";
import { contentOf } from "../../src/core/template/fill";
import { recalculate } from "../helpers/hyperformula";
import type { Recalculated } from "../helpers/hyperformula";
import { convertAll, sofficeAvailable } from "../helpers/libreoffice";
import { randomCase } from "../helpers/random";
import { consistentReport } from "../helpers/randomReports";
import { fixtureInput, toReport } from "../helpers/reports";
import { loadWorkbook, templateBuffer } from "../helpers/workbook";

/**
 * 可能填错 on the 校验 sheet (native formulas, no add-in) names the same slipped cell as validate(): on every
 * identity row, 「可能是D8填错」 exactly when validate() names D8 and the row's identity runs through it. Recalculated
 * in HyperFormula for a +9 slip at every 表三 cell and for random reports with the mistakes clerks make, and in
 * LibreOffice for planted cases.
 */

type Getter = (sheet: string, address: string) => unknown;

/** Per identity row: what the 可能填错 cell should say, from validate(). */
function expectedColumn(layout: TemplateLayout, report: Report): Map<number, string> {
  const named = validate(report)
    .filter((f) => f.rule === slipRule.id)
    .map((f) => f.location.key ?? "");
  const out = new Map<number, string>();
  for (const row of layout.checks.rows) {
    if (row.subject.kind !== "identity") continue;
    const { check } = row.subject;
    const hit = named.find((k) => check.left.includes(k) || check.right.includes(k));
    out.set(row.row, hit ? `可能是${layout.cellMap[hit].address}填错` : "");
  }
  return out;
}

function disagreements(layout: TemplateLayout, get: Getter, report: Report): string[] {
  const out: string[] = [];
  for (const [row, expected] of expectedColumn(layout, report)) {
    const raw = get(layout.checks.sheet, `${layout.checks.columns.slip}${row}`);
    const actual = raw === null || raw === undefined ? "" : String(raw);
    if (actual !== expected) out.push(`校验 row ${row}: native ${JSON.stringify(actual)} ≠ core ${JSON.stringify(expected)}`);
  }
  return out;
}

/** Puts a report's 表三/表四 cells into a recalculated workbook (one batch). */
function put(workbook: Recalculated, layout: TemplateLayout, report: Report): void {
  workbook.set(Object.entries(layout.cellMap).map(([key, ref]) => ({ ...ref, value: contentOf(report.cells[key]?.raw ?? "") ?? null })));
}

const base = (edition: EditionId) =>
  toReport(edition === "2021" ? { ...fixtureInput("huaian-2024"), narrative: undefined } : fc.sample(consistentReport(edition, { max: 40 }), { seed: 2020, numRuns: 1 })[0]);

function withCells(report: Report, cells: Record<string, string | number>): Report {
  const raw: Record<string, string> = {};
  for (const [k, c] of Object.entries(report.cells)) raw[k] = c.raw;
  return toReport({ meta: report.meta, cells: { ...raw, ...cells } });
}

describe.each(["2021", "2019"] as const)("%s格式 recalculated in HyperFormula", (edition) => {
  const layout = templateLayout(edition);
  let workbook: Recalculated;
  beforeAll(async () => {
    workbook = await recalculate(await templateBuffer(edition, base(edition)));
  }, 60000);

  test("a +9 slip at every 表三 cell: the rows through it say 「可能是…填错」, as validate() names it", () => {
    const report = base(edition);
    const cells = editionIndex(edition).cells.filter((c) => c.table.id === "t3");
    for (const def of cells) {
      const slipped = withCells(report, { [def.key]: (report.cells[def.key]?.value ?? 0) + 9 });
      put(workbook, layout, slipped);
      const problems = disagreements(layout, workbook.get, slipped);
      if (problems.length) throw new Error(`${def.key}:\n${problems.join("\n")}`);
      // Named on at least its row and its column.
      const named = [...expectedColumn(layout, slipped).values()].filter((v) => v === `可能是${layout.cellMap[def.key].address}填错`);
      expect(named.length).toBeGreaterThanOrEqual(2);
    }
  }, 60000);

  test("random reports with the mistakes clerks make (wrong figures, blanks, 「/」, words, decimals): the same answer", () => {
    let named = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const { report } = randomCase(edition, seed * 7919 + (edition === "2019" ? 1 : 2));
      put(workbook, layout, report);
      const problems = disagreements(layout, workbook.get, report);
      if (problems.length) throw new Error(`seed ${seed}:\n${problems.join("\n")}`);
      named += validate(report).filter((f) => f.rule === slipRule.id).length;
    }
    // The random mistakes include single wrong figures: some are named, so the comparison is not all blanks.
    expect(named).toBeGreaterThan(1);
  }, 60000);
});

const run = sofficeAvailable() ? describe : describe.skip;

run("LibreOffice (no add-in) agrees on planted cases", () => {
  const L = templateLayout("2021");
  const huaian = base("2021");
  const cases: [string, Report][] = [
    ["D8 +9", withCells(huaian, { "t3.disclosed|naturalPerson": 1297 })],
    ["新收 总计 +1 (a total)", withCells(huaian, { "t3.newReceived|total": 3120 })],
    ["D8 +9 with a blank in its row", withCells(huaian, { "t3.disclosed|naturalPerson": 1297, "t3.disclosed|research": "" })],
    ["「/」 where 1288 belongs", withCells(huaian, { "t3.disclosed|naturalPerson": "/" })],
    ["two slips crossing", withCells(huaian, { "t3.disclosed|naturalPerson": 1297, "t3.partlyDisclosed|commercial": 9 })],
    ["two slips of different sizes", withCells(huaian, { "t3.disclosed|naturalPerson": 1297, "t3.partlyDisclosed|commercial": 3 })],
  ];
  let dir: string;
  let outputs: string[];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-slips-lo-"));
    const inputs = await Promise.all(
      cases.map(async ([, report], i) => {
        const file = path.join(dir, `case-${i}.xlsx`);
        fs.writeFileSync(file, await templateBuffer("2021", report));
        return file;
      }),
    );
    outputs = convertAll(inputs, path.join(dir, "out"), "xlsx");
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(cases.map(([name], i) => [name, i] as const))("%s", async (_name, i) => {
    expect(fs.existsSync(outputs[i])).toBe(true);
    const wb = await loadWorkbook(fs.readFileSync(outputs[i]));
    const get = (sheet: string, address: string) => {
      const cell = wb.getWorksheet(sheet)?.getCell(address);
      const v = cell?.value;
      return v && typeof v === "object" && "formula" in v ? cell?.result : v;
    };
    expect(disagreements(L, get, cases[i][1])).toEqual([]);
  });
});
