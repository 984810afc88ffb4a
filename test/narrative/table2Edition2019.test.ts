import { checkNarrative, readStatements } from "../../src/core";
import type { Finding } from "../../src/core";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * The 2019格式 表二 columns 上一年项目数量 and 本年增/减 (signed) stated in the text, on 余姚市应急管理局 2020. Values read
 * from its published 表二 (test/fixtures/published/yuyao-yingjiju-2020.txt): 行政许可 188 / -3 / 185, 行政处罚
 * 449 / -180 / 269, 行政强制 6 / +3 / 9, 规章 and 规范性文件 0 / 0 / 0, 行政事业性收费 0 / 0.
 */

const OVERVIEW = "一、总体情况";

/** 余姚 2020 with a sentence added to 一、总体情况; its findings without the structure ones (its headings deviate). */
function yuyao(sentence: string) {
  const input = fixtureInput("yuyao-2020");
  const section = input.narrative!.sections!.find((s) => s.heading === OVERVIEW)!;
  section.body = `${section.body}${sentence}`;
  return toReport(input);
}
const findings = (sentence: string) => checkNarrative(yuyao(sentence)).filter((f) => !f.rule.startsWith("structure."));
const tied = (sentence: string) =>
  readStatements(yuyao(sentence), [{ section: OVERVIEW, sentence }]).map((s) => (s.kind === "value" ? [s.figure.id, s.stated] : [s.kind]));
const brief = (f: Finding) => ({ rule: f.rule, expected: f.expected, actual: f.actual, table: f.location.table, keys: f.location.keys });

const AGREEING =
  "2020年，我局行政许可事项上一年项目数量188项，本年增/减-3项，处理决定185件；" +
  "行政处罚上一年项目数量449项，本年减少180项，作出处理决定269件；" +
  "行政强制上一年项目数量6项，本年增加3项，处理决定9件；行政事业性收费上一年项目数量0项，本年增减0项。";

describe("2019格式 表二: 上一年项目数量 and 本年增/减 in the text", () => {
  test("a text stating every item column as the table has it: each tied, with its sign, and no finding", () => {
    expect(tied(AGREEING)).toEqual([
      ["t2.licensing|previousItems", 188],
      ["t2.licensing|change", -3],
      ["t2.licensing|decisions", 185],
      ["t2.penalty|previousItems", 449],
      ["t2.penalty|change", -180], // 「本年减少180项」
      ["t2.penalty|decisions", 269],
      ["t2.enforcement|previousItems", 6],
      ["t2.enforcement|change", 3],
      ["t2.enforcement|decisions", 9],
      ["t2.fees|previousItems", 0],
      ["t2.fees|change", 0],
    ]);
    expect(findings(AGREEING)).toEqual([]);
  });

  test("「本年减少3项」 where 行政强制 grew by 3: the 本年增/减 cell, expected +3", () => {
    const found = findings("行政强制上一年项目数量6项，本年减少3项。");
    expect(found.map(brief)).toEqual([{ rule: "narrative.figureMismatch", expected: 3, actual: -3, table: "表二", keys: ["t2.enforcement|change"] }]);
    expect(found[0].message).toBe(
      "一、总体情况：正文「行政强制上一年项目数量6项，本年减少3项」与表格不符，行政强制本年增/减应为+3件（表二「行政强制」行「本年增/减」列）。",
    );
  });

  test("a sign written as in the table: 「本年增/减+180项」 where 行政处罚 fell by 180", () => {
    expect(findings("行政处罚上一年项目数量449项，本年增/减+180项。").map(brief)).toEqual([
      { rule: "narrative.figureMismatch", expected: -180, actual: 180, table: "表二", keys: ["t2.penalty|change"] },
    ]);
  });

  test("上一年项目数量 quoted wrong: 行政许可 185 (that is its 处理决定数量; the table says 188)", () => {
    expect(findings("行政许可上一年项目数量185项。").map(brief)).toEqual([
      { rule: "narrative.figureMismatch", expected: 188, actual: 185, table: "表二", keys: ["t2.licensing|previousItems"] },
    ]);
  });

  test("规章 and 规范性文件 in 2019格式 words, 「新制发」 included: tied to 本年新制作数量 etc.", () => {
    const sentence = "本年新制发规范性文件0件，新公开0件，对外公开总数量0件。";
    expect(tied(sentence)).toEqual([
      ["t2.normativeDocuments|made", 0],
      ["t2.normativeDocuments|published", 0],
      ["t2.normativeDocuments|totalPublished", 0],
    ]);
    expect(findings("本年新制发规章2件。").map(brief)).toEqual([
      { rule: "narrative.figureMismatch", expected: 0, actual: 2, table: "表二", keys: ["t2.regulations|made"] },
    ]);
  });

  test("changes in decisions are not the item list's change: 「较上年增加30件」「同比增加30件」, last year's figures", () => {
    expect(tied("行政处罚处理决定269件，较上年增加30件；行政许可处理决定185件，同比增加30件；上年行政处罚449项。")).toEqual([
      ["t2.penalty|decisions", 269],
      ["t2.licensing|decisions", 185],
    ]);
  });

  test("in Chinese numerals too: 「行政强制本年增加三项」 agrees, 「本年减少三项」 does not", () => {
    expect(findings("行政强制上一年项目数量六项，本年增加三项，处理决定九件。")).toEqual([]);
    expect(findings("行政强制上一年项目数量六项，本年减少三项，处理决定九件。").map(brief)).toEqual([
      { rule: "narrative.figureMismatch", expected: 3, actual: -3, table: "表二", keys: ["t2.enforcement|change"] },
    ]);
  });
});
