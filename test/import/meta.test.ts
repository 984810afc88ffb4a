import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { importText } from "../../src/core/import";
import type { ImportOptions } from "../../src/core/import";
import { statedMeta, withoutChrome } from "../../src/core/import/meta";
import { runCli } from "../helpers/cli";

/**
 * A report's year, agency and level, read from wherever it states them: title, breadcrumb, first sentences,
 * statistics period, signature and date, the page's date, the file name last. The lines below are the shapes seen in
 * real reports (test/fixtures/corpus, and the issue that listed them); the expected values are what they state.
 */

const meta = (lines: string[], file?: string) => {
  const m = statedMeta(lines, { file });
  return { year: m.year?.value, from: m.year?.from, agency: m.agency?.value, level: m.level };
};

describe("the year, from wherever it is stated", () => {
  test.each([
    [["首页 > 政务公开 > 2021 > 街道办事处政府信息公开工作年度报告", "一、总体情况"], 2021, "breadcrumb"],
    [["2022政府信息公开工作年度报告", "一、总体情况"], 2022, "title"],
    [["根据《条例》要求，现将2020年政府信息公开工作报告如下：", "一、总体情况"], 2020, "opening"],
    [["本报告统计数据的期限自2024年1月1日起至2024年12月31日止。", "一、总体情况"], 2024, "period"],
    [["所列数据统计时限为20231月1日至202312月31日。", "一、总体情况"], 2023, "period"],
    [["一、总体情况", "2019年，我乡明确专人负责政务公开工作。"], 2019, "opening"],
    [["一、总体情况", "我局认真做好各项工作。", "某某县应急管理局", "2022年1月20日"], 2021, "signature"],
    // Dated as formal documents are, in Chinese numerals.
    [["一、总体情况", "我局认真做好各项工作。", "某某县应急管理局", "二〇二四年一月二十日"], 2023, "signature"],
    [["一、总体情况", "我局认真做好各项工作。", "某某县应急管理局", "二〇二四年元月十五日"], 2023, "signature"],
    [["发布日期：2021-01-19 14:36:15", "一、总体情况", "我局认真做好各项工作。"], 2020, "published"],
    [["某某镇二〇二三年政府信息公开工作年度报告", "一、总体情况"], 2023, "title"],
    [["某某局政府信息公开工作年度报告", "（2023年度）", "一、总体情况"], 2023, "title"],
    [["某某局政府信息公开工作年度报告", "本报告所列数据的统计期限为2023年度。", "一、总体情况"], 2023, "period"],
    [["某某局政府信息公开工作年度报告", "本报告所列数据统计期限自二〇二三年一月一日起至二〇二三年十二月三十一日止。", "一、总体情况"], 2023, "period"],
    // Full-width digits, and zero-width characters a web editor left between them.
    [["本报告所列数据统计期限自２０２３年１月１日起至２０２３年１２月３１日止。", "一、总体情况"], 2023, "period"],
    [["一、总体情况", "２\u200b０２２年，我局认真做好各项工作。"], 2022, "opening"],
    [["某某区2022年政务公开工作年度报告", "一、总体情况"], 2022, "title"],
    [["一、总体情况", "我局认真做好各项工作。", "某某县应急管理局", "2024-01-20"], 2023, "signature"],
  ] as const)("%j → %i (%s)", (lines, year, from) => {
    expect(meta([...lines])).toMatchObject({ year, from });
  });

  test("the file name only as a last resort, and only when it names one year", () => {
    expect(meta(["一、总体情况", "我局认真做好各项工作。"], "/x/030_nileke_xian_mouzhen_2023.txt")).toMatchObject({ year: 2023, from: "fileName" });
    expect(meta(["一、总体情况", "我局认真做好各项工作。"], "/x/2022n/report_2023.txt")).toMatchObject({ year: 2023 });
    expect(meta(["一、总体情况", "我局认真做好各项工作。"], "/x/2022-2023.txt").year).toBeUndefined();
  });

  test("a year inside a cited notice's title gives way to the report's own words", () => {
    const lines = ["根据《关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求，现将2020年度政府信息公开工作报告如下：", "一、总体情况"];
    expect(meta(lines)).toMatchObject({ year: 2020, from: "opening" });
  });

  test("later text quoting another year does not count (「发布2019年度政府信息公开年报」 in a 2020 report's 一)", () => {
    const lines = ["本年度报告中所列数据统计期限从2020年1月1日到12月31日止。", "一、总体情况", "2020年，某某厅坚持依法公开。", "按规定及时发布2019年度政府信息公开年报。"];
    expect(meta(lines)).toMatchObject({ year: 2020 });
  });
});

