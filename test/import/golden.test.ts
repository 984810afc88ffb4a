import * as fs from "node:fs";
import * as path from "node:path";
import { validate } from "../../src/core";
import { importText } from "../../src/core/import";
import { SIX_HEADINGS } from "../helpers/reports";
import { PUBLISHED, transcribed } from "./helpers";

/**
 * Golden imports of the two real published reports (test/fixtures/published): every cell exactly as transcribed by
 * reading (test/fixtures/reports), the report's own metadata, and its sections split where the text puts them.
 * Expected headings and bodies below were written by reading the documents.
 */

const huaianText = fs.readFileSync(path.join(PUBLISHED, "huaian-shizhengfu-2024.txt"), "utf8");
const yuyaoText = fs.readFileSync(path.join(PUBLISHED, "yuyao-yingjiju-2020.txt"), "utf8");

function imported(text: string) {
  const result = importText(text);
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

describe("淮安市人民政府 2024 — text extracted from the published PDF", () => {
  const report = imported(huaianText);
  const expected = transcribed("huaian-2024");

  test("every cell as transcribed, nothing more", () => {
    expect(report.cells).toEqual(expected.cells);
  });

  test("agency, year, edition and contact from the title and preamble (a published report states no 层级)", () => {
    const { agency, reportYear, edition, contact } = expected.meta;
    expect(report.meta).toEqual({ agency, reportYear, edition, contact });
  });

  test("nothing it could not read; validates clean like the transcription", () => {
    expect(report.inputProblems).toEqual([]);
    expect(report.sourceLabels).toBeUndefined();
    expect(validate(report)).toEqual([]);
  });

  test("six sections; tables are not narrative; hard line breaks rejoined", () => {
    const narrative = report.narrative!;
    expect(narrative.title).toBe("淮安市人民政府\n2024 年政府信息公开工作年度报告");
    expect(narrative.preamble).toContain("请与淮安市人民政府办公室联系（地址：淮安市翔宇南道 1 号，邮编：223001，电话：0517-83605210，电子邮箱：hazwgkc@163.com）。");
    expect(narrative.sections.map((s) => s.heading)).toEqual(SIX_HEADINGS);
    const [overview, proactive, requests, review, problems, other] = narrative.sections.map((s) => s.body);
    expect(overview.split("\n").map((p) => p.slice(0, 9))).toEqual([
      "2024 年，我市",
      "（一）主动公开情况",
      "（二）依申请公开情",
      "（三）政府信息管理",
      "（四）政府信息公开",
      "（五）政府信息公开",
    ]);
    // A sentence the PDF broke over two lines (「答\n复 3050 件」) reads whole.
    expect(overview).toContain("全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）");
    expect([proactive, requests, review]).toEqual(["", "", ""]);
    expect(problems.startsWith("对照上级新要求和公众新期待，还有一些需要加强和改进的地方。")).toBe(true);
    expect(other).toBe("2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。");
    // Page markers are gone.
    expect(JSON.stringify(narrative)).not.toMatch(/- \d+ -/);
  });
});

describe("余姚市应急管理局 2020 — web page copied as text, one table cell per line", () => {
  const report = imported(yuyaoText);
  const expected = transcribed("yuyao-2020");

  test("every cell as transcribed (「-3」「+3」「366.47203万元」 kept as written)", () => {
    expect(report.cells).toEqual(expected.cells);
  });

  test("2019格式 from the year and the labels; the three label variants recorded", () => {
    expect(report.meta).toEqual({ agency: "余姚市应急管理局", reportYear: 2020, edition: "2019" });
    expect(report.sourceLabels).toEqual(expected.sourceLabels);
    expect(report.inputProblems).toEqual([]);
    const findings = validate(report);
    expect(findings.filter((f) => !/^(narrative|structure)\./.test(f.rule)).map((f) => f.rule)).toEqual(["label.variant", "label.variant", "label.variant"]);
    // Its renumbered sections (report-format.md §2) are the narrative checker's findings, made possible by the split.
    expect(findings.some((f) => f.rule.startsWith("structure."))).toBe(true);
  });

  test("seven sections as the office numbered them; the tables' sections have no narrative", () => {
    const narrative = report.narrative!;
    expect(narrative.title).toBe("余姚市应急管理局\n2020年政府信息公开工作年度报告");
    expect(narrative.preamble!.startsWith("2020年，市应急管理局在市委、市政府的坚强领导下")).toBe(true);
    expect(narrative.sections.map((s) => s.heading)).toEqual([
      "一、总体情况",
      "二、主要工作措施",
      "三、主动公开政府信息情况",
      "四、收到和处理政府信息公开申请情况",
      "五、政府信息公开行政复议、行政诉讼情况",
      "六、存在问题",
      "七、今后主要工作思路",
    ]);
    const bodies = narrative.sections.map((s) => s.body);
    expect(bodies.slice(2, 5)).toEqual(["", "", ""]);
    expect(bodies[1].split("\n").map((p) => p.slice(0, 3))).toEqual(["一是强", "二是优", "三是明", "四是健"]);
    expect(bodies[5].split("\n")).toHaveLength(4);
    expect(bodies[6].endsWith("有效保障政府信息安全和公众知情权。")).toBe(true);
  });
});
