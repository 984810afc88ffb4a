import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import type { Page } from "playwright-core";
import { buildTemplatePlan, templateLayout } from "../../src/core";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { reportValues } from "../../src/excel/typeValues";
import type { TypedValue } from "../../src/excel/typeValues";
import { buildAddin, ROOT } from "../helpers/build";
import { fixtureInput, toReport } from "../helpers/reports";
import { screenshot, startHarness } from "./harness";
import type { Harness } from "./harness";
import { HANG_GUARD_MS } from "../helpers/timeouts";

/**
 * The task pane in headless chromium, office.js replaced by a stub whose Excel.run is the in-memory workbook. The
 * clerk's path: insert the template, type the numbers (with a planted error and a 「/」), validate, see the finding,
 * click it and see the cell selected, fix it, validate clean, generate the text, copy it. Screenshots of each state
 * go to test/output/screenshots/. Also: preview mode with Microsoft's real office.js outside Office, an older
 * Excel, text with markup shown as text, CJK glyphs really drawn, the bundle's size and what loads at start.
 */

const L = templateLayout("2021");
const huaian = () => toReport({ ...fixtureInput("huaian-2024"), narrative: undefined });
const cellOf = (key: string) => L.cellMap[key];
const PLANTED = { ...cellOf("t3.newReceived|naturalPerson"), value: 3002 };
const SLASH = { ...cellOf("t3.withheld.stateSecret|commercial"), value: "/" };
const metrics: Record<string, unknown> = {};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, HANG_GUARD_MS.addinBuild);
afterAll(async () => {
  await harness?.close();
  fs.writeFileSync(path.join(ROOT, "test", "output", "pane-metrics.json"), JSON.stringify(metrics, null, 2));
});

const typeInto = (page: Page, values: TypedValue[]) => page.evaluate((v) => (globalThis as unknown as { __xxgkTest: { type(v: unknown): Promise<void> } }).__xxgkTest.type(v), values);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const probe = <T>(page: Page, fn: (test: any) => T) => page.evaluate(`(${fn.toString()})(globalThis.__xxgkTest)`) as Promise<T>;
const text = (page: Page, selector: string) => page.locator(selector).innerText();
const firstRender = (page: Page) => page.evaluate(() => performance.getEntriesByName("xxgk-first-render")[0]?.startTime ?? -1);

