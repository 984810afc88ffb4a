import { checkNarrative, validate } from "../../src/core";
import type { Finding, Report } from "../../src/core";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * Every tolerance of the narrative checker at its exact boundary: what is accepted and what is one unit off in the
 * last digit written, both directions. A percentage agrees when it is count ÷ base rounded half up or cut off at the
 * decimals written (report-format.md §6 rule 12); an amount in 万元 likewise; a count must be exact; duplication warns
 * above 50%, not at it. Each expected value below is worked out by hand (the arithmetic is in the comments).
 */

const REQUESTS = "三、收到和处理政府信息公开申请情况";
const brief = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => [f.expected, f.actual]);

/** 淮安 2024's tables with 表三（一）予以公开 总计 = count and （七）总计 = base, and one sentence stating the share. */
function shareFindings(count: number, base: number, percent: string): Finding[] {
  const input = fixtureInput("huaian-2024");
  input.rows["t3.disclosed"][6] = count;
  input.rows["t3.total"][6] = base;
  input.narrative = { sections: [{ heading: REQUESTS, body: `本年度办结${base}件，其中予以公开${count}件，占${percent}。` }] };
  return checkNarrative(toReport(input));
}

describe("shares 「占X%」: rounded (or, with a warning, cut off) at the decimals written, nothing else", () => {
  // [count, base, accepted, rejected (one unit off in the last digit written, each side of what is accepted)]
  const cases: [number, number, string[], string[]][] = [
    // 1362 ÷ 3050 = 44.6557…%: rounded 44.66 / 44.7 / 45, cut off 44.65 / 44.6 / 44
    [1362, 3050, ["44.66%", "44.65%", "44.7%", "44.6%", "45%", "44%"], ["44.67%", "44.64%", "44.8%", "44.5%", "46%", "43%"]],
    // 1 ÷ 8 = 12.5% exactly: 12.50 / 12.5 at two and one decimals; at none, 13 (half up) or 12 (cut off)
    [1, 8, ["12.50%", "12.5%", "13%", "12%"], ["12.51%", "12.49%", "12.6%", "12.4%", "14%", "11%"]],
    // 2 ÷ 3 = 66.666…%: rounded 66.67 / 66.7 / 67, cut off 66.66 / 66.6 / 66
    [2, 3, ["66.67%", "66.66%", "66.7%", "66.6%", "67%", "66%"], ["66.68%", "66.65%", "66.8%", "66.5%", "68%", "65%"]],
    // all and nothing: 100% and 0% exactly
    [3050, 3050, ["100.00%", "100.0%", "100%"], ["100.01%", "99.99%", "99.9%", "101%", "99%"]],
    [0, 3050, ["0.00%", "0.0%", "0%"], ["0.01%", "0.1%", "1%"]],
  ];

  test.each(cases)("%i ÷ %i", (count, base, accepted, rejected) => {
    for (const percent of accepted) expect([percent, brief(shareFindings(count, base, percent), "narrative.shareMismatch")]).toEqual([percent, []]);
    for (const percent of rejected) {
      const found = brief(shareFindings(count, base, percent), "narrative.shareMismatch");
      expect([percent, found.length, found[0]?.[1]]).toEqual([percent, 1, percent]);
    }
  });

  test("cut off rather than rounded: not an error, a warning quoting the rounded value; rounded: nothing", () => {
    const truncated = (count: number, base: number, percent: string) => brief(shareFindings(count, base, percent), "narrative.shareTruncated");
    expect(truncated(1362, 3050, "44.65%")).toEqual([["44.66%", "44.65%"]]);
    expect(truncated(1362, 3050, "44.6%")).toEqual([["44.7%", "44.6%"]]);
    expect(truncated(1362, 3050, "44%")).toEqual([["45%", "44%"]]);
    expect(truncated(1, 8, "12%")).toEqual([["13%", "12%"]]);
    expect(truncated(2, 3, "66.66%")).toEqual([["66.67%", "66.66%"]]);
    for (const [count, base, rounded] of [[1362, 3050, "44.66%"], [1362, 3050, "44.7%"], [1362, 3050, "45%"], [1, 8, "12.5%"], [1, 8, "13%"], [2, 3, "66.67%"]] as const) {
      expect([rounded, truncated(count, base, rounded)]).toEqual([rounded, []]);
    }
  });

  test("the expected share is quoted rounded half up at the decimals written", () => {
    expect(brief(shareFindings(1362, 3050, "44.67%"), "narrative.shareMismatch")).toEqual([["44.66%", "44.67%"]]);
    expect(brief(shareFindings(1362, 3050, "44.8%"), "narrative.shareMismatch")).toEqual([["44.7%", "44.8%"]]);
    expect(brief(shareFindings(1, 8, "14%"), "narrative.shareMismatch")).toEqual([["13%", "14%"]]);
  });
});

