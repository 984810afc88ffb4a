import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { workerScript } from "../../src/cli/batch/pool";
import { runCli } from "../helpers/cli";
import { fixtureInput } from "../helpers/reports";

/**
 * A supervising office's batch: a folder of returns with errors planted in known files, a corrupt file, Excel lock
 * files and a sub-folder. The batch must find exactly the planted errors, report the corrupt file and go on.
 */

let dir: string;
const planted: Record<string, string[]> = {};
const COUNT = 24;

function agencyName(i: number): string {
  return `测试县第${i}局`;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-batch-"));
  fs.mkdirSync(path.join(dir, "乡镇"));
  for (let i = 1; i <= COUNT; i++) {
    const input = fixtureInput("huaian-2024");
    // Tables only: with 规章 set to 0 the 淮安 text (「新增公开市政府规章1件」) would rightly disagree (test/narrative).
    delete input.narrative;
    input.meta.agency = agencyName(i);
    input.meta.level = "countyDepartment";
    input.rows["t2.regulations"] = [0, 0, 0];
    let rules: string[] = [];
    if (i === 5) {
      input.rows["t4.cases"][4] = 350; // 行政复议 总计
      rules = ["t4.groupTotal"];
    } else if (i === 13) {
      input.rows["t3.newReceived"][0] = "３００１"; // full-width, still consistent
      rules = ["cell.fullWidth"];
    } else if (i === 21) {
      input.rows["t3.carryForward"][0] = 104;
      input.rows["t3.carryForward"][6] = 104;
      rules = ["t3.columnBalance", "t3.columnBalance"];
    }
    if (i === 7) input.meta.agency = "=HYPERLINK(\"http://example.invalid\",\"点我\")";
    const name = `${String(i).padStart(2, "0")}-${agencyName(i)}.json`;
    const file = path.join(i > 20 ? path.join(dir, "乡镇") : dir, name);
    fs.writeFileSync(file, JSON.stringify(input));
    planted[file] = rules;
  }
  fs.writeFileSync(path.join(dir, "00-损坏.json"), "{ 这不是JSON");
  fs.writeFileSync(path.join(dir, "~$01-测试.json"), "lock file");
  fs.writeFileSync(path.join(dir, ".hidden.json"), "{}");
  fs.writeFileSync(path.join(dir, "说明.docx.tmp"), "not a report");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("xxgk check on a folder", () => {
  test("finds exactly the planted errors, reports the corrupt file, checks all the rest (in worker threads)", async () => {
    const { code, out, err } = await runCli("check", dir, "--json", "--jobs", "2");
    expect(code).toBe(2);
    const files: { file: string; agency: string | null; findings: { rule: string }[] }[] = JSON.parse(out).files;
    expect(files).toHaveLength(COUNT + 1);
    // Folder order: files sorted, sub-folders searched.
    expect(path.basename(files[0].file)).toBe("00-损坏.json");
    expect(files[0].findings.map((f) => f.rule)).toEqual(["file.unreadable"]);
    for (const f of files.slice(1)) expect(f.findings.map((x) => x.rule)).toEqual(planted[f.file]);
    // Progress goes to stderr as plain lines when stderr is not a terminal.
    expect(err.split("\n").filter((l) => /^\[\s*\d+\/25\]/.test(l))).toHaveLength(25);
  });

  test("the same results in one thread as in workers", async () => {
    // Guards against a silent fallback to one thread: the compiled worker must be found.
    expect(workerScript()).toMatch(/worker\.js$/);
    const one = JSON.parse((await runCli("check", dir, "--json", "--jobs", "1")).out);
    const many = JSON.parse((await runCli("check", dir, "--json", "--jobs", "2")).out);
    expect(many).toEqual(one);
  });

  test("--summary writes a filterable workbook: one row per file and every finding", async () => {
    const summaryFile = path.join(dir, "..", `summary-${process.pid}.xlsx`);
    const { code, out } = await runCli("check", dir, "--summary", summaryFile);
    expect(code).toBe(2);
    expect(out).toContain("共检查 25 份：2 份有错误，1 份无法读取，22 份无错误");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(summaryFile);
    fs.rmSync(summaryFile);
    const summary = workbook.getWorksheet("汇总")!;
    expect(summary.rowCount).toBe(1 + 25);
    expect(summary.autoFilter).toBeDefined();
    expect(summary.getRow(1).values).toEqual([undefined, "序号", "机关名称", "报告年度", "报告格式", "错误", "提醒", "主要问题", "文件"]);
    const byAgency = new Map<string, ExcelJS.Row>();
    summary.eachRow((row, n) => n > 1 && byAgency.set(String(row.getCell(2).value), row));
    expect(byAgency.get(agencyName(5))!.getCell(5).value).toBe(1);
    expect(String(byAgency.get(agencyName(5))!.getCell(7).value)).toContain("表四「行政复议」");
    expect(byAgency.get(agencyName(13))!.getCell(6).value).toBe(1);
    expect(byAgency.get("（无法读取）")!.getCell(5).value).toBe(1);
    // Formula injection: the agency typed as a formula is text with a leading apostrophe.
    const injected = [...byAgency.keys()].find((k) => k.includes("HYPERLINK"))!;
    expect(injected.startsWith("'=")).toBe(true);
    summary.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    const detail = workbook.getWorksheet("问题清单")!;
    expect(detail.rowCount).toBe(1 + 1 + 1 + 2 + 1); // t4.groupTotal, fullWidth, two columnBalance, unreadable
  });

  test("--last-year FOLDER matches each agency with its own last-year report", async () => {
    const lastDir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-last-"));
    for (const i of [2, 3]) {
      const last = fixtureInput("huaian-2024");
      delete last.narrative;
      last.meta.reportYear = 2023;
      last.meta.agency = agencyName(i);
      last.rows["t2.regulations"] = [0, 0, 0];
      last.rows["t2.normativeDocuments"] = [10, 2, 84]; // 84 + 8 − 26 = 66 this year
      last.rows["t3.carryForward"] = i === 2 ? [34, 0, 0, 0, 0, 0, 34] : [30, 0, 0, 0, 0, 0, 30];
      fs.writeFileSync(path.join(lastDir, `${i}.json`), JSON.stringify(last));
    }
    const files = [2, 3, 4].map((i) => path.join(dir, `${String(i).padStart(2, "0")}-${agencyName(i)}.json`));
    const { out } = await runCli("check", ...files, "--last-year", lastDir, "--json");
    fs.rmSync(lastDir, { recursive: true, force: true });
    const rules = JSON.parse(out).files.map((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule));
    // 2: chains; 3: carry-over broken in 自然人 and 总计; 4: no last-year report of its own, no cross-year check.
    expect(rules).toEqual([[], ["crossYear.carryOver", "crossYear.carryOver"], []]);
  });

  test("an empty folder is a clear error", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-empty-"));
    const { code, err } = await runCli("check", empty);
    fs.rmSync(empty, { recursive: true });
    expect(code).toBe(2);
    expect(err).toContain("没有找到可检查的文件");
  });
});
