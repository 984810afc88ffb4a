import { compareSums, sumDifference, validate } from "../../src/core";
import type { Finding, Report } from "../../src/core";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * The table rules at their exact edges: identities compared to the last fraction (only binary noise is forgiven),
 * editions at the first and last years they cover, the cross-year rules at the years they start and across the
 * 2020→2021 change. Expected values are worked out by hand from the fixtures (the sums are in the comments).
 */

type Input = ReturnType<typeof fixtureInput>;
const rules = (findings: readonly Finding[], ...ids: string[]) => findings.filter((f) => ids.includes(f.rule));
const tablesOf = (name: "huaian-2024" | "yuyao-2020", edit?: (input: Input) => void): Report => {
  const input = fixtureInput(name);
  delete input.narrative;
  edit?.(input);
  return toReport(input);
};

describe("identities are exact: a fraction off is off", () => {
  // 表三 自然人: 一 3001 + 二 34 = 3035 = （七）2932 + 四 103; 新收 row: 3001 + 53 + 0 + 0 + 61 + 4 = 3119.
  test("新收 自然人 3001.5: 表三 自然人 column and 新收 row each off by 0.5, the cell named (and it is not a whole number)", () => {
    const findings = validate(tablesOf("huaian-2024", (i) => (i.rows["t3.newReceived"][0] = 3001.5)));
    expect(findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ["cell.notInteger", null, 3001.5],
      ["t3.columnBalance", 3035, 3035.5],
      ["t3.applicantTotal", 3119.5, 3119],
      // The row and the column are off by the same 0.5 and cross at this cell: it is named, 3001 expected.
      ["identity.slip", 3001, 3001.5],
    ]);
    expect(findings[1].message).toContain("相差0.5");
  });

  test("off by 0.001: still reported, with the difference as it is", () => {
    const findings = rules(validate(tablesOf("huaian-2024", (i) => (i.rows["t3.newReceived"][0] = 3001.001))), "t3.columnBalance");
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([[3035, 3035.001]]);
    expect(findings[0].message).toContain("相差0.001");
  });

  test("compareSums forgives binary noise below 10⁻⁶ (as the template's ROUND does), nothing more", () => {
    expect(compareSums(0.1 + 0.2, 0.3)).toMatchObject({ holds: true, difference: 0 });
    expect(compareSums(1, 1.0000004)).toMatchObject({ holds: true, difference: 0 });
    expect(compareSums(1, 1.000001)).toMatchObject({ holds: false, difference: 0.000001 });
    expect(compareSums(3119, 3119.5)).toMatchObject({ holds: false, difference: 0.5 });
    expect(compareSums(3119, 3120)).toMatchObject({ holds: false, difference: 1 });
  });

  test("the worksheet's SUMCHECK difference (total − Σ parts) keeps the fraction and its sign", () => {
    expect(sumDifference(3119, [[3001.5, 53, 0, 0, 61, 4]])).toEqual({ ok: true, value: -0.5 });
    expect(sumDifference(3119, [[3001, 53, 0, 0, 61, 3.75]])).toEqual({ ok: true, value: 0.25 });
    expect(sumDifference(3119, [[3001, 53, 0, 0, 61, 4]])).toEqual({ ok: true, value: 0 });
  });
});

describe("cells at their edges: counts are whole and not negative; 0 is a count", () => {
  const cellRules = (report: Report) => rules(validate(report), "cell.negative", "cell.notInteger").map((f) => [f.rule, f.location.row, f.actual]);
  const newReceivedCommercial = (value: number) => tablesOf("huaian-2024", (i) => (i.rows["t3.newReceived"][1] = value));

  test("表三 新收 商业企业 0 is fine; −1 is negative; 0.5 and 1.000001 are not whole", () => {
    expect(cellRules(newReceivedCommercial(0))).toEqual([]);
    expect(cellRules(newReceivedCommercial(-1))).toEqual([["cell.negative", "一、本年新收政府信息公开申请数量", -1]]);
    expect(cellRules(newReceivedCommercial(0.5))).toEqual([["cell.notInteger", "一、本年新收政府信息公开申请数量", 0.5]]);
    expect(cellRules(newReceivedCommercial(1.000001))).toEqual([["cell.notInteger", "一、本年新收政府信息公开申请数量", 1.000001]]);
  });

  test("where the format allows them: 2019格式 本年增/减 may be negative (余姚: 行政许可 −3, 行政处罚 −180); 万元 amounts may be fractions", () => {
    expect(cellRules(tablesOf("yuyao-2020"))).toEqual([]);
    expect(cellRules(tablesOf("yuyao-2020", (i) => (i.rows["t2.licensing"][1] = -1)))).toEqual([]);
    expect(cellRules(tablesOf("huaian-2024", (i) => (i.rows["t2.fees"][0] = 0.5)))).toEqual([]);
  });
});