/** When the pane was drawn and ready, from navigation start and from the arrival of taskpane.js (ms). */
const timing = (page: Page) =>
  page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const script = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/taskpane.js")) as PerformanceResourceTiming | undefined;
    const arrived = script?.responseEnd ?? NaN;
    return { firstRender: at("xxgk-first-render"), ready: at("xxgk-ready"), scriptArrived: arrived, renderAfterScript: at("xxgk-first-render") - arrived };
  });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe("the clerk's path in Excel (office.js stub)", () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await harness.open({ office: "stub" }));
    metrics.firstRenderMsStub = Math.round(await firstRender(page));
  });

  test("opens connected to Excel; no template yet, so 模板 is open", async () => {
    expect(await text(page, "#status")).toContain("当前工作簿还没有年报模板");
    expect(await page.locator("#section-template").getAttribute("open")).not.toBeNull();
    expect(await page.locator("#preview-banner").isHidden()).toBe(true);
    await screenshot(page, "01-start");
  });

  test("插入模板: the year shows its edition and 文号; the template is inserted", async () => {
    await page.selectOption("#tpl-year", "2024");
    expect(await text(page, "#tpl-edition")).toContain("2021格式（国办公开办函〔2021〕30号");
    await page.selectOption("#tpl-year", "2020");
    expect(await text(page, "#tpl-edition")).toContain("2019格式（国办公开办函〔2019〕60号");
    await page.selectOption("#tpl-year", "2024");
    await page.selectOption("#tpl-level", "prefecturalGovernment");
    await page.fill("#tpl-agency", "淮安市人民政府");
    await probe(page, (t) => t.resetSyncs());
    await page.getByRole("button", { name: "插入模板" }).click();
    await page.getByText("已插入2021格式模板（2024年度）").waitFor();
    expect(await probe(page, (t) => t.syncs())).toBe(2); // which sheets exist; draw everything
    metrics.insertTemplateSyncs = 2;
    expect(await probe(page, (t) => t.sheets())).toEqual(["Sheet1", "填报说明", "基本信息", "表二", "表三", "表四", "上年数据", "校验", "报告正文"]);
    await screenshot(page, "02-template-inserted");
  });

  test("inserting again asks first; 取消 leaves the workbook alone", async () => {
    await probe(page, (t) => t.resetSyncs());
    await page.getByRole("button", { name: "插入模板" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await probe(page, (t) => t.syncs())).toBe(1); // which sheets exist; nothing drawn
    expect(await dialog.innerText()).toContain("替换将删除这些工作表中已填写的全部内容");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("取消");
    await screenshot(page, "03-insert-again-asks");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await text(page, "#status")).toContain("未插入模板，工作簿没有改动");
  });

  test("the clerk types the numbers (a planted error and a 「/」); 一键校验 finds and highlights them", async () => {
    await typeInto(page, [...reportValues(L, huaian()), PLANTED, SLASH]);
    await probe(page, (t) => t.resetSyncs());
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.locator("#validate-summary.error").waitFor();
    const summary = await text(page, "#validate-summary");
    // The planted error is also named where its row and its column cross (a 提醒 pointing at it).
    expect(summary).toMatch(/发现 \d+ 处错误、2 处提醒/);
    expect(await probe(page, (t) => t.syncs())).toBe(2); // 1 read + 1 write
    metrics.validateSyncs = { read: 1, write: 1 };
    expect(await page.locator("#validate-results").getAttribute("data-syncs")).toBe("1+1");
    const group = page.locator("section.group", { hasText: "表三" });
    expect(await group.locator("h3").innerText()).toMatch(/表三\s*错误 \d+\s*提醒 2/);
    expect(await group.locator("button.finding").first().innerText()).toContain(`（${PLANTED.address}）填错：该格所在的行和列都相差1`);
    expect(await group.innerText()).toContain("填的是「/」，已按0计算");
    const highlights = await probe(page, (t) => t.highlights());
    expect(highlights).toContain(`表三!${SLASH.address}`);
    await screenshot(page, "04-findings");
  });

  test("clicking a finding selects its cell; Enter and Space on another do too", async () => {
    const first = page.locator("button.finding.error").first();
    const where = (await first.locator(".where").innerText()).split(" ");
    await probe(page, (t) => t.resetSyncs());
    await first.click();
    await page.getByText(`已选中「${where[0]}」${where[1]}`).waitFor();
    expect(await probe(page, (t) => t.syncs())).toBe(1); // a write only
    expect(await probe(page, (t) => t.selection())).toEqual({ sheet: where[0], range: where[1] });
    expect(await probe(page, (t) => t.activeSheet())).toBe(where[0]);
    await screenshot(page, "05-finding-selected");

    const slash = page.locator("button.finding.warning", { hasText: "「/」" });
    await slash.focus();
    await page.keyboard.press("Enter");
    await page.getByText(`已选中「表三」${SLASH.address}`).waitFor();
    expect(await probe(page, (t) => t.selection())).toEqual({ sheet: "表三", range: SLASH.address });
    await first.focus();
    await page.keyboard.press(" ");
    await page.getByText(`已选中「${where[0]}」${where[1]}`).waitFor();
  });

  test("fixed: 一键校验 is clean and the highlights are gone", async () => {
    await typeInto(page, [
      { ...PLANTED, value: 3001 },
      { ...SLASH, value: 0 },
    ]);
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.locator("#validate-summary.ok").waitFor();
    expect(await text(page, "#validate-summary")).toBe("全部勾稽关系成立，没有发现问题。");
    expect(await probe(page, (t) => t.highlights())).toEqual([]);
    expect(await page.locator("button.finding").count()).toBe(0);
    await screenshot(page, "06-clean");
  });

  test("a 总计 left blank whose parts are filled: inferred, and said once — under 未填写的单元格, not again in the list", async () => {
    const total = L.cellMap["t3.newReceived|total"];
    await typeInto(page, [{ ...total, value: "" }]);
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.locator("#validate-summary.warning").waitFor();
    const group = page.locator("section.group", { hasText: "表三" });
    const inferred = group.locator("button.finding", { hasText: "已按" });
    expect(await inferred.count()).toBe(1);
    expect(await group.locator("details.unfilled button.finding", { hasText: "已按" }).count()).toBe(1);
    expect(await inferred.textContent()).toContain("3119");
    await typeInto(page, [{ ...total, value: 3119 }]);
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.locator("#validate-summary.ok").waitFor();
  });

  test("生成正文 writes 报告正文 (text, never formulas) and shows it", async () => {
    await probe(page, (t) => t.resetSyncs());
    await page.getByRole("button", { name: "生成正文" }).click();
    await page.getByText(/已写入「报告正文」工作表 A4:A\d+/).waitFor();
    expect(await probe(page, (t) => t.cell("报告正文", "A4"))).toEqual({ value: "淮安市人民政府", formula: null });
    // 1 read + 1 write: the preview is the draft of the rows just written, not a second read of the workbook.
    expect(await probe(page, (t) => t.syncs())).toBe(2);
    metrics.generateSyncs = { read: 1, write: 1 };
    await page.getByText("查看正文").click();
    expect(await text(page, ".text-preview")).toContain("一、总体情况");
    // The preview is what was written: every paragraph of 报告正文, in order (each table line stands for its table).
    const written = await probe(page, (t) => {
      const rows: string[] = [];
      for (let r = 4; t.cell("报告正文", `A${r}`)?.value; r++) rows.push(String(t.cell("报告正文", `A${r}`).value));
      return rows;
    });
    const shown = await page.locator(".text-preview > p").allTextContents();
    expect(shown).toEqual(written.filter((row) => !row.startsWith("（本部分为统计表")));
    expect(await page.locator(".text-preview > .table-scroll > table").count()).toBe(written.filter((row) => row.startsWith("（本部分为统计表")).length);
    await screenshot(page, "07-generated");
  });

  test("the text preview follows the draft: sections, sub-headings and real tables", async () => {
    const preview = page.locator(".text-preview");
    expect(await preview.locator(".heading").first().textContent()).toBe("一、总体情况");
    expect(await preview.locator(".subheading").first().textContent()).toBe("（一）主动公开情况");
    expect(await preview.locator("table").count()).toBeGreaterThanOrEqual(3); // 表二、表三、表四
    expect(await preview.locator("table th", { hasText: "信息内容" }).count()).toBeGreaterThan(0);
  });

  test("复制到剪贴板 copies the whole text, tables included", async () => {
    await probe(page, (t) => t.resetSyncs());
    await page.getByRole("button", { name: "复制到剪贴板" }).click();
    await page.getByText("已复制全文").waitFor();
    expect(await probe(page, (t) => t.syncs())).toBe(1); // the sheet as the clerk left it: 1 read
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("淮安市人民政府");
    expect(copied).toContain("三、收到和处理政府信息公开申请情况");
    expect(copied).toContain("一、本年新收政府信息公开申请数量");
    await screenshot(page, "08-copied");
  });

  test("下载 Word gives a .docx (Excel on the web allows downloads)", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 Word（.docx）" }).click()]);
    expect(download.suggestedFilename()).toBe("淮安市人民政府2024年政府信息公开工作年度报告.docx");
    const file = path.join(ROOT, "test", "output", "pane-download.docx");
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  test("CJK text is drawn with real glyphs, not boxes", async () => {
    // Two different strings drawn in the pane's font: with a CJK font they differ; as tofu boxes they are identical.
    const result = await page.evaluate(() => {
      const font = getComputedStyle(document.body).fontFamily;
      const draw = (s: string) => {
        const canvas = document.createElement("canvas");
        canvas.width = 120;
        canvas.height = 40;
        const ctx = canvas.getContext("2d")!;
        ctx.font = `24px ${font}`;
        ctx.fillText(s, 4, 30);
        return { pixels: Array.from(ctx.getImageData(0, 0, 120, 40).data).join(","), width: ctx.measureText(s).width, inked: ctx.getImageData(0, 0, 120, 40).data.some((v) => v > 0) };
      };
      const a = draw("政务");
      const b = draw("公开");
      return { differ: a.pixels !== b.pixels, inked: a.inked && b.inked, width: a.width, fonts: document.fonts.check(`24px ${font}`, "政务公开") };
    });
    expect(result).toMatchObject({ differ: true, inked: true });
    expect(result.width).toBeGreaterThan(40); // two full-width glyphs at 24px
  });
});

