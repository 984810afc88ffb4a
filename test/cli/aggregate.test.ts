import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readReportWorkbook } from "../../src/xlsx";
import { runCli } from "../helpers/cli";
import { fixtureInput } from "../helpers/reports";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-aggregate-"));
  for (const [name, agency] of [["a", "甲局"], ["b", "乙局"]]) {
    const input = fixtureInput("huaian-2024");
    delete input.narrative;
    input.meta.agency = agency;
    if (name === "b") input.rows["t4.cases"][4] = 350; // 乙局's own 行政复议 total is wrong
    fs.mkdirSync(path.join(dir, "returns"), { recursive: true });
    fs.writeFileSync(path.join(dir, "returns", `${name}.json`), JSON.stringify(input));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("xxgk aggregate", () => {
  test("sums a folder of returns into the standard workbook with a 汇总来源 sheet", async () => {
    const out = path.join(dir, "total.xlsx");
    const { code, out: printed } = await runCli("aggregate", path.join(dir, "returns"), "-o", out, "--agency", "测试市（全市汇总）");
    expect(code).toBe(0);
    expect(printed).toContain("已汇总 2 份报告（2024年，2021格式）");
    expect(printed).toContain("乙局：本身有 1 处错误，汇总数可能不准");

    const read = await readReportWorkbook(fs.readFileSync(out), "total.xlsx");
    if (!read.ok) throw new Error(read.reason);
    expect(read.report.meta.agency).toBe("测试市（全市汇总）");
    expect(read.report.cells["t3.newReceived|total"].value).toBe(2 * 3119);
    expect(read.report.cells["t3.newReceived|naturalPerson"].value).toBe(2 * 3001);
    expect(read.report.cells["t2.fees|feeAmount"].value).toBe(2 * 96171.6);
    expect(read.report.cells["t4.cases|review.total"].value).toBe(351 + 350);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("汇总来源")!;
    expect(sheet.getCell("A1").value).toBe("汇总来源（共2份报告）");
    expect([sheet.getCell("B3").value, sheet.getCell("D3").value]).toEqual(["甲局", 0]);
    expect([sheet.getCell("B4").value, sheet.getCell("D4").value]).toEqual(["乙局", 1]);

    // The total carries 乙局's inconsistency (351+350 ≠ sum of parts 702): check says so.
    const check = await runCli("check", out, "--json");
    expect(JSON.parse(check.out).files[0].findings.map((f: { rule: string }) => f.rule)).toContain("t4.groupTotal");
  });

  test("JSON output", async () => {
    const out = path.join(dir, "total.json");
    expect((await runCli("aggregate", path.join(dir, "returns", "a.json"), path.join(dir, "returns", "a.json"), "-o", out)).code).toBe(0);
    const total = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(total.meta).toMatchObject({ reportYear: 2024, edition: "2021" });
  });

  test("refuses mixed editions, unreadable files and overwriting", async () => {
    const yuyao = path.join(dir, "yuyao.json");
    fs.writeFileSync(yuyao, JSON.stringify(fixtureInput("yuyao-2020")));
    const mixed = await runCli("aggregate", path.join(dir, "returns", "a.json"), yuyao, "-o", path.join(dir, "mixed.xlsx"));
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain("不同格式的报告不能汇总");
    expect(fs.existsSync(path.join(dir, "mixed.xlsx"))).toBe(false);

    const broken = path.join(dir, "broken.json");
    fs.writeFileSync(broken, "{");
    const unreadable = await runCli("aggregate", path.join(dir, "returns", "a.json"), broken, "-o", path.join(dir, "x.xlsx"));
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain("以下文件无法读取，未汇总");

    const again = await runCli("aggregate", path.join(dir, "returns"), "-o", path.join(dir, "total.xlsx"));
    expect(again.code).toBe(2);
    expect(again.err).toContain("已存在");
  });
});
