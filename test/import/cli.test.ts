import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseReport } from "../../src/core";
import { runCli } from "../helpers/cli";
import { FORMS, importFixture, PUBLISHED } from "./helpers";

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-import-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const out = (name: string) => path.join(tmp, name);

describe("xxgk import FILE -o OUT.json", () => {
  test("writes the report model; xxgk check reads it back to the same report", async () => {
    const file = path.join(FORMS, "huaian-2024.html");
    const result = await runCli("import", file, "-o", out("淮安.json"));
    expect(result.code).toBe(0);
    expect(result.out).toBe(`${file} → ${out("淮安.json")}\n  淮安市人民政府 2024年 2021格式：读出200个单元格，正文6个部分\n  ✓ 表格全部读出\n`);
    const json = fs.readFileSync(out("淮安.json"), "utf8");
    expect(json).toContain('"t3.newReceived": [3001, 53, 0, 0, 61, 4, 3119]');
    const back = parseReport(JSON.parse(json));
    if (!back.success) throw new Error(back.error.message);
    const direct = await importFixture(file);
    expect(back.data).toEqual({ ...direct, source: { kind: "html", file } });
    expect((await runCli("check", out("淮安.json"))).code).toBe(0);
  });

  test("what could not be read is printed, kept in the JSON, and found again by xxgk check", async () => {
    const page = fs.readFileSync(path.join(FORMS, "huaian-2024.html"), "utf8");
    const cut = out("cut.html");
    fs.writeFileSync(cut, page.slice(0, page.indexOf("四、政府信息公开行政复议、行政诉讼情况")));
    const result = await runCli("import", cut, "-o", out("cut.json"));
    expect(result.code).toBe(1);
    expect(result.out).toContain("导入时有1处未能读取：\n  ✗ 错误 文件在表三「四、结转下年度继续办理」行之后中断（到此结束），表四整表没有读到");
    const check = await runCli("check", "--json", out("cut.json"));
    const rules: string[] = JSON.parse(check.out).files[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules.filter((r) => !/^(narrative|structure)\./.test(r))).toEqual(["import.tableCut"]);
  });

  test("--year, --agency, --level for a document that states none (and what it does state wins); --edition", async () => {
    // Every year the text states removed: title, first sentence, statistics period.
    const text = fs.readFileSync(path.join(PUBLISHED, "yuyao-yingjiju-2020.txt"), "utf8").replace(/20\d\d\s*年度?/g, "");
    const untitled = out("untitled.txt");
    fs.writeFileSync(untitled, text.replace(/^余姚市应急管理局/, "某某市某某局"));
    const refused = await runCli("import", untitled, "-o", out("u.json"));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("未能读出报告年度");
    const given = await runCli("import", untitled, "-o", out("u.json"), "--year", "2020", "--level", "县级政府部门", "--agency", "别的名称");
    expect(given.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(out("u.json"), "utf8"));
    expect(report.meta).toMatchObject({ agency: "某某市某某局", reportYear: 2020, edition: "2019", level: "countyDepartment" });
    // Which were used is said: the year and the level from the command line, the agency as the file states it.
    expect(report.importProblems.map((p: { rule: string; values: { what: string } }) => `${p.rule} ${p.values.what}`)).toEqual([
      "import.metaFromOption 报告年度",
      "import.metaOptionIgnored 机关名称",
      "import.metaFromOption 机关层级",
    ]);

    // Forced to the other edition: rows only 2019 has are named; 表二's rows of another width cannot be placed.
    const forced = await runCli("import", path.join(FORMS, "yuyao-2020.html"), "-o", out("f.json"), "--edition", "2021");
    expect(forced.code).toBe(1);
    const rules = JSON.parse(fs.readFileSync(out("f.json"), "utf8")).importProblems.map((p: { rule: string; values: { label?: string; row?: string; table: string } }) => `${p.rule} ${p.values.label ?? p.values.row ?? p.values.table}`);
    expect(rules).toEqual(
      expect.arrayContaining(["import.rowOtherEdition 其他对外管理服务事项", "import.rowOtherEdition 政府集中采购", "import.tableUnreadable 表二", "import.rowOtherEdition （六）其他处理"]),
    );
  });

  test("bad options and outputs are refused with a reason", async () => {
    const file = path.join(FORMS, "huaian-2024.html");
    expect((await runCli("import", file, "-o", out("x.json"), "--year", "1999")).err).toContain("--year 应为2019年以后的年度");
    expect((await runCli("import", file, "-o", out("x.json"), "--edition", "2020")).err).toContain("--edition 只能是 2019 或 2021");
    expect((await runCli("import", file, "-o", out("x.json"), "--level", "火星")).err).toContain("--level 填的「火星」不是已知的层级");
    expect((await runCli("import", file, "-o", out("x.csv"))).err).toContain("不支持输出为「.csv」");
    expect((await runCli("import", path.join(tmp, "missing.html"), "-o", out("x.json"))).err).toContain("文件不存在");
  });

  test("an existing output (say, a filled workbook) is not overwritten without --force", async () => {
    const file = path.join(FORMS, "yuyao-2020.html");
    const target = out("已填写.xlsx");
    fs.writeFileSync(target, "a clerk's filled workbook");
    const refused = await runCli("import", file, "-o", target);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("已存在，为免覆盖已填写的内容未写入；确需覆盖请加 --force");
    expect(fs.readFileSync(target, "utf8")).toBe("a clerk's filled workbook");
    expect((await runCli("import", file, "-o", target, "--force")).code).toBe(0);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("xxgk check reads every published form directly", () => {
  test("the forms of both reports, in one run", async () => {
    const files = ["huaian-2024.html", "huaian-2024.docx", "huaian-2024.pdf.txt", "yuyao-2020.html", "yuyao-2020.docx", "yuyao-2020.pdf.txt"].map((f) => path.join(FORMS, f));
    const { code, out: text } = await runCli("check", "--json", ...files);
    expect(code).toBe(0);
    const results = JSON.parse(text).files;
    expect(results.map((r: { agency: string; year: number; edition: string }) => `${r.agency} ${r.year} ${r.edition}`)).toEqual([
      ...Array(3).fill("淮安市人民政府 2024 2021"),
      ...Array(3).fill("余姚市应急管理局 2020 2019"),
    ]);
    const rules = results.map((r: { findings: { rule: string; message: string }[] }) => r.findings.map((f) => `${f.rule} ${f.message}`));
    expect(rules.slice(0, 3)).toEqual([[], [], []]);
    // 余姚: its three label variants and its renumbered sections — the same findings from every form.
    expect(rules[3].filter((r: string) => r.startsWith("label.variant"))).toHaveLength(3);
    expect(rules[4]).toEqual(rules[3]);
    expect(rules[5]).toEqual(rules[3]);
  });

  test("a report JSON naming an unknown import rule is refused, not a crash", async () => {
    const bad = out("bad.json");
    fs.writeFileSync(bad, JSON.stringify({ meta: { reportYear: 2024 }, importProblems: [{ rule: "cell.blank", values: {} }] }));
    const { code, out: text } = await runCli("check", bad);
    expect(code).toBe(2);
    expect(text).toContain("不是导入问题的规则编号");
  });
});