describe("text with markup is shown as text", () => {
  test("an agency name and a changed label containing <script> and <img onerror>", async () => {
    const { page } = await harness.open({ office: "stub" });
    const hostile = `<img src=x onerror="window.__xss=1">某局<script>window.__xss=2</script>`;
    await page.selectOption("#tpl-year", "2024");
    await page.fill("#tpl-agency", hostile);
    await page.getByRole("button", { name: "插入模板" }).click();
    await page.getByText("已插入2021格式模板").waitFor();
    expect(await probe(page, (t) => t.cell("基本信息", "B3"))).toEqual({ value: hostile, formula: null });
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.locator("#validate-summary.error").waitFor();
    expect(await text(page, "#workbook-info")).toContain(hostile);

    const label = L.labels.find((l) => l.sheet === "表三" && l.key === "t3.disclosed")!;
    await page.evaluate(([address, value]) => (globalThis as unknown as { __xxgkTest: { force(s: string, a: string, v: string): void } }).__xxgkTest.force("表三", address, value), [label.address, "<script>window.__xss=3</script>"]);
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByText("现在是「<script>window.__xss=3</script>」").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator(".pane img, .pane script").count()).toBe(0);
    await screenshot(page, "09-markup-as-text");
    await page.context().close();
  });
});