describe("the agency, without page chrome", () => {
  test.each([
    // A breadcrumb's last step is the page; the title it names has neither agency nor year, so it is no title.
    ["|当前位置:首页>鼓楼区人民政府>信息公开专栏>政府信息公开年度报告|", "政府信息公开年度报告"],
    ["标题:平潭综合实验区2022年政府信息公开工作年度报告", "平潭综合实验区2022年政府信息公开工作年度报告"],
    ["#沭阳县人民政府2022年政府信息公开工作年度报告", "沭阳县人民政府2022年政府信息公开工作年度报告"],
    ["Page 9 - 威海市文登区信访局2022年政府信息公开工作年度报告", "威海市文登区信访局2022年政府信息公开工作年度报告"],
  ])("%s", (line, clean) => {
    expect(withoutChrome(line)).toBe(clean);
  });

  test.each([
    [["标题:平潭综合实验区2022年政府信息公开工作年度报告"], "平潭综合实验区"],
    [["#沭阳县人民政府2022年政府信息公开工作年度报告"], "沭阳县人民政府"],
    [["Page9-威海市文登区信访局2022年政府信息公开工作年度报告"], "威海市文登区信访局"],
    [["根据条例第五十条的规定，特向社会公布螺洋街道2021年度政府信息公开工作年度报告。", "一、总体情况"], "螺洋街道"],
    [["根据条例要求，现公开孝感市人民政府办公室2020年政府信息公开工作年度报告。", "一、总体情况"], "孝感市人民政府办公室"],
    [["一、总体情况", "2020年，上海市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导。"], "上海市人民政府办公厅"],
    [["如对本报告有疑问，请与兴安盟生态环境局办公室联系（电话：0482-8268923）。", "一、总体情况"], "兴安盟生态环境局"],
    [["一、总体情况", "我镇认真做好各项工作。", "某某镇人民政府", "2024年1月20日"], "某某镇人民政府"],
    // Who made it, when nothing else names the agency: 「本报告由…编制」 and its like.
    [["2023年政府信息公开工作年度报告", "本报告由某某县交通运输局根据《中华人民共和国政府信息公开条例》要求编制。", "一、总体情况"], "某某县交通运输局"],
    [["2023年政府信息公开工作年度报告", "本报告是根据《条例》要求，由某某县统计局编制的2023年度政府信息公开工作年度报告。", "一、总体情况"], "某某县统计局"],
    [["2023年政府信息公开工作年度报告", "依据《条例》第五十条规定，某某县医疗保障局编制本报告。", "一、总体情况"], "某某县医疗保障局"],
    [["2023年政府信息公开工作年度报告", "某某县商务局根据《条例》要求，编制2023年度政府信息公开工作年度报告。", "一、总体情况"], "某某县商务局"],
    // The title's name wins over the one who made the report (淮安's is made by the government's 办公室).
    [["淮安市人民政府2024年政府信息公开工作年度报告", "本报告由淮安市人民政府办公室根据《条例》要求编制。", "一、总体情况"], "淮安市人民政府"],
    // Titles as sites write them: a tag in 【】, the title in 《》, 「…关于…的公告」.
    [["【年度报告】某某街道办事处2023年政府信息公开工作年度报告"], "某某街道办事处"],
    [["《某某县审计局2023年政府信息公开工作年度报告》"], "某某县审计局"],
    [["某某县应急管理局关于2023年政府信息公开工作年度报告的公告"], "某某县应急管理局"],
  ])("%j → %s", (lines, agency) => {
    expect(meta([...lines]).agency).toBe(agency);
  });

  test("「我局」「市政府办公厅」 are the report speaking of itself, not a name", () => {
    expect(meta(["一、总体情况", "2020年，市政府办公厅坚持依法公开。"]).agency).toBeUndefined();
    expect(meta(["现将我局2020年度政府信息公开情况报告如下。", "一、总体情况"]).agency).toBeUndefined();
  });
});

