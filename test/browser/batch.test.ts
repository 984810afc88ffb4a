import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { buildTemplatePlan, templateLayout } from "../../src/core";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { buildAddin, ROOT } from "../helpers/build";
import { fixtureInput, toReport } from "../helpers/reports";
import { SCREENSHOTS, screenshot, startHarness } from "./harness";
import type { Harness } from "./harness";

/**
 * 批量检查（政务公开办） in the task pane, in headless chromium: a folder of returns picked as a clerk at the supervising
 * office would (clean and broken workbooks, a corrupt file, a published web page, a Word file, JSON with a formula for
 * a name, a sub-folder, an Excel lock file), checked in the pane's Web Worker, written into the workbook — and
 * compared cell by cell with what `xxgk check --summary` writes for the same folder. 汇总相加 against
 * `xxgk aggregate`. 取消 mid-batch. In Excel (the office.js stub) and in the preview mode.
 */

const XXGK = path.join(ROOT, "bin", "xxgk.js");
const FORMS = path.join(ROOT, "test", "fixtures", "forms");
const metrics: Record<string, unknown> = {};

let harness: Harness;
let root: string;

type CellValue = string | number | boolean;
type Cells = Record<string, CellValue>;

const huaian = () => {
  const input = fixtureInput("huaian-2024");
  delete input.narrative;
  return input;
};

async function workbook(input: unknown, lastYear?: unknown): Promise<Buffer> {
  const report = toReport(input);
  const plan = buildTemplatePlan({ edition: report.meta.edition, reportYear: report.meta.reportYear });
  return writeTemplateWorkbook(plan, { report, lastYear: lastYear === undefined ? undefined : toReport(lastYear) });
}

function write(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-pane-batch-"));
  const returns = path.join(root, "收回的报表");
  // A clean return (its own carry-over matches last year's, given below).
  write(path.join(returns, "01-淮安市人民政府.xlsx"), await workbook(huaian()));
  // A planted identity error and a 「/」.
  const broken = huaian();
  broken.meta.agency = "某县应急管理局";
  broken.rows["t3.newReceived"][0] = 3002;
  broken.rows["t3.withheld.stateSecret"][1] = "/";
  write(path.join(returns, "02-某县应急管理局.xlsx"), await workbook(broken));
  // A workbook cut off half-way (a broken download) and a file that is no workbook at all.
  write(path.join(returns, "03-损坏.xlsx"), (await workbook(huaian())).subarray(0, 3000));
  write(path.join(returns, "04-不是工作簿.xlsx"), "这不是Excel文件");
  // Published forms: a web page, a Word document and a PDF.
  fs.copyFileSync(path.join(FORMS, "huaian-2024.html"), path.join(returns, "05-淮安-网页.html"));
  fs.copyFileSync(path.join(FORMS, "yuyao-2020.docx"), path.join(returns, "06-余姚-Word.docx"));
  fs.copyFileSync(path.join(FORMS, "yuyao-2020.pdf"), path.join(returns, "09-余姚-PDF.pdf"));
  // JSON whose agency is a formula (text from a report never becomes one) and a sub-folder with a 2019-format return.
  const injected = huaian();
  injected.meta.agency = '=HYPERLINK("http://example.invalid","点我")';
  write(path.join(returns, "07-注入.json"), JSON.stringify(injected));
  write(path.join(returns, "乡镇", "08-余姚.json"), JSON.stringify(fixtureInput("yuyao-2020")));
  // Not part of a batch: Excel's lock file, a hidden file, a file of another kind.
  write(path.join(returns, "~$01-淮安市人民政府.xlsx"), "lock");
  write(path.join(returns, ".DS_Store"), "hidden");
  write(path.join(returns, "说明.doc"), "not a report");

  // Last year's returns: 淮安's 2023 report, whose 结转下年度 (34 and one 其他组织, 35 in all) is not this year's
  // 上年结转 (34, 34 in all) in two columns.
  const last = huaian();
  last.meta.reportYear = 2023;
  last.rows["t3.carryForward"] = [34, 0, 0, 0, 0, 1, 35];
  write(path.join(root, "上年的报表", "淮安2023.json"), JSON.stringify(last));
  write(path.join(root, "上年的报表", "坏的.json"), "{");

  // Returns of one year and edition, for 汇总相加.
  const same = path.join(root, "同年");
  write(path.join(same, "a-淮安.xlsx"), await workbook(huaian()));
  const other = huaian();
  other.meta.agency = "某县人民政府";
  other.rows["t3.newReceived"] = [10, 1, 0, 0, 2, 0, 13];
  write(path.join(same, "b-某县.json"), JSON.stringify(other));
  fs.copyFileSync(path.join(FORMS, "huaian-2024.html"), path.join(same, "c-淮安-网页.html"));

  harness = await startHarness();
}, 240000);