describe("editions at the edges of their years: 2019格式 for 2019–2020, 2021格式 from 2021", () => {
  const mismatch = (report: Report) => rules(validate(report), "edition.yearMismatch").map((f) => [f.expected, f.actual]);

  test("a 2019格式 report (余姚) dated 2019 and 2020 is right; dated 2021 it is the wrong format", () => {
    expect(mismatch(tablesOf("yuyao-2020", (i) => (i.meta.reportYear = 2019)))).toEqual([]);
    expect(mismatch(tablesOf("yuyao-2020"))).toEqual([]);
    expect(mismatch(tablesOf("yuyao-2020", (i) => (i.meta.reportYear = 2021)))).toEqual([["2021", "2019"]]);
  });

  test("a 2021格式 report (淮安) dated 2021 and 2030 is right; dated 2020 or 2019 it is the wrong format", () => {
    expect(mismatch(tablesOf("huaian-2024", (i) => (i.meta.reportYear = 2021)))).toEqual([]);
    expect(mismatch(tablesOf("huaian-2024", (i) => (i.meta.reportYear = 2030)))).toEqual([]);
    expect(mismatch(tablesOf("huaian-2024", (i) => (i.meta.reportYear = 2020)))).toEqual([["2019", "2021"]]);
    expect(mismatch(tablesOf("huaian-2024", (i) => (i.meta.reportYear = 2019)))).toEqual([["2019", "2021"]]);
  });

  test("before 2019 no format is known: the edition is not judged", () => {
    expect(mismatch(tablesOf("yuyao-2020", (i) => (i.meta.reportYear = 2018)))).toEqual([]);
    expect(mismatch(tablesOf("huaian-2024", (i) => (i.meta.reportYear = 2018)))).toEqual([]);
  });

  test("citing 〔2019〕60号 is right in a 2020 report and superseded in a 2021 one", () => {
    const yuyao = (year: number) => {
      const input = fixtureInput("yuyao-2020");
      input.meta.reportYear = year;
      input.narrative!.preamble = `根据《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求编制本报告。${input.narrative!.preamble}`;
      return rules(validate(toReport(input)), "narrative.supersededFormat").map((f) => [f.expected, f.actual]);
    };
    expect(yuyao(2020)).toEqual([]);
    expect(yuyao(2021)).toEqual([["国办公开办函〔2021〕30号", "国办公开办函〔2019〕60号"]]);
  });
});

describe("cross-year rules at their first years", () => {
  /** 余姚 2020's tables as `year`, and its own tables as last year's with 结转下年度 set to `carryForward` (总计 column). */
  const carryOver = (year: number, carryForward: number) => {
    const current = tablesOf("yuyao-2020", (i) => (i.meta.reportYear = year));
    const last = tablesOf("yuyao-2020", (i) => {
      i.meta.reportYear = year - 1;
      i.rows["t3.carryForward"] = [carryForward, 0, 0, 0, 0, 0, carryForward];
    });
    return rules(validate(current, { lastYear: last }), "crossYear.carryOver").map((f) => [f.location.column, f.expected, f.actual]);
  };

  test("上年结转: checked from the 2020 report on (against 2019's), not for 2019 (the 2018 report had no 表三)", () => {
    const carried = fixtureInput("yuyao-2020").rows["t3.carriedOver"];
    expect(carried[0]).toBe(carried[6]);
    const off = Number(carried[6]) + 1;
    expect(carryOver(2020, off)).toEqual([
      ["自然人", off, Number(carried[0])],
      ["总计", off, Number(carried[6])],
    ]);
    expect(carryOver(2019, off)).toEqual([]);
  });

  test("现行有效 chain: 2022 against 2021 (both 2021格式) is checked; 2021 against 2020 (2019格式) never", () => {
    // 淮安 2024's 规章: 1 制发, 0 废止, 11 现行有效; last year's 9 makes 9 + 1 − 0 = 10 ≠ 11.
    const as = (year: number) => tablesOf("huaian-2024", (i) => (i.meta.reportYear = year));
    const last2021 = tablesOf("huaian-2024", (i) => {
      i.meta.reportYear = 2021;
      i.rows["t2.regulations"] = [0, 0, 9];
      i.rows["t2.normativeDocuments"] = [10, 2, 84]; // 84 + 8 − 26 = 66: agrees
    });
    expect(rules(validate(as(2022), { lastYear: last2021 }), "crossYear.inForceChain").map((f) => [f.expected, f.actual])).toEqual([[10, 11]]);
    const last2020 = tablesOf("yuyao-2020");
    expect(rules(validate(as(2021), { lastYear: last2020 }), "crossYear.inForceChain")).toEqual([]);
  });

  test("last year's report must be the year before: the same year and two years back are not compared", () => {
    const current = tablesOf("huaian-2024");
    const dated = (year: number) => tablesOf("huaian-2024", (i) => (i.meta.reportYear = year));
    const notPrevious = (last: Report) => rules(validate(current, { lastYear: last }), "crossYear.notPreviousYear", "crossYear.carryOver", "crossYear.inForceChain");
    expect(notPrevious(dated(2023)).map((f) => f.rule)).not.toContain("crossYear.notPreviousYear");
    expect(notPrevious(dated(2022)).map((f) => [f.rule, f.expected, f.actual])).toEqual([["crossYear.notPreviousYear", 2023, 2022]]);
    expect(notPrevious(dated(2024)).map((f) => [f.rule, f.expected, f.actual])).toEqual([["crossYear.notPreviousYear", 2023, 2024]]);
  });
});
