import { draftToNarrative, generateNarrative, measureDuplication, validate } from "../../src/core";
import type { Report } from "../../src/core";
import { fixtureInput, toReport } from "../helpers/reports";

/** Duplication against last year's text (report-format.md §6 rule 8): a warning above 50%. */

const narrativeOf = (name: "huaian-2024" | "yuyao-2020") => toReport(fixtureInput(name)).narrative!;

/** 淮安's text as a 2023 report: numbers changed, words copied (the complaint evaluators make). */
function copiedLastYear() {
  const input = fixtureInput("huaian-2024");
  input.meta.reportYear = 2023;
  input.rows["t3.carryForward"] = [34, 0, 0, 0, 0, 0, 34];
  input.rows["t2.regulations"] = [1, 1, 10];
  input.rows["t2.normativeDocuments"] = [10, 2, 84];
  for (const section of input.narrative!.sections!) {
    section.body = section.body.replace(/2024/g, "2023").replace(/\d+(?=件|个|期|场|次|余条|元)/g, (d) => String(Number(d) + 7));
  }
  return toReport(input);
}

describe("measureDuplication", () => {
  test("the same text is 100% reused", () => {
    const d = measureDuplication(narrativeOf("huaian-2024"), narrativeOf("huaian-2024"));
    expect(d.share).toBe(1);
    expect(d.reusedChars).toBe(d.totalChars);
  });

  test("numbers updated, words copied: still copied (digits are masked)", () => {
    expect(measureDuplication(narrativeOf("huaian-2024"), copiedLastYear().narrative!).share).toBe(1);
  });

  test("two different agencies' reports share almost nothing", () => {
    expect(measureDuplication(narrativeOf("huaian-2024"), narrativeOf("yuyao-2020")).share).toBeLessThan(0.1);
  });

  test("half rewritten: the share counts characters of reused sentences only", () => {
    const current = narrativeOf("huaian-2024");
    const rewritten = { ...current, sections: current.sections.map((s) => (s.heading.startsWith("一") ? { ...s, body: "本年度全面重写了总体情况部分的内容，没有沿用上年的表述方式。" } : s)) };
    const d = measureDuplication(rewritten, current);
    // Only 五 and 六 are reused: their characters over all written characters.
    expect(d.share).toBeGreaterThan(0.5);
    expect(d.share).toBeLessThan(1);
    expect(d.worstSection).toBe("五、存在的主要问题及改进情况");
  });

  test("the generator's own drafts of consecutive years stay under the limit (a wording per year)", () => {
    const report = toReport(fixtureInput("huaian-2024"));
    const last = { ...report, meta: { ...report.meta, reportYear: 2023 } } as Report;
    const d = measureDuplication(draftToNarrative(generateNarrative(report)), draftToNarrative(generateNarrative(last)));
    expect(d.share).toBeLessThanOrEqual(0.5);
  });
});

describe("validate() with last year's report", () => {
  test("copied text: one narrative.duplication warning naming the share and the worst section", () => {
    const findings = validate(toReport(fixtureInput("huaian-2024")), { lastYear: copiedLastYear() });
    expect(findings.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([["narrative.duplication", "warning", "≤50%", "100.0%"]]);
    expect(findings[0].message).toMatch(/^正文与2023年报告重复100\.0%（\d+字\/\d+字所在的句子与上年相同或几乎相同，数字不计），超过50%；重复最多的是「一、总体情况」。/);
  });

  test("last year without text: no duplication check", () => {
    const last = copiedLastYear();
    delete last.narrative;
    expect(validate(toReport(fixtureInput("huaian-2024")), { lastYear: last })).toEqual([]);
  });
});