afterAll(async () => {
  await harness?.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.writeFileSync(path.join(ROOT, "test", "output", "batch-metrics.json"), JSON.stringify(metrics, null, 2));
});

/** `xxgk` as the supervising office runs it, in `root` so that file names are the same relative paths the pane shows. */
function xxgk(...args: string[]): void {
  try {
    execFileSync(process.execPath, [XXGK, ...args], { cwd: root, stdio: "pipe" });
  } catch (e) {
    // Exit status 1 (errors found) and 2 (a file unreadable) are what a batch with planted problems returns.
    if (![1, 2].includes((e as { status?: number }).status ?? -1)) throw e;
  }
}

/** Every non-empty cell of each sheet of an .xlsx, formulas as 「=…」 (merged cells' covered parts left out). */
async function xlsxCells(file: string): Promise<Record<string, Cells>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: Record<string, Cells> = {};
  for (const ws of wb.worksheets) {
    const cells: Cells = {};
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const v = cell.value as unknown;
        const value = v !== null && typeof v === "object" && "formula" in v ? `=${(v as { formula: string }).formula}` : (v as CellValue);
        if (value !== "" && value !== null && value !== undefined) cells[cell.address] = value;
      }),
    );
    sheets[ws.name] = cells;
  }
  return sheets;
}

const probe = <T>(page: Page, fn: string) => page.evaluate(`(${fn})(globalThis.__xxgkTest)`) as Promise<T>;

/** A sheet of the stub's workbook as the same map (formulas as 「=…」). */
async function stubSheet(page: Page, name: string): Promise<{ cells: Cells; autoFilter: string; freeze: { rows: number } } | null> {
  const dump = await probe<{ cells: Record<string, { value: CellValue; formula: string | null }>; autoFilter: string; freeze: { rows: number } } | null>(page, `(t) => t.dump(${JSON.stringify(name)})`);
  if (!dump) return null;
  const cells: Cells = {};
  for (const [address, c] of Object.entries(dump.cells)) cells[address] = c.formula ?? c.value;
  return { cells, autoFilter: dump.autoFilter, freeze: dump.freeze };
}

async function openBatch(page: Page): Promise<void> {
  await page.locator("#section-batch > summary").click();
}

async function runCheck(page: Page, folder: string, lastYear?: string): Promise<string> {
  await page.setInputFiles("#batch-folder", path.join(root, folder));
  if (lastYear) await page.setInputFiles("#batch-last-year-folder", path.join(root, lastYear));
  await page.getByRole("button", { name: "批量检查" }).click();
  await page.locator("#batch-result p.ok, #batch-result p.error").first().waitFor({ timeout: 60000 });
  return page.locator("#batch-result").innerText();
}

