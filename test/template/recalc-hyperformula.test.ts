import { RESULT, templateLayout } from "../../src/core";
import type { EditionId, Report } from "../../src/core";
import { contentOf } from "../../src/core/template/fill";
import { disagreements, failingIdentities } from "../helpers/agreement";
import { recalculate } from "../helpers/hyperformula";
import { randomCase } from "../helpers/random";
import { fixtureInput, toReport } from "../helpers/reports";
import { templateBuffer } from "../helpers/workbook";

/**
 * The generated workbook recalculated in HyperFormula: every native 校验 row agrees with validate() on the real
 * fixtures, on planted errors, and on many random reports (HyperFormula is a test-only GPL devDependency).
 */

async function nativeOf(edition: EditionId, report: Report, lastYear?: Report) {
  const recalculated = await recalculate(await templateBuffer(edition, report, lastYear));
  return { layout: templateLayout(edition), get: recalculated.get };
}

describe("fixtures recalculated in HyperFormula", () => {
  test.each([
    ["huaian-2024", "2021"],
    ["yuyao-2020", "2019"],
  ] as const)("%s: every check row agrees with validate(), verdict 全部勾稽关系成立", async (name, edition) => {
    const report = toReport(fixtureInput(name));
    const { layout, get } = await nativeOf(edition, report);
    expect(disagreements(layout, get, report)).toEqual([]);
    expect(get(layout.checks.sheet, layout.checks.verdict.address)).toBe("全部勾稽关系成立");
    expect(failingIdentities(layout, get)).toEqual([]);
  });
});

describe("planted errors", () => {
  test("淮安 with 行政复议 总计 350 (should be 351): exactly that identity fails, 相差1", async () => {
    const input = fixtureInput("huaian-2024");
    input.rows["t4.cases"][4] = 350;
    const report = toReport(input);
    const { layout, get } = await nativeOf("2021", report);
    expect(failingIdentities(layout, get)).toEqual(["t4.groupTotal t4.cases|review.total"]);
    const row = layout.checks.rows.find((r) => r.subject.kind === "identity" && r.subject.check.anchor === "t4.cases|review.total");
    const at = (c: string) => get(layout.checks.sheet, `${layout.checks.columns[c]}${row?.row}`);
    expect([at("left"), at("right"), at("diff"), at("result")]).toEqual([350, 351, 1, RESULT.error]);
    expect(get(layout.checks.sheet, layout.checks.verdict.address)).toBe("共1处不一致");
    expect(disagreements(layout, get, report)).toEqual([]);
  });

  test("淮安 with 新收 自然人 3002: the column balance and the row total fail, with the core's differences", async () => {
    const input = fixtureInput("huaian-2024");
    input.rows["t3.newReceived"][0] = 3002;
    const report = toReport(input);
    const { layout, get } = await nativeOf("2021", report);
    expect(failingIdentities(layout, get).sort()).toEqual(["t3.applicantTotal t3.newReceived|total", "t3.columnBalance t3.carryForward|naturalPerson"]);
    expect(get(layout.checks.sheet, layout.checks.verdict.address)).toBe("共2处不一致");
    expect(disagreements(layout, get, report)).toEqual([]);
  });

  test("余姚 with text, 「/」, a negative and a decimal: the hygiene rows count them as validate() does", async () => {
    const input = fixtureInput("yuyao-2020");
    input.rows["t3.disclosed"][0] = "/";
    input.rows["t3.disclosed"][1] = "见附件";
    input.rows["t4.cases"][0] = -1;
    input.rows["t2.licensing"][0] = "1.5";
    const report = toReport(input);
    const { layout, get } = await nativeOf("2019", report);
    const count = (table: string, id: string) => {
      const row = layout.checks.rows.find((r) => r.subject.kind === "cells" && r.subject.table === table && r.subject.count === id);
      return get(layout.checks.sheet, `${layout.checks.columns.left}${row?.row}`);
    };
    expect([count("t3", "missing"), count("t3", "text"), count("t4", "negative"), count("t2", "decimal")]).toEqual([1, 1, 1, 1]);
    expect(disagreements(layout, get, report)).toEqual([]);
  });

  test("上年数据 that does not match 上年结转 fails the cross-year row; blank 上年数据 is 「—」", async () => {
    const report = toReport(fixtureInput("huaian-2024"));
    const last = toReport({ meta: { agency: "淮安市人民政府", reportYear: 2023, edition: "2021" }, rows: { "t3.carryForward": [30, 0, 0, 0, 0, 0, 30] } });
    const { layout, get } = await nativeOf("2021", report, last);
    const carry = layout.checks.rows.filter((r) => r.subject.kind === "carryOver");
    const results = carry.map((r) => get(layout.checks.sheet, `${layout.checks.columns.result}${r.row}`));
    expect(results).toEqual(["✗", "✓", "✓", "✓", "✓", "✓", "✗"]);
    expect(disagreements(layout, get, report, last)).toEqual([]);
    const blank = await nativeOf("2021", report);
    expect(carry.map((r) => blank.get(layout.checks.sheet, `${layout.checks.columns.result}${r.row}`))).toEqual(Array(7).fill("—"));
  });
});

describe("native ≡ core on random reports", () => {
  // Bounded: as many of 100 seeds as fit in 5 s (≈ 50 ms each), at least 40.
  test.each(["2019", "2021"] as const)("%s格式: random reports, every row agrees", async (edition) => {
    const layout = templateLayout(edition);
    const workbook = await recalculate(await templateBuffer(edition));
    const started = Date.now();
    let runs = 0;
    for (let seed = 1; seed <= 100 && (seed <= 40 || Date.now() - started < 5000); seed++, runs++) {
      const { report, lastYear } = randomCase(edition, seed * 7919 + (edition === "2019" ? 1 : 2));
      const cells: { sheet: string; address: string; value: string | number | null }[] = [];
      for (const [key, ref] of Object.entries(layout.cellMap)) cells.push({ ...ref, value: contentOf(report.cells[key]?.raw ?? "") ?? null });
      for (const [key, ref] of Object.entries(layout.lastYear.cells)) cells.push({ ...ref, value: contentOf(lastYear?.cells[key]?.raw ?? "") ?? null });
      cells.push({ ...layout.meta.reportYear, value: report.meta.reportYear }, { ...layout.meta.agency, value: report.meta.agency || null });
      workbook.set(cells);
      const problems = disagreements(layout, workbook.get, report, lastYear);
      if (problems.length) throw new Error(`seed ${seed}:\n${problems.join("\n")}`);
    }
    expect(runs).toBeGreaterThanOrEqual(40);
  });
});