describe("changes 「较上年增长/下降X%」: the same precision rule, and the direction must be right", () => {
  /** This year's 结转下年度 (总计) `current` against last year's `last`, stated as `change`. */
  function changeFindings(current: number, last: number, change: string): Finding[] {
    const input = fixtureInput("huaian-2024");
    input.rows["t3.carryForward"][6] = current;
    input.narrative = { sections: [{ heading: REQUESTS, body: `本年度办结3050件，结转下年度继续办理${current}件，${change}。` }] };
    const lastYear = toReport({ meta: { agency: "淮安市人民政府", reportYear: 2023, edition: "2021" }, rows: { "t3.carryForward": [0, 0, 0, 0, 0, 0, last] } });
    return checkNarrative(toReport(input), { lastYear });
  }
  const mismatches = (current: number, last: number, change: string) => brief(changeFindings(current, last, change), "narrative.changeMismatch");

  test("103 against 97: +6 ÷ 97 = 6.1855…% — 6.19 / 6.2 / 6 rounded, 6.18 / 6.1 / 6 cut off", () => {
    for (const ok of ["较上年增长6.19%", "较上年增长6.18%", "较上年增长6.2%", "较上年增长6.1%", "较上年增长6%"]) expect([ok, mismatches(103, 97, ok)]).toEqual([ok, []]);
    expect(mismatches(103, 97, "较上年增长6.20%")).toEqual([["较上年增长6.19%", "较上年增长6.20%"]]);
    expect(mismatches(103, 97, "较上年增长6.17%")).toEqual([["较上年增长6.19%", "较上年增长6.17%"]]);
    expect(mismatches(103, 97, "较上年增长6.3%")).toEqual([["较上年增长6.2%", "较上年增长6.3%"]]);
    expect(mismatches(103, 97, "较上年增长6.0%")).toEqual([["较上年增长6.2%", "较上年增长6.0%"]]);
    expect(mismatches(103, 97, "较上年增长7%")).toEqual([["较上年增长6%", "较上年增长7%"]]);
    expect(mismatches(103, 97, "较上年增长5%")).toEqual([["较上年增长6%", "较上年增长5%"]]);
  });

  test("the right figure in the wrong direction is wrong: 下降6.2% for a rise of 6.2%", () => {
    expect(mismatches(103, 97, "较上年下降6.2%")).toEqual([["较上年增长6.2%", "较上年下降6.2%"]]);
  });

  test("97 against 103: −6 ÷ 103 = 5.825…% — 下降5.8% only at one decimal", () => {
    expect(mismatches(97, 103, "较上年下降5.8%")).toEqual([]);
    expect(mismatches(97, 103, "较上年下降5.9%")).toEqual([["较上年下降5.8%", "较上年下降5.9%"]]);
    expect(mismatches(97, 103, "较上年下降5.7%")).toEqual([["较上年下降5.8%", "较上年下降5.7%"]]);
  });

  test("no change is 「与上年持平」; a 0.1% change of nothing is not", () => {
    expect(mismatches(100, 100, "与上年持平")).toEqual([]);
    expect(mismatches(100, 100, "较上年增长0.1%")).toEqual([["与上年持平", "较上年增长0.1%"]]);
    // 100 against 90 is a rise: 「与上年持平」 is wrong. (What the finding quotes as expected is not pinned here: today
    // it repeats 「与上年持平」 rather than 「较上年增长11.1%」.)
    expect(mismatches(100, 90, "与上年持平")).toHaveLength(1);
  });
});