describe("批量检查 in Excel (office.js stub): the same cells as xxgk check --summary", () => {
  let page: Page;
  let cli: Record<string, Cells>;
  beforeAll(async () => {
    xxgk("check", "收回的报表", "--last-year", "上年的报表", "--summary", "summary.xlsx");
    cli = await xlsxCells(path.join(root, "summary.xlsx"));
    ({ page } = await harness.open({ office: "stub" }));
    await openBatch(page);
  }, 60000);

  test("nothing of the batch loads until the section is used; then its chunk, the worker and the reader do", async () => {
    const scripts = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop() ?? ""));
    const before = await scripts();
    expect(before).toContain("taskpane.js");
    expect(before.filter((s) => /^batch|^\d+\.js$/.test(s))).toEqual([]);
    const initial = fs.statSync(path.join(buildAddin(), "taskpane.js")).size;
    metrics.taskpaneJsBytes = initial;
    expect(initial).toBeLessThanOrEqual(250 * 1024);
    // The worker's scripts are its own requests (not the page's): the batch chunk is, after a run.
    metrics.lazy = { before: before.filter((s) => s.endsWith(".js")) };
  });

  test("the folder: the files a batch takes are listed, the others skipped", async () => {
    await page.setInputFiles("#batch-folder", path.join(root, "收回的报表"));
    expect(await page.locator("#batch-selected").innerText()).toMatch(/^已选 9 份（文件夹中另有 3 个文件不是报告，已跳过）：收回的报表\/01-淮安市人民政府\.xlsx/);
    await screenshot(page, "batch-01-section");
  });

  test("汇总 and 问题清单 hold exactly the cells of the command line's summary workbook", async () => {
    await probe(page, "(t) => t.resetSyncs()");
    const shown = await runCheck(page, "收回的报表", "上年的报表");
    expect(shown).toContain("共检查 9 份：");
    expect(await page.evaluate(() => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/batch.js")))).toBe(true);
    // Last year's unreadable file is named, in Chinese only (the English gloss is the command line's).
    expect(shown).toMatch(/^上年报告：上年的报表\/坏的\.json：不是有效的JSON文件$/m);
    expect(shown).not.toContain("not valid JSON");
    for (const name of ["汇总", "问题清单"]) {
      const sheet = await stubSheet(page, name);
      expect(sheet?.cells).toEqual(cli[name]);
      const rows = Object.keys(cli[name]).reduce((n, a) => Math.max(n, Number(/\d+$/.exec(a)![0])), 0);
      expect(sheet?.autoFilter).toBe(`A1:${name === "汇总" ? "H" : "K"}${rows}`);
      expect(sheet?.freeze.rows).toBe(1);
    }
    // What the batch found, read from the documents: 02 has its planted error, 03 and 04 are unreadable, the last-year
    // carry-over of 01 is off in two columns, 07's agency is text.
    const summary = cli["汇总"];
    const row = (file: string) => Object.entries(summary).find(([a, v]) => a.startsWith("H") && v === file)![0].slice(1);
    expect(summary[`E${row("收回的报表/02-某县应急管理局.xlsx")}`]).toBe(2);
    expect(summary[`B${row("收回的报表/03-损坏.xlsx")}`]).toBe("（无法读取）");
    expect(summary[`B${row("收回的报表/04-不是工作簿.xlsx")}`]).toBe("（无法读取）");
    expect(summary[`E${row("收回的报表/01-淮安市人民政府.xlsx")}`]).toBe(2);
    expect(summary[`B${row("收回的报表/07-注入.json")}`]).toBe(`'=HYPERLINK("http://example.invalid","点我")`);
    expect(summary[`D${row("收回的报表/乡镇/08-余姚.json")}`]).toBe("2019格式");
    // The PDF read as the command line reads it (余姚应急管理局 2020, 2019格式).
    expect([summary[`B${row("收回的报表/09-余姚-PDF.pdf")}`], summary[`D${row("收回的报表/09-余姚-PDF.pdf")}`]]).toEqual(["余姚市应急管理局", "2019格式"]);
    const syncs = await probe<number>(page, "(t) => t.syncs()");
    // Which sheets exist; everything else (a few dozen rows) in one block.
    expect(syncs).toBe(2);
    const rowsOf = (name: string) => Object.keys(cli[name]).filter((a) => /^A\d+$/.test(a)).length - 1;
    metrics.summarySyncsSmall = { summaryRows: rowsOf("汇总"), findingRows: rowsOf("问题清单"), syncs };
    await screenshot(page, "batch-02-done");
    // For docs/taskpane.md: the section as it looks after a batch.
    await page.locator("#section-batch").screenshot({ path: path.join(SCREENSHOTS, "batch-section.png") });
  }, 90000);

  test("a second run asks before replacing 汇总 and 问题清单; 取消 leaves them", async () => {
    await page.getByRole("button", { name: "批量检查" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor({ timeout: 60000 });
    expect(await dialog.innerText()).toContain("工作簿中已有「汇总」「问题清单」工作表");
    await screenshot(page, "batch-03-asks");
    await page.keyboard.press("Escape");
    await page.getByText("未写入汇总表，工作簿没有改动").waitFor();
    expect((await stubSheet(page, "汇总"))?.cells).toEqual(cli["汇总"]);
    // Another action started while the question waits withdraws it: nothing written.
    await probe(page, "(t) => t.force('汇总', 'A1', '我的标题')");
    await page.getByRole("button", { name: "批量检查" }).click();
    await page.getByRole("alertdialog").waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByText("已撤回「替换这些工作表」的询问：未写入汇总表，工作簿没有改动").waitFor();
    expect(await probe(page, "(t) => t.cell('汇总', 'A1').value")).toBe("我的标题");
  }, 120000);

  test("汇总相加 writes the same workbook as xxgk aggregate", async () => {
    xxgk("aggregate", "同年", "-o", "total.xlsx", "--agency", "某市（全市汇总）");
    const expected = await xlsxCells(path.join(root, "total.xlsx"));
    const { page: fresh } = await harness.open({ office: "stub" });
    await openBatch(fresh);
    await fresh.setInputFiles("#batch-folder", path.join(root, "同年"));
    await fresh.fill("#batch-agency", "某市（全市汇总）");
    await fresh.getByRole("button", { name: "汇总相加" }).click();
    await fresh.locator("#batch-result p.ok").waitFor({ timeout: 60000 });
    expect(await fresh.locator("#batch-result").innerText()).toContain("已汇总 3 份报告（2024年，2021格式）");
    expect(await fresh.locator("#batch-result").innerText()).toContain("「淮安市人民政府」出现了不止一次");
    const sheets = await probe<string[]>(fresh, "(t) => t.sheets()");
    expect(sheets.filter((s) => s !== "Sheet1")).toEqual(Object.keys(expected));
    for (const name of Object.keys(expected)) expect({ name, cells: (await stubSheet(fresh, name))?.cells }).toEqual({ name, cells: expected[name] });
    // The sum, by hand: 淮安 3001 twice (workbook and web page) and 某县's 10 new 自然人 applications.
    expect(expected["表三"][templateLayout("2021").cellMap["t3.newReceived|naturalPerson"].address]).toBe(6012);
    await screenshot(fresh, "batch-04-aggregate");
    await fresh.context().close();
  }, 90000);

  test("汇总相加 refuses a batch with unreadable files, writing nothing", async () => {
    const { page: fresh } = await harness.open({ office: "stub" });
    await openBatch(fresh);
    await fresh.setInputFiles("#batch-folder", path.join(root, "收回的报表"));
    await fresh.getByRole("button", { name: "汇总相加" }).click();
    await fresh.locator("#batch-result p.error").waitFor({ timeout: 60000 });
    expect(await fresh.locator("#batch-result").innerText()).toContain("以下文件无法读取，未汇总");
    expect(await probe<string[]>(fresh, "(t) => t.sheets()")).toEqual(["Sheet1"]);
    await fresh.context().close();
  }, 90000);
});

describe("取消 mid-batch", () => {
  test("the batch stops within a second, the pane stays responsive, the workbook is untouched", async () => {
    const many = path.join(root, "很多");
    const source = path.join(root, "收回的报表", "01-淮安市人民政府.xlsx");
    fs.mkdirSync(many, { recursive: true });
    for (let i = 0; i < 400; i++) fs.linkSync(source, path.join(many, `${String(i).padStart(3, "0")}.xlsx`));
    const { page } = await harness.open({ office: "stub" });
    await openBatch(page);
    await page.setInputFiles("#batch-folder", many);
    // The main thread's long tasks while the workers check (Long Tasks API: any task over 50 ms).
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({ type: "longtask" });
    });
    await page.getByRole("button", { name: "批量检查" }).click();
    await page.locator(".batch-progress .progress-text", { hasText: /正在检查 ([2-9]\d|\d{3})\/400/ }).waitFor({ timeout: 60000 });
    await screenshot(page, "batch-05-progress");
    const clicked = Date.now();
    await page.getByRole("button", { name: "取消" }).click();
    await page.getByText(/已取消：已读取 \d+ 份报告，工作簿没有改动/).waitFor({ timeout: 1000 });
    const stoppedMs = Date.now() - clicked;
    expect(stoppedMs).toBeLessThan(1000);
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    metrics.cancel = { stoppedMs, longestTaskMs: Math.round(longest) };
    // Responsive: no task on the pane's thread held it for more than a fraction of a second while the files were read.
    expect(longest).toBeLessThan(250);
    await page.waitForTimeout(1000);
    expect(await probe<string[]>(page, "(t) => t.sheets()")).toEqual(["Sheet1"]);
    expect(await page.getByRole("button", { name: "批量检查" }).isEnabled()).toBe(true);
    await page.context().close();
  }, 120000);
});

