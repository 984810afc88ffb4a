import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { runCli } from "../helpers/cli";
import { FIXTURES, fixtureInput, toReport } from "../helpers/reports";
import { fixtureReport, templateBuffer } from "../helpers/workbook";

const HUAIAN = path.join(FIXTURES, "huaian-2024.json");
const YUYAO = path.join(FIXTURES, "yuyao-2020.json");

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-narrative-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeJson(name: string, data: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

describe("xxgk narrative", () => {
  test("prints the generated report: title, preamble, six sections, the tables as rows", async () => {
    const { code, out, err } = await runCli("narrative", HUAIAN);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out.startsWith("淮安市人民政府\n2024年政府信息公开工作年度报告\n\n根据《中华人民共和国政府信息公开条例》")).toBe(true);
    for (const heading of ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]) {
      expect(out).toContain(`\n${heading}\n`);
    }
    expect(out).toContain("2024年，我市新收政府信息公开申请3119件，上年结转政府信息公开申请34件；本年度办结3050件，结转下年度继续办理103件。");
    expect(out).toContain("一、本年新收政府信息公开申请数量\t3001\t53\t0\t0\t61\t4\t3119\n");
  });

  test("--last-year adds 「较上年…」", async () => {
    const last = fixtureInput("huaian-2024");
    last.meta.reportYear = 2023;
    last.rows["t3.newReceived"][6] = 2800;
    const { code, out } = await runCli("narrative", HUAIAN, "--last-year", writeJson("last.json", last));
    expect(code).toBe(0);
    expect(out).toContain("新收政府信息公开申请3119件，较上年增长11.4%，");
  });

  test("a workbook's 上年数据 gives the 「较上年」 of the figures it holds; --last-year takes precedence", async () => {
    // 上年数据 as a clerk fills it: 结转下年度 总计 100, 现行有效 规章 10 and 行政规范性文件 80 (2023, 2021格式).
    const full = toReport({
      meta: { agency: "淮安市人民政府", reportYear: 2023, edition: "2021" },
      rows: { "t3.carryForward": [100, 0, 0, 0, 0, 0, 100] },
      cells: { "t2.regulations|inForce": 10, "t2.normativeDocuments|inForce": 80 },
    });
    const workbook = path.join(tmp, "with-last-year.xlsx");
    fs.writeFileSync(workbook, await templateBuffer("2021", fixtureReport("huaian-2024"), full));
    const { code, out } = await runCli("narrative", workbook);
    expect(code).toBe(0);
    // 11 vs 10: +10.0%; 66 vs 80: −17.5%; 103 vs 100: +3.0%. 新收 and 办结 are not in 上年数据: no comparison.
    expect(out).toContain("现行有效规章11件，较上年增长10.0%；");
    expect(out).toContain("现行有效行政规范性文件66件，较上年下降17.5%。");
    expect(out).toContain("我市新收政府信息公开申请3119件，上年结转政府信息公开申请34件；本年度办结3050件，结转下年度继续办理103件，较上年增长3.0%。");

    // Partial: 行政规范性文件 and the 结转下年度 row left blank — only 规章 is compared, nothing reads NaN or a blank as 0.
    const partial = toReport({ meta: full.meta, cells: { "t2.regulations|inForce": 10 } });
    const partialBook = path.join(tmp, "partial-last-year.xlsx");
    fs.writeFileSync(partialBook, await templateBuffer("2021", fixtureReport("huaian-2024"), partial));
    const some = await runCli("narrative", partialBook);
    expect(some.code).toBe(0);
    expect(some.out.match(/较上年[^，。；]*/g)).toEqual(["较上年增长10.0%"]);
    expect(some.out).toContain("现行有效行政规范性文件66件。");
    expect(some.out).toContain("结转下年度继续办理103件。");
    expect(some.out).not.toMatch(/NaN|undefined|与上年持平/);

    // --last-year wins over the sheet: the fixture copied as 2023 has 新收 3119 (持平) and 结转下年度 103 (持平).
    const last = fixtureInput("huaian-2024");
    last.meta.reportYear = 2023;
    const given = await runCli("narrative", workbook, "--last-year", writeJson("given-last.json", last));
    expect(given.out).toContain("新收政府信息公开申请3119件，与上年持平，");
    expect(given.out).toContain("结转下年度继续办理103件，与上年持平。");
  });

  test("--docx writes a Word document with 宋体 as the East-Asian font, the text and the tables", async () => {
    const target = path.join(tmp, "淮安.docx");
    const { code, out } = await runCli("narrative", HUAIAN, "--docx", target);
    expect(code).toBe(0);
    expect(out).toContain(target);
    const zip = await JSZip.loadAsync(fs.readFileSync(target));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain("从申请人看，自然人提出3001件，占96.22%");
    expect(xml).toContain("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(3);
    // Prompts for the clerk stand out in red.
    expect(xml).toMatch(/<w:color w:val="C00000"\/>(?:(?!<\/w:r>).)*【请填写：/s);
  });

  test("tables that do not add up: the text is still generated, with a note on stderr", async () => {
    const input = fixtureInput("huaian-2024");
    input.rows["t4.cases"][4] = 350;
    const { code, out, err } = await runCli("narrative", writeJson("bad.json", input));
    expect(code).toBe(0);
    expect(err).toContain("注意：表格中有 1 处错误");
    expect(out).toContain("被申请行政复议350件");
  });

  test("an unreadable report or last year's report: exit 2 with a reason; an unwritable .docx: exit 2", async () => {
    expect((await runCli("narrative", path.join(tmp, "missing.json"))).code).toBe(2);
    const noLast = await runCli("narrative", YUYAO, "--last-year", path.join(tmp, "missing.json"));
    expect(noLast.code).toBe(2);
    expect(noLast.err).toContain("上年报告无法读取");
    const unwritable = await runCli("narrative", YUYAO, "--docx", path.join(tmp, "no", "such", "dir", "x.docx"));
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toContain("无法写入");
  });

  test("xxgk check on a report with text includes the narrative findings", async () => {
    const input = fixtureInput("huaian-2024");
    input.narrative!.sections![0].body = input.narrative!.sections![0].body.replace("答复3050件", "答复3051件");
    const { code, out } = await runCli("check", writeJson("text.json", input));
    expect(code).toBe(1);
    expect(out).toContain("✗ 错误 一、总体情况：正文「答复3051件」与表格不符，本年度办结数（（七）总计）应为3050件（表三「（七）总计」行「总计」列）。  (narrative.figureMismatch)");
  });
});