describe("an older desktop Excel (ExcelApi 1.5, Windows)", () => {
  test("says what it cannot do, still validates, offers no download", async () => {
    const { page } = await harness.open({ office: "stub", stub: { apiVersion: "1.5", platform: "PC" } });
    expect(await text(page, "#limitations")).toContain("不支持条件格式");
    await page.selectOption("#tpl-year", "2024");
    await page.getByRole("button", { name: "插入模板" }).click();
    await page.getByText("已插入2021格式模板").waitFor();
    expect(await text(page, "#section-template .result")).toContain("当前 Excel 版本不支持数据验证");
    await typeInto(page, [...reportValues(L, huaian()), PLANTED]);
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.locator("#validate-summary.error").waitFor();
    expect(await text(page, "#validate-summary")).toMatch(/^发现 2 处错误、1 处提醒。/);
    expect(await text(page, "#limitations")).toContain("不能在表格中标出有问题的单元格");
    expect(await probe(page, (t) => t.highlights())).toEqual([]);
    expect(await page.getByRole("button", { name: "下载 Word（.docx）" }).isHidden()).toBe(true);
    expect(await text(page, "#section-narrative")).toContain("当前 Excel 不能从加载项下载文件");
    await screenshot(page, "10-older-excel");
    await page.context().close();
  });
});

describe("preview mode (Microsoft's office.js outside Office)", () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await harness.open({ office: "real", viewport: { width: 1280, height: 860 } }));
    metrics.firstRenderMsPreview = Math.round(await firstRender(page));
  });

  test("shows 「预览模式」 and the sample workbook", async () => {
    expect(await page.locator("#preview-banner").isVisible()).toBe(true);
    expect(await text(page, "#preview-banner")).toContain("预览模式");
    expect(await text(page, "#workbook-info")).toBe("示例镇人民政府 · 2024年度 · 2021格式");
    expect(await page.locator(".sheet-tab.active").innerText()).toBe("表三");
    await screenshot(page, "11-preview");
  });

  test("every button works on the sample: validate, select, fix in the grid, generate", async () => {
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.locator("#validate-summary.error").waitFor();
    expect(await text(page, "#validate-summary")).toMatch(/发现 2 处错误、2 处提醒/);
    const error = page.locator("button.finding.error").first();
    const where = (await error.locator(".where").innerText()).split(" ");
    await error.click();
    await page.locator(`.grid td.selected[data-address="${where[1]}"]`).waitFor();
    expect(await page.locator(`.grid td.hl-error[data-address="${where[1]}"]`).count()).toBe(1);
    await screenshot(page, "12-preview-findings");

    // Fix the total in the grid as a clerk would in Excel: double-click, type, Enter.
    const total = L.cellMap["t3.newReceived|total"].address;
    await page.locator(`.grid td[data-address="${total}"]`).dblclick();
    await page.locator(".cell-editor").fill("15");
    await page.keyboard.press("Enter");
    await page.getByText(`已在「表三」${total} 填入「15」`).waitFor();
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.locator("#validate-summary.warning").waitFor();
    expect(await text(page, "#validate-summary")).toMatch(/^发现 1 处提醒。/);

    await page.getByRole("button", { name: "生成正文" }).click();
    await page.getByText(/已写入「报告正文」工作表/).waitFor();
    await page.locator(".sheet-tab", { hasText: "报告正文" }).click();
    await page.locator(".grid td", { hasText: "2024年政府信息公开工作年度报告" }).first().waitFor();
    await screenshot(page, "13-preview-generated");
  });

  test("上年报告: pasted text is read and named; the cross-year check uses it", async () => {
    await page.locator("#section-last-year > summary").click();
    const published = fs.readFileSync(path.join(ROOT, "test", "fixtures", "published", "huaian-shizhengfu-2024.txt"), "utf8");
    await page.fill("#last-year-text", published);
    await page.getByRole("button", { name: "读取粘贴的文字" }).click();
    await page.getByText("已读取：淮安市人民政府 2024年度报告（2021格式），来自粘贴的文字").waitFor();
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByText("作为上年报告提供的是2024年的报告，不是2023年的").waitFor();
    await screenshot(page, "14-preview-last-year");
  });
});