describe("批量检查 in the preview mode (Microsoft's office.js outside Office)", () => {
  test("files picked one by one (and last year's): the same 汇总 and 问题清单 as xxgk check on those files, in the sample workbook's grid", async () => {
    // The files the clerk selects in the folder's window (not its sub-folder), and last year's two files.
    const returns = path.join(root, "收回的报表");
    const picked = fs.readdirSync(returns).filter((f) => /\.(xlsx|html|docx|pdf|json)$/.test(f) && !f.startsWith("~$")).sort();
    expect(picked).toHaveLength(8);
    try {
      execFileSync(process.execPath, [XXGK, "check", ...picked, "--last-year", path.join(root, "上年的报表"), "--summary", path.join(root, "picked.xlsx")], { cwd: returns, stdio: "pipe" });
    } catch (e) {
      if (![1, 2].includes((e as { status?: number }).status ?? -1)) throw e;
    }
    const cli = await xlsxCells(path.join(root, "picked.xlsx"));
    const { page } = await harness.open({ office: "real", viewport: { width: 1280, height: 860 } });
    await openBatch(page);
    await page.setInputFiles("#batch-files", [...picked].reverse().map((f) => path.join(returns, f)));
    expect(await page.locator("#batch-selected").innerText()).toMatch(/^已选 8 份：01-淮安市人民政府\.xlsx、02-/);
    await page.setInputFiles("#batch-last-year-files", fs.readdirSync(path.join(root, "上年的报表")).map((f) => path.join(root, "上年的报表", f)));
    await page.getByRole("button", { name: "批量检查" }).click();
    await page.locator("#batch-result p.ok").waitFor({ timeout: 60000 });
    for (const name of ["汇总", "问题清单"]) {
      await page.locator(".sheet-tab", { hasText: name }).click();
      await page.locator(`.grid[aria-label="工作表「${name}」"]`).waitFor();
      const shown = await page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll(".grid td[data-address]")].filter((td) => td.textContent !== "").map((td) => [td.getAttribute("data-address"), td.textContent])),
      );
      expect(shown).toEqual(Object.fromEntries(Object.entries(cli[name]).map(([a, v]) => [a, String(v)])));
      await screenshot(page, `batch-06-preview-${name}`);
      // For docs/taskpane.md: what the window shows (the section beside the sheet).
      await page.locator("#batch-result").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOTS, `batch-preview-${name}.png`) });
    }
    await page.context().close();
  }, 90000);
});
