import * as fs from "node:fs";
import * as path from "node:path";
import { DetailedCellError } from "hyperformula";
import { buildTemplatePlan, carryOverRule, cellKey, CUSTOM_FUNCTIONS_NAMESPACE, evaluateIdentity, readCellText, RESULT, templateLayout } from "../../src/core";
import type { CheckRow, EditionId, Report, TemplateLayout } from "../../src/core";
import { contentOf } from "../../src/core/template/fill";
import { buildAddin, ROOT } from "../helpers/build";
import { loadRegisteredFunctions } from "../helpers/functions";
import { recalculate } from "../helpers/hyperformula";
import { registerAddinFunctions } from "../helpers/hyperformulaFunctions";
import { randomCase } from "../helpers/random";
import { fixtureInput, toReport } from "../helpers/reports";
import { templateBuffer } from "../helpers/workbook";

/**
 * The template's 校验 sheet has a 加载项核对 column of custom-function formulas beside the native ones. Here the
 * generated workbook is recalculated in HyperFormula with the built add-in's functions plugged in, and that column is
 * compared with the core (validate()'s identities) row by row: the fixtures, a planted error, random reports.
 */

let functionIds: string[];
beforeAll(() => {
  const dist = buildAddin();
  registerAddinFunctions(loadRegisteredFunctions(dist));
  functionIds = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
}, 180000);

const addinCells = (layout: TemplateLayout) => {
  const plan = buildTemplatePlan({ edition: layout.edition });
  const sheet = plan.sheets.find((s) => s.name === layout.checks.sheet);
  if (!sheet) throw new Error("no 校验 sheet");
  return sheet.cells.filter((c) => c.address.startsWith(layout.checks.columns.addin) && c.formula !== undefined);
};

describe("the 加载项核对 column in the plan", () => {
  test.each(["2021", "2019"] as const)("%s格式: every identity and carry-over row has a formula, every function it calls exists", (edition) => {
    const layout = templateLayout(edition);
    const formulas = new Map(addinCells(layout).map((c) => [Number(c.address.slice(layout.checks.columns.addin.length)), c.formula as string]));
    const expectedRows = layout.checks.rows.filter((r) => r.subject.kind === "identity" || r.subject.kind === "carryOver");
    expect([...formulas.keys()].sort((a, b) => a - b)).toEqual(expectedRows.map((r) => r.row));
    for (const formula of formulas.values()) {
      for (const [, id] of formula.matchAll(new RegExp(`${CUSTOM_FUNCTIONS_NAMESPACE}\\.([A-Z0-9_]+)\\(`, "g"))) expect(functionIds).toContain(id);
    }
    // Read from the layout (表三 D6:J30 in 2021格式, D6:J28 in 2019格式; 表四 A6:O6): first column, a result row, 表四.
    const last = edition === "2021" ? 30 : 28;
    // A row its blanks leave open (「…」 in the native 结果 column) shows 「…」, not the function's #VALUE!; where the
    // add-in is not loaded, the probe (SUMCHECK of the row's own 序号) fails and the cell says so in words.
    const open = (row: number, call: string) => `IF(${layout.checks.columns.result}${row}="…","…",${call})`;
    const unlessMissing = (row: number, formula: string) => `IF(ISERROR(XXGK.SUMCHECK(A${row},A${row})),"（需加载项）",${formula})`;
    const first = expectedRows[0].row;
    expect(formulas.get(first)).toBe(unlessMissing(first, open(first, `ABS(XXGK.BALANCE('表三'!D6:D${last}))`)));
    const review = layout.checks.rows.find((r) => r.subject.kind === "identity" && r.subject.check.name === "行政复议")?.row ?? 0;
    expect(formulas.get(review)).toBe(unlessMissing(review, open(review, "ABS(XXGK.SUMCHECK('表四'!E6,'表四'!A6:D6))")));
  });

  test("the namespace the formulas use is the manifest's", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(manifest).toMatch(new RegExp(`<bt:String id="Functions.Namespace" DefaultValue="${CUSTOM_FUNCTIONS_NAMESPACE}"/>`));
  });

  test("the sheet says the column shows 「（需加载项）」 without the add-in and the native columns keep working", () => {
    const plan = buildTemplatePlan({ edition: "2021" });
    const note = plan.sheets.find((s) => s.name === "校验")?.cells.find((c) => c.address === "A3")?.value;
    expect(String(note)).toMatch(/「加载项核对」列使用加载项的函数，未安装加载项时显示「（需加载项）」，不影响左边各列的校验/);
  });
});