describe("上年报告 from last year's workbook (.xlsx, read by ExcelJS loaded on demand)", () => {
  test("the file is read in the browser and the carry-over is checked against it", async () => {
    const input = fixtureInput("huaian-2024");
    const lastYearReport = toReport({ ...input, meta: { ...input.meta, agency: "示例镇人民政府", reportYear: 2023 }, narrative: undefined });
    const file = path.join(ROOT, "test", "output", "示例镇2023.xlsx");
    fs.writeFileSync(file, await writeTemplateWorkbook(buildTemplatePlan({ edition: "2021", reportYear: 2023 }), { report: lastYearReport }));
    const { page } = await harness.open({ office: "real", viewport: { width: 1280, height: 860 } });
    await page.locator("#section-last-year > summary").click();
    await page.setInputFiles("#last-year-file", file);
    await page.getByText("已读取：示例镇人民政府 2023年度报告（2021格式），来自「示例镇2023.xlsx」").waitFor({ timeout: HANG_GUARD_MS.browserWait });
    await page.getByRole("button", { name: "一键校验" }).click();
    // The sample's 上年结转 (1, 0, …) against 淮安's 结转下年度 (103 for 总计): carry-over errors, per column.
    await page.getByText("2023年报告「四、结转下年度继续办理」为103").first().waitFor();
    expect(await text(page, "#validate-results")).toContain("已与上年报告核对（「示例镇2023.xlsx」）");
    await screenshot(page, "15-preview-last-year-workbook");
    await page.context().close();
  }, 60000);
});

describe("size and loading", () => {
  test("taskpane.js ≤ 250 KB minified; the big parts are separate chunks, not loaded at start", async () => {
    const dist = buildAddin();
    const bytes = fs.readFileSync(path.join(dist, "taskpane.js"));
    metrics.taskpaneJs = { minifiedBytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
    expect(bytes.length).toBeLessThanOrEqual(250 * 1024);
    const { page } = await harness.open({ office: "stub" });
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()));
    for (const lazy of ["docx.js", "import.js", "xlsx-reader.js", "preview.js", "template.js"]) expect(scripts).not.toContain(lazy);
    for (const chunk of ["docx.js", "import.js", "xlsx-reader.js", "preview.js", "template.js"]) expect(fs.existsSync(path.join(dist, chunk))).toBe(true);
    await page.context().close();
  });

  test("first render in headless chromium, before Office answers (median of 5 loads recorded in test/output/pane-metrics.json)", async () => {
    const runs: Awaited<ReturnType<typeof timing>>[] = [];
    for (let i = 0; i < 5; i++) {
      const { page } = await harness.open({ office: "stub" });
      runs.push(await timing(page));
      await page.context().close();
    }
    const result = Object.fromEntries((["firstRender", "renderAfterScript", "ready"] as const).map((k) => [k, Math.round(median(runs.map((r) => r[k])))]));
    metrics.firstRenderStubMedianMs = result;
    // The pane draws itself once its script has arrived, before Office answers: parse, run and draw. Every load
    // drew; how fast is measured by `npm run bench -- taskpane` (target ≤ 300 ms), not judged here on a shared machine.
    expect(runs.every((r) => r.renderAfterScript > 0 && r.firstRender <= r.ready)).toBe(true);
  }, 60000);

  test("no request left the machine, no script errors", () => {
    // The pane asks for nothing outside its own folder. (Microsoft's office.js, left open outside Office for half a
    // minute, may load its telemetry frame: that is office.js's, aborted here, and absent from self-hosted builds.)
    const officeTelemetry = "https://telemetryservice.firstpartyapps.oaspapps.com/";
    expect(harness.blocked.filter((url) => !url.startsWith(officeTelemetry))).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