describe("the level, only where the name or the text says it beyond doubt", () => {
  test.each([
    ["昌图县七家子镇", "township"],
    ["南京市鼓楼区人民政府华侨路街道办事处", "subdistrict"],
    ["东宝区", "countyGovernment"],
    ["某某县人民政府办公室", "countyGovernment"],
    ["上海市人民政府办公厅", "provincialGovernment"],
    ["山西省人民政府", "provincialGovernment"],
  ] as const)("%s → %s", (agency, level) => {
    expect(meta([`${agency}2024年政府信息公开工作年度报告`, "一、总体情况"]).level).toBe(level);
  });

  test.each(["淮安市人民政府", "余姚市应急管理局", "山西省人民政府外事办公室", "平潭综合实验区"])("%s → no level (a city's needs a gazetteer)", (agency) => {
    expect(meta([`${agency}2024年政府信息公开工作年度报告`, "一、总体情况"]).level).toBeUndefined();
  });

  test("「我镇」「我乡」 in the text: a township whose name the excerpt does not give", () => {
    expect(meta(["一、总体情况", "2023年，我镇认真贯彻落实条例。"]).level).toBe("township");
  });
});

describe("what the caller offers, for files that state nothing; the file's own statement wins, and a finding says which", () => {
  const body = ["一、总体情况", "我局认真做好各项工作。", "二、主动公开政府信息情况"].join("\n");
  const problems = (text: string, options: ImportOptions) => {
    const result = importText(text, options);
    if (!result.ok) throw new Error(result.reason);
    return { meta: result.report.meta, rules: result.report.inputProblems.flatMap((p) => (p.kind === "finding" && /^import\.(meta|year)/.test(p.rule) ? [`${p.rule} ${p.values.what ?? ""}`] : [])) };
  };

  test("nothing stated: refused with what was looked at, and --year offered", () => {
    const result = importText(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain("xxgk check 文件 --year 年度");
  });

  test("offered and used", () => {
    expect(problems(body, { reportYear: 2023, agency: "某某局", level: "countyDepartment" })).toEqual({
      meta: expect.objectContaining({ reportYear: 2023, agency: "某某局", level: "countyDepartment" }),
      rules: ["import.metaFromOption 报告年度", "import.metaFromOption 机关名称", "import.metaFromOption 机关层级"],
    });
  });

  test("stated and offered otherwise: the statement wins", () => {
    const text = `某某镇人民政府2024年政府信息公开工作年度报告\n${body}`;
    expect(problems(text, { reportYear: 2023, agency: "某某局" })).toEqual({
      meta: expect.objectContaining({ reportYear: 2024, agency: "某某镇人民政府", level: "township" }),
      rules: ["import.metaOptionIgnored 报告年度", "import.metaOptionIgnored 机关名称"],
    });
  });

  test("two years stated (a copied-forward report): the title's, and a warning", () => {
    const text = `某某局2024年政府信息公开工作年度报告\n本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n${body}`;
    expect(problems(text, {})).toEqual({ meta: expect.objectContaining({ reportYear: 2024 }), rules: ["import.yearConflict "] });
  });
});

describe("xxgk check --year --agency --level", () => {
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-meta-"))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("a published report that states no year is checked with --year, and the finding says so", async () => {
    const file = path.join(tmp, "无年度.txt");
    fs.writeFileSync(file, "一、总体情况\n我局认真做好各项工作。\n");
    const refused = JSON.parse((await runCli("check", "--json", file)).out);
    expect(refused.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["file.unreadable"]);
    const given = await runCli("check", "--json", file, "--year", "2023", "--agency", "某某局", "--level", "乡镇人民政府");
    const result = JSON.parse(given.out).files[0];
    expect([result.year, result.agency]).toEqual([2023, "某某局"]);
    expect(result.findings.filter((f: { rule: string }) => f.rule === "import.metaFromOption").map((f: { message: string }) => f.message)).toEqual([
      "报告中没有读出报告年度，已按命令行参数 --year 给出的「2023年」检查。",
      "报告中没有读出机关名称，已按命令行参数 --agency 给出的「某某局」检查。",
      "报告中没有读出机关层级，已按命令行参数 --level 给出的「乡镇人民政府」检查。",
    ]);
  });

  test("a bad --year is refused with the one message for it", async () => {
    const result = await runCli("check", "x.txt", "--year", "19");
    expect(result.code).toBe(2);
    expect(result.err).toContain("--year 应为");
  });
});