/** The cells a row's add-in formula reads: BALANCE reads the whole 表三 column, SUMCHECK the identity's cells. */
function cellsRead(row: CheckRow): { thisYear: string[]; lastYear: string[] } {
  const s = row.subject;
  if (s.kind === "carryOver") {
    return { thisYear: [cellKey(carryOverRule.thisYearRow, s.column.key)], lastYear: [cellKey(carryOverRule.lastYearRow, s.column.key)] };
  }
  if (s.kind !== "identity") return { thisYear: [], lastYear: [] };
  const { check } = s;
  const column = check.column;
  if (check.rule.id === "t3.columnBalance" && column) return { thisYear: check.block.rows.map((r) => cellKey(r.key, column.key)), lastYear: [] };
  return { thisYear: [...check.left, ...check.right], lastYear: [] };
}

/**
 * What the add-in column must show for a row: 「…」 where blanks (or words) leave the identity open, as the native row
 * says; #VALUE! when the function reads a text cell; else the core's |left − right| of the known cells.
 */
function expectedAddin(row: CheckRow, report: Report, lastYear?: Report): number | string {
  const read = cellsRead(row);
  const state = (r: Report | undefined, key: string) => readCellText(r?.cells[key]?.raw).state;
  const known = (r: Report | undefined, key: string) => (state(r, key) === "placeholder" ? 0 : (r?.cells[key]?.value ?? undefined));
  const s = row.subject;
  if (s.kind === "identity") {
    const outcome = evaluateIdentity(s.check, (k) => known(report, k));
    if (outcome.unknownLeft + outcome.unknownRight > 0 && outcome.holds) return RESULT.incomplete;
    if (read.thisYear.some((k) => state(report, k) === "text")) return "#VALUE!";
    return outcome.difference;
  }
  const here = known(report, read.thisYear[0]);
  const there = known(lastYear, read.lastYear[0]);
  // Either year's cell unknown: the native row says 「—」, and the add-in column shows what the native row says.
  if (here === undefined || there === undefined) return RESULT.notApplicable;
  return Math.round(Math.abs(here - there) * 1e6) / 1e6;
}

/** validate() runs the cross-year rule only with last year's report and from report year 2020. */
const carryOverApplies = (report: Report, lastYear?: Report) => lastYear !== undefined && report.meta.reportYear >= carryOverRule.firstReportYear;

function addinDisagreements(layout: TemplateLayout, get: (sheet: string, address: string) => unknown, report: Report, lastYear?: Report): string[] {
  const out: string[] = [];
  for (const row of layout.checks.rows) {
    if (row.subject.kind !== "identity" && row.subject.kind !== "carryOver") continue;
    const raw = get(layout.checks.sheet, `${layout.checks.columns.addin}${row.row}`);
    const actual = raw instanceof DetailedCellError ? raw.value : typeof raw === "number" ? Math.round(raw * 1e6) / 1e6 : raw;
    const expected = row.subject.kind === "carryOver" && !carryOverApplies(report, lastYear) ? RESULT.notApplicable : expectedAddin(row, report, lastYear);
    if (actual !== expected) out.push(`row ${row.row} ${row.label}: add-in ${JSON.stringify(actual)} ≠ core ${JSON.stringify(expected)}`);
    // Where the add-in answers, it agrees with the native 差额 next to it.
    const native = get(layout.checks.sheet, `${layout.checks.columns.diff}${row.row}`);
    if (typeof actual === "number" && actual !== native) out.push(`row ${row.row} ${row.label}: add-in ${actual} ≠ native 差额 ${JSON.stringify(native)}`);
  }
  return out;
}