describe("amounts and counts as written", () => {
  /** 信息处理费 of `yuan` 元 (基本信息), stated in 六 as `sentence`. */
  function feeFindings(yuan: number, sentence: string): Finding[] {
    const input = fixtureInput("huaian-2024");
    input.meta.informationFeeYuan = yuan;
    input.narrative = { sections: [{ heading: "六、其他需要报告的事项", body: sentence }] };
    return checkNarrative(toReport(input));
  }
  const fee = (yuan: number, written: string) => brief(feeFindings(yuan, `全年收取信息处理费${written}。`), "narrative.figureMismatch");

  test("3950元 in 万元: 0.395 — 0.40 / 0.4 rounded, 0.39 / 0.3 cut off; one unit further is wrong", () => {
    for (const ok of ["0.40万元", "0.39万元", "0.4万元", "0.3万元"]) expect([ok, fee(3950, ok)]).toEqual([ok, []]);
    expect(fee(3950, "0.41万元")).toEqual([[0.395, 0.41]]);
    expect(fee(3950, "0.38万元")).toEqual([[0.395, 0.38]]);
    expect(fee(3950, "0.5万元")).toEqual([[0.395, 0.5]]);
    expect(fee(3950, "0.2万元")).toEqual([[0.395, 0.2]]);
  });

  test("in 元 the amount is exact: 3950元 and 3950.0元, not 3949元 or 3951元", () => {
    expect(fee(3950, "3950元")).toEqual([]);
    expect(fee(3950, "3950.0元")).toEqual([]);
    expect(fee(3950, "3949元")).toEqual([[3950, 3949]]);
    expect(fee(3950, "3951元")).toEqual([[3950, 3951]]);
  });

  test("a count is exact: 办结3050件 agrees, 3049件 and 3051件 do not", () => {
    const stated = (n: number) => {
      const input = fixtureInput("huaian-2024");
      input.narrative = { sections: [{ heading: REQUESTS, body: `本年度办结${n}件。` }] };
      return brief(checkNarrative(toReport(input)), "narrative.figureMismatch");
    };
    expect(stated(3050)).toEqual([]);
    expect(stated(3049)).toEqual([[3050, 3049]]);
    expect(stated(3051)).toEqual([[3050, 3051]]);
  });
});

describe("duplication warns above 50% of the written text, not at 50%", () => {
  const FIVE = "五、存在的主要问题及改进情况";
  // Sentences of known length (characters, punctuation not counted): the copied one is 15.
  const COPIED = "本年度政务公开工作取得明显成效。";
  const NEW = { 14: "明年将加强培训并完善考核机制。", 15: "下一步将加强培训并完善考核机制。", 16: "明年将加强人员培训并完善考核机制。" };

  function duplication(newSentence: string): Finding[] {
    const report = (year: number, body: string): Report => {
      const input = fixtureInput("huaian-2024");
      input.meta.reportYear = year;
      input.narrative = { sections: [{ heading: FIVE, body }] };
      return toReport(input);
    };
    const findings = validate(report(2024, COPIED + newSentence), { lastYear: report(2023, `${COPIED}去年还开展了专项检查工作。`) });
    return findings.filter((f) => f.rule === "narrative.duplication");
  }

  test("15 of 30 characters copied (exactly 50%): no warning", () => {
    expect(duplication(NEW[15])).toEqual([]);
  });

  test("15 of 29 (51.7%): a warning; 15 of 31 (48.4%): none", () => {
    expect(duplication(NEW[14]).map((f) => [f.expected, f.actual])).toEqual([["≤50%", "51.7%"]]);
    expect(duplication(NEW[16])).toEqual([]);
  });
});
