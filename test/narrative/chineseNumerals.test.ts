import * as fs from "node:fs";
import * as path from "node:path";
import { checkNarrative, narrativeSentences, readStatements, splitSections } from "../../src/core";
import type { Finding } from "../../src/core";
import { readNumberTokens } from "../../src/core/narrative/numberTokens";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * Figures written in Chinese numerals, read by the narrative checker like Arabic ones — and the many places where a
 * Chinese numeral is not a figure. Every value below was read by hand; the 淮安 and 余姚 values come from their
 * published tables (test/fixtures/published/*.txt).
 */

type Input = ReturnType<typeof fixtureInput>;
const OVERVIEW = "一、总体情况";

/** The numbers a text may state as figures (token kind ≠ other), as [value, kind]. */
function figuresIn(text: string): [number, string][] {
  return readNumberTokens(text)
    .filter((t) => t.kind !== "other")
    .map((t) => [t.value * t.factor, t.kind]);
}

describe("which Chinese numerals are read as figures", () => {
  test.each<[string, [number, string][]]>([
    ["收到政府信息公开申请三件。", [[3, "count"]]],
    ["二十一件，", [[21, "count"]]],
    ["一百零五件", [[105, "count"]]],
    ["两件", [[2, "count"]]],
    ["〇件", [[0, "count"]]],
    ["共计十件。", [[10, "count"]]],
    ["三件申请", [[3, "count"]]],
    ["另有三件顺延到下年度答复", [[3, "count"]]],
    ["行政复议一起，", [[1, "count"]]],
    ["行政许可十二项；", [[12, "count"]]],
    ["收取信息处理费三千九百四十元", [[3940, "amount"]]],
    ["收费十二万元", [[120000, "amount"]]],
    ["收费三点五万元", [[35000, "amount"]]],
    ["占百分之三", [[3, "percent"]]],
    ["占百分之四十四点六六", [[44.66, "percent"]]],
    ["百分之百", [[100, "percent"]]],
  ])("%s → %j", (text, expected) => {
    expect(figuresIn(text)).toEqual(expected);
  });

  test.each([
    ["三、收到和处理政府信息公开申请情况", "a section number"],
    ["（三）政府信息管理情况", "a sub-section number"],
    ["第三季度", "an ordinal"],
    ["第一项加第二项之和", "ordinals with a count unit"],
    ["一是强化领导，二是优化机制", "enumeration"],
    ["其一，其二，", "enumeration"],
    ["推行一站式服务", "a fixed phrase"],
    ["一网通办", "a fixed phrase"],
    ["一把手", "a fixed phrase"],
    ["两微一端", "a fixed phrase"],
    ["十四五规划", "a plan"],
    ["三公经费", "a fixed phrase"],
    ["一件事一次办", "a fixed phrase with count units"],
    ["二〇二四年", "a date"],
    ["二〇二四年十二月三十一日", "a date"],
    ["一律公开，一并答复，统一管理，一些问题，一次性告知", "words"],
    ["十余件", "an estimate"],
    ["几十件", "an estimate"],
    ["十几件", "an estimate"],
    ["数十件", "an estimate"],
    ["上百件", "an estimate"],
    ["十来件", "an estimate"],
    ["两三件", "an estimate"],
    ["近十件", "an estimate"],
    ["十多件", "an estimate"],
    ["约三件", "an estimate"],
    ["十二条", "条 counts other things, as 「12条」 does"],
    ["培训三人", "人 counts other things, as 「3人」 does"],
    ["十二万件", "a round figure, as 「12万件」 is"],
    ["开展一次专项检查", "an article before a noun"],
    ["制定一项制度", "an article before a noun"],
    ["一个窗口", "an article before a noun"],
    ["一起研究", "an adverb"],
    ["每一件，这一次，同一件事", "after 每/这/同"],
    ["零件", "the word for spare parts"],
    ["零距离服务", "a word"],
    ["二十大和二十届二中、三中全会", "names"],
    ["四个季度", "a count of quarters"],
  ])("%s: nothing (%s)", (text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});

describe("tied to the tables like Arabic figures (淮安 2024, 2021格式)", () => {
  const report = toReport(fixtureInput("huaian-2024"));
  const tied = (sentence: string) =>
    readStatements(report, [{ section: OVERVIEW, sentence }]).map((s) => (s.kind === "value" ? [s.figure.id, s.stated] : [s.kind, s.text]));

  test("counts, shares and amounts in Chinese numerals", () => {
    expect(tied("全市共受理政府信息公开申请三千一百一十九件，答复三千零五十件（含上年度结转申请三十四件，另有一百零三件顺延到下年度答复）。")).toEqual([
      ["t3.newReceived", 3119],
      ["t3.total", 3050],
      ["t3.carriedOver", 34],
      ["t3.carryForward", 103],
    ]);
    expect(tied("其中，予以公开一千三百六十二件，占百分之四十四点六六；部分公开两件，不予公开〇件。")).toEqual([
      ["t3.disclosed", 1362],
      ["share", "予以公开一千三百六十二件，占百分之四十四点六六"],
      ["t3.partlyDisclosed", 2],
      ["t3.withheld", 0],
    ]);
    expect(tied("全年收取政府信息公开信息处理费三千九百四十元。")).toEqual([["meta.informationFee", 3940]]);
  });

  test("a term in the window does not make a word a figure", () => {
    // 行政许可 has one column in the 2021格式: any count after it would be tied if these were read as counts.
    expect(tied("行政许可实行一件事一次办，行政处罚开展一次专项检查，行政强制一起研究。")).toEqual([]);
    expect(tied("予以公开数十件，不予公开两三件，不予处理十余件，收到申请几十件。")).toEqual([]);
    expect(tied("第三季度收到申请一件。")).toEqual([]);
    expect(tied("行政许可办理事项精简十二条。")).toEqual([]);
  });
});

/** Edit one section's text in place; the text to replace must be there. */
function edit(input: Input, heading: string, from: string, to: string): Input {
  const section = input.narrative?.sections?.find((s) => s.heading === heading);
  if (!section || !section.body.includes(from)) throw new Error(`「${from}」 not in ${heading}`);
  section.body = section.body.replace(from, to);
  return input;
}

const where = (f: Finding) => ({ rule: f.rule, expected: f.expected, actual: f.actual, section: f.location.section, table: f.location.table, keys: f.location.keys });

describe("planted in the real reports: right value → nothing; wrong value → the finding the Arabic figure gets", () => {
  const huaian = (from: string, to: string) => checkNarrative(toReport(edit(fixtureInput("huaian-2024"), OVERVIEW, from, to)));

  test("淮安: 「受理政府信息公开申请3119件」 written 「三千一百一十九件」 agrees with 表三 新收 3119", () => {
    expect(huaian("受理政府信息公开申请3119件", "受理政府信息公开申请三千一百一十九件")).toEqual([]);
    expect(huaian("另有103件顺延", "另有一百零三件顺延")).toEqual([]);
  });

  test("淮安: 「三千一百二十件」 is the same error as 「3120件」, on the 新收 cell", () => {
    const chinese = huaian("受理政府信息公开申请3119件", "受理政府信息公开申请三千一百二十件");
    const arabic = huaian("受理政府信息公开申请3119件", "受理政府信息公开申请3120件");
    expect(chinese.map(where)).toEqual([
      { rule: "narrative.figureMismatch", expected: 3119, actual: 3120, section: OVERVIEW, table: "表三", keys: ["t3.newReceived|total"] },
    ]);
    expect(chinese.map(where)).toEqual(arabic.map(where));
    expect(chinese[0].message).toBe(arabic[0].message.replace("3120件", "三千一百二十件"));
  });

  test("淮安: 行政复议 outcomes in Chinese numerals, one wrong (结果纠正 64, text 六十五)", () => {
    const from = "其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；";
    expect(huaian(from, "其中结果维持七十二件，结果纠正六十四件，其他结果一百七十八件，尚未审结三十七件；")).toEqual([]);
    const chinese = huaian(from, "其中结果维持七十二件，结果纠正六十五件，其他结果一百七十八件，尚未审结三十七件；");
    const arabic = huaian(from, "其中结果维持72件，结果纠正65件，其他结果178件，尚未审结37件；");
    expect(chinese.map(where)).toEqual([
      { rule: "narrative.figureMismatch", expected: 64, actual: 65, section: OVERVIEW, table: "表四", keys: ["t4.cases|review.corrected"] },
    ]);
    expect(chinese.map(where)).toEqual(arabic.map(where));
  });

  test("淮安: a sub-row quoted as the group in Chinese numerals gets the same hint (不予公开一百零五件; Σ（三）= 178)", () => {
    const chinese = checkNarrative(toReport(edit(fixtureInput("huaian-2024"), OVERVIEW, "均在法定期限内予以答复。", "均在法定期限内予以答复。其中不予公开一百零五件。")));
    expect(chinese.map(where)).toEqual([
      { rule: "narrative.figureMismatch", expected: 178, actual: 105, section: OVERVIEW, table: "表三", keys: expect.any(Array) },
    ]);
    expect(chinese[0].message).toContain("可能把分项或单列当成了合计");
  });

  test("余姚 (a small 2019格式 report, all zeros): 「收到政府信息公开申请〇件」 agrees; 「三件」 is flagged against 新收 0", () => {
    const yuyao = (sentence: string) =>
      checkNarrative(toReport(edit(fixtureInput("yuyao-2020"), OVERVIEW, "切实加大信息公开力度。", `切实加大信息公开力度。${sentence}`))).filter(
        (f) => !f.rule.startsWith("structure."),
      );
    expect(yuyao("全年收到政府信息公开申请〇件。")).toEqual([]);
    const chinese = yuyao("全年收到政府信息公开申请三件。");
    expect(chinese.map(where)).toEqual([
      { rule: "narrative.figureMismatch", expected: 0, actual: 3, section: OVERVIEW, table: "表三", keys: ["t3.newReceived|total"] },
    ]);
    expect(chinese.map(where)).toEqual(yuyao("全年收到政府信息公开申请3件。").map(where));
  });
});

describe("the real reports get no new figure from Chinese numerals", () => {
  const chineseFigures = (sentences: readonly string[]) =>
    sentences.flatMap((s) => readNumberTokens(s).filter((t) => t.kind !== "other" && !/\d/.test(s.slice(t.start, t.numberEnd))).map((t) => s.slice(t.start, t.end)));
  const numeralRuns = (sentences: readonly string[]) => sentences.filter((s) => /[一二三四五六七八九十两〇零]/.test(s)).length;

  test.each(["huaian-2024", "yuyao-2020"] as const)("%s (transcribed text): none read, and the checker's findings are unchanged", (name) => {
    const report = toReport(fixtureInput(name));
    const sentences = narrativeSentences(report.narrative!).map((s) => s.sentence);
    // Both texts use Chinese numerals in plenty (一是…, 二十大, 四个季度, 第一项…): the test reads them all.
    expect(numeralRuns(sentences)).toBeGreaterThan(5);
    // By reading: neither text writes a figure of its tables in Chinese numerals.
    expect(chineseFigures(sentences)).toEqual([]);
    expect(checkNarrative(report).filter((f) => !f.rule.startsWith("structure."))).toEqual([]);
  });

  test.each([
    ["huaian-shizhengfu-2024.txt", "huaian-2024"],
    ["yuyao-yingjiju-2020.txt", "yuyao-2020"],
  ] as const)("%s (published text, tables included): none read", (file, name) => {
    const raw = fs.readFileSync(path.join(__dirname, "..", "fixtures", "published", file), "utf8");
    const split = splitSections(raw);
    const input = fixtureInput(name);
    input.narrative = { title: split.title, preamble: split.preamble, sections: split.sections.map((s) => ({ heading: s.heading, body: s.body })) };
    const report = toReport(input);
    expect(chineseFigures(narrativeSentences(report.narrative!).map((s) => s.sentence))).toEqual([]);
    expect(checkNarrative(report).filter((f) => !f.rule.startsWith("structure."))).toEqual([]);
  });
});