describe("recalculated with the add-in's functions (HyperFormula)", () => {
  test.each([
    ["huaian-2024", "2021"],
    ["yuyao-2020", "2019"],
  ] as const)("%s: every add-in cell is 0 and equals the native 差额", async (name, edition) => {
    const report = toReport(fixtureInput(name));
    const layout = templateLayout(edition);
    const { get } = await recalculate(await templateBuffer(edition, report));
    expect(addinDisagreements(layout, get, report)).toEqual([]);
    // Identities all hold (0); without 上年数据 the carry-over rows do not apply (「—」, as the native 结果 says).
    const values = addinCells(layout).map((c) => get(layout.checks.sheet, c.address));
    expect(new Set(values)).toEqual(new Set([0, RESULT.notApplicable]));
  });

  test("planted: 行政复议 总计 350 and last year's 结转下年度 off by 4 in 自然人", async () => {
    const input = fixtureInput("huaian-2024");
    input.rows["t4.cases"][4] = 350;
    const report = toReport(input);
    const lastYear = toReport({ meta: { agency: "淮安市人民政府", reportYear: 2023 }, rows: { "t3.carryForward": [30, 0, 0, 0, 0, 0, 34] } });
    const layout = templateLayout("2021");
    const { get } = await recalculate(await templateBuffer("2021", report, lastYear));
    expect(addinDisagreements(layout, get, report, lastYear)).toEqual([]);
    const nonZero = layout.checks.rows
      .map((r) => ({ label: r.label, v: get(layout.checks.sheet, `${layout.checks.columns.addin}${r.row}`) }))
      .filter((x) => typeof x.v === "number" && x.v !== 0);
    expect(nonZero).toEqual([
      { label: "行政复议", v: 1 },
      { label: "「自然人」列", v: 4 },
    ]);
  });

  test("text in a cell: #VALUE! naming the cell in the column that reads it (its own identity row is open: 「…」)", async () => {
    const input = fixtureInput("huaian-2024");
    input.rows["t3.disclosed"][1] = "见附件";
    const report = toReport(input);
    const layout = templateLayout("2021");
    const { get } = await recalculate(await templateBuffer("2021", report));
    expect(addinDisagreements(layout, get, report)).toEqual([]);
    const commercial = layout.checks.rows.find((r) => r.subject.kind === "identity" && r.subject.check.rule.id === "t3.columnBalance" && r.subject.check.column?.key === "commercial");
    const cell = get(layout.checks.sheet, `${layout.checks.columns.addin}${commercial?.row}`) as DetailedCellError;
    expect(cell).toBeInstanceOf(DetailedCellError);
    // BALANCE sees one column of the table: the row names the cell (the 校验 row says which column).
    expect([cell.value, cell.message]).toEqual(["#VALUE!", "表三「（一）予以公开」行填的是「见附件」，不是数字，无法核对；请填写数字，没有发生的填0。"]);
  });

  test.each(["2021", "2019"] as const)("%s格式: random reports, every add-in cell agrees with the core", async (edition: EditionId) => {
    const layout = templateLayout(edition);
    const workbook = await recalculate(await templateBuffer(edition));
    const started = Date.now();
    let runs = 0;
    // Bounded: 20 seeds always (a loaded machine must not make the test fail), up to 60 while within 3 s.
    for (let seed = 1; seed <= 60 && (seed <= 20 || Date.now() - started < 3000); seed++, runs++) {
      const { report, lastYear } = randomCase(edition, seed * 104729 + (edition === "2019" ? 3 : 4));
      const cells: { sheet: string; address: string; value: string | number | null }[] = [];
      for (const [key, ref] of Object.entries(layout.cellMap)) cells.push({ ...ref, value: contentOf(report.cells[key]?.raw ?? "") ?? null });
      for (const [key, ref] of Object.entries(layout.lastYear.cells)) cells.push({ ...ref, value: contentOf(lastYear?.cells[key]?.raw ?? "") ?? null });
      cells.push({ ...layout.meta.reportYear, value: report.meta.reportYear });
      workbook.set(cells);
      const problems = addinDisagreements(layout, workbook.get, report, lastYear);
      if (problems.length) throw new Error(`seed ${seed}:\n${problems.join("\n")}`);
    }
    expect(runs).toBeGreaterThanOrEqual(20);
  });
});
