import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readReportWorkbook } from "../../src/xlsx";
import { runCli } from "../helpers/cli";
import { fixtureInput, toReport } from "../helpers/reports";
import { templateBuffer } from "../helpers/workbook";

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-template-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string) => path.join(tmp, name);

describe("xxgk template", () => {
  test("writes the standard workbook with 基本信息 prefilled", async () => {
    const out = file("模板.xlsx");
    const { code, out: printed } = await runCli("template", "--edition", "2021", "--year", "2024", "--agency", "某某镇人民政府", "--level", "乡镇人民政府", "-o", out);
    expect([code, printed]).toEqual([0, `已生成 ${out}（2021格式，国办公开办函〔2021〕30号）\n`]);
    const read = await readReportWorkbook(fs.readFileSync(out));
    expect(read.ok && read.report.meta).toMatchObject({ agency: "某某镇人民政府", reportYear: 2024, edition: "2021", level: "township" });
  });

  test("the edition follows --year when not given", async () => {
    const out = file("2020.xlsx");
    expect((await runCli("template", "--year", "2020", "-o", out)).code).toBe(0);
    const read = await readReportWorkbook(fs.readFileSync(out));
    expect(read.ok && read.report.meta.edition).toBe("2019");
  });

  test("bad arguments: a clear message and exit 2, nothing written", async () => {
    const cases: [string[], RegExp][] = [
      [["--edition", "2021", "--year", "2020"], /2020年度的报告应使用2019格式，不是2021格式/],
      [["--edition", "2018"], /--edition 只能是 2019 或 2021/],
      [["--edition", "2021", "--level", "村委会"], /--level 填的「村委会」不是已知的层级/],
      [["--edition", "2021"], /请用 -o 指定输出文件/],
      [[], /请用 --edition 2019\|2021 或 --year 指定报告格式/],
    ];
    for (const [args, message] of cases) {
      const out = file("bad.xlsx");
      const result = await runCli("template", ...args, ...(args.includes("-o") || message.source.includes("-o") ? [] : ["-o", out]));
      expect([args.join(" "), result.code]).toEqual([args.join(" "), 2]);
      expect(result.err).toMatch(message);
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  test("never overwrites an existing file without --force", async () => {
    const out = file("已填写.xlsx");
    fs.writeFileSync(out, "clerk's work");
    const refused = await runCli("template", "--edition", "2021", "-o", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("已存在");
    expect(fs.readFileSync(out, "utf8")).toBe("clerk's work");
    expect((await runCli("template", "--edition", "2021", "-o", out, "--force")).code).toBe(0);
  });
});

describe("xxgk check accepts filled workbooks", () => {
  test("findings carry sheet and cell; --json too", async () => {
    const input = fixtureInput("huaian-2024");
    input.rows["t4.cases"][4] = 350;
    const out = file("填报.xlsx");
    fs.writeFileSync(out, await templateBuffer("2021", toReport(input)));
    const { code, out: printed } = await runCli("check", out);
    expect(code).toBe(1);
    expect(printed).toContain("✗ 错误 表四「行政复议」：总计为350，结果维持、结果纠正、其他结果、尚未审结之和为351，相差1。 [表四!E6]  (t4.groupTotal)");
    const json = JSON.parse((await runCli("check", "--json", out)).out);
    expect(json.files[0].findings[0].location).toMatchObject({ sheet: "表四", cell: "E6", table: "表四" });
  });

  test("a workbook's own 上年数据 enables the cross-year rules; --last-year takes precedence", async () => {
    const report = toReport(fixtureInput("huaian-2024"));
    const wrongLast = toReport({ meta: { agency: "淮安市人民政府", reportYear: 2023, edition: "2021" }, rows: { "t3.carryForward": [30, 0, 0, 0, 0, 0, 30] } });
    const out = file("有上年.xlsx");
    fs.writeFileSync(out, await templateBuffer("2021", report, wrongLast));
    const own = await runCli("check", out);
    expect(own.code).toBe(1);
    expect(own.out).toContain("表三「自然人」列：本年「二、上年结转」为34，2023年报告「四、结转下年度继续办理」为30，相差4。");
    const rightLast = path.join(tmp, "2023.json");
    fs.writeFileSync(rightLast, JSON.stringify({ meta: { reportYear: 2023, edition: "2021" }, rows: { "t3.carryForward": [34, 0, 0, 0, 0, 0, 34] } }));
    const given = await runCli("check", "--last-year", rightLast, out);
    expect([given.code, given.out]).toEqual([0, expect.stringContaining("✓ 全部勾稽关系成立")]);
  });

  test("a workbook that is not ours is one unreadable file with the reason", async () => {
    const out = file("别人的.xlsx");
    fs.writeFileSync(out, Buffer.from("PK\u0003\u0004 not really", "latin1"));
    const { code, out: printed } = await runCli("check", out);
    expect(code).toBe(2);
    expect(printed).toContain("✗ 无法检查 / cannot check: 文件已损坏或不完整");
  });
});

describe("xxgk import -o FILE.xlsx fills the standard workbook", () => {
  test("a published report imported to .xlsx reads back with the same cells as its .json import", async () => {
    const published = path.join(__dirname, "..", "fixtures", "published", "huaian-shizhengfu-2024.txt");
    const asJson = file("淮安.json");
    const asXlsx = file("淮安.xlsx");
    expect((await runCli("import", published, "-o", asJson)).code).toBeLessThan(2);
    expect((await runCli("import", published, "-o", asXlsx)).code).toBeLessThan(2);
    const json = JSON.parse(fs.readFileSync(asJson, "utf8"));
    const read = await readReportWorkbook(fs.readFileSync(asXlsx));
    if (!read.ok) throw new Error(read.reason);
    const fromJson = toReport(json);
    for (const [key, cell] of Object.entries(fromJson.cells)) expect([key, read.report.cells[key]?.value]).toEqual([key, cell.value]);
    expect(read.report.meta).toMatchObject({ agency: fromJson.meta.agency, reportYear: fromJson.meta.reportYear, edition: fromJson.meta.edition });
  });
});
