import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { templateLayout } from "../../src/core";
import { startStaticServer } from "../../src/deploy/server";
import type { StaticServer } from "../../src/deploy/server";
import { reportValues } from "../../src/excel/typeValues";
import type { TypedValue } from "../../src/excel/typeValues";
import { assembleWpsPackage } from "../../src/wps/package";
import { CHROMIUM } from "../deploy/browser";
import { buildAddin, bundleForWeb, ROOT } from "../helpers/build";
import { fixtureInput, toReport } from "../helpers/reports";
import { HANG_GUARD_MS } from "../helpers/timeouts";

/**
 * The clerk's whole path in the WPS host, in headless chromium: the packaged WPS add-in (npm run package -- --wps)
 * served from disk, its pages given the in-memory WPS 表格 as `window.Application` (test/wps/wpsStub.ts). Insert →
 * type → 一键校验 → click a finding → fix → 生成正文 → 上年报告, and the ribbon's buttons driving the pane. The same
 * path runs in the Excel host (office.js stub, test/browser/officeStub.ts) and both must show the same findings,
 * highlight the same cells and write the same text. Screenshots: test/output/screenshots/wps-*.png.
 */

const SCREENSHOTS = path.join(ROOT, "test", "output", "screenshots");
const L = templateLayout("2021");
const huaian = () => toReport({ ...fixtureInput("huaian-2024"), narrative: undefined });
const PLANTED = { ...L.cellMap["t3.newReceived|naturalPerson"], value: 3002 };
const SLASH = { ...L.cellMap["t3.withheld.stateSecret|commercial"], value: "/" };
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

async function bundle(entry: string, name: string): Promise<string> {
  return bundleForWeb(entry, path.join(ROOT, "test", "output", `${name}-${process.env.JEST_WORKER_ID ?? process.pid}`), "stub.js");
}

let browser: Browser;
let wpsServer: StaticServer;
let excelServer: StaticServer;
let wpsStub: string;
let officeStub: string;
let packageDir: string;
const blocked: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const dist = buildAddin();
  [wpsStub, officeStub] = await Promise.all([bundle(path.join(__dirname, "wpsStub.ts"), "wps-stub"), bundle(path.join(ROOT, "test", "browser", "officeStub.ts"), "office-stub-wps-test")]);
  const out = path.join(ROOT, "test", "output", "wps-browser");
  const pkg = await assembleWpsPackage(dist, { outDir: out, baseUrl: "http://127.0.0.1/xxgk-wps/", version: "0.1.0.1" });
  packageDir = pkg.dir;
  wpsServer = await startStaticServer({ root: pkg.dir, port: 0, host: "127.0.0.1" });
  excelServer = await startStaticServer({ root: dist, port: 0, host: "127.0.0.1" });
  browser = await chromium.launch(CHROMIUM);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, HANG_GUARD_MS.addinBuild);

afterAll(async () => {
  await browser?.close();
  await wpsServer?.close();
  await excelServer?.close();
});

async function open(host: "wps" | "excel", file = "taskpane.html"): Promise<{ context: BrowserContext; page: Page }> {
  const server = host === "wps" ? wpsServer : excelServer;
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, locale: "zh-CN" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
  if (host === "wps") await context.addInitScript({ content: wpsStub });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (host === "excel" && url === `${CDN}office.js`) return route.fulfill({ contentType: "text/javascript", body: officeStub });
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`${host}: ${e.message}`));
  await page.goto(`${server.url}${file}`);
  if (file === "taskpane.html") await page.waitForFunction(() => document.documentElement.dataset.ready === "true", undefined, { timeout: HANG_GUARD_MS.browserWait });
  return { context, page };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const probe = <T>(page: Page, fn: (test: any) => T) => page.evaluate(`(${fn.toString()})(globalThis.__xxgkTest)`) as Promise<T>;
const typeInto = (page: Page, values: TypedValue[]) => page.evaluate((v) => (globalThis as unknown as { __xxgkTest: { type(v: unknown): Promise<void> } }).__xxgkTest.type(v), values);
const text = (page: Page, selector: string) => page.locator(selector).innerText();
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `wps-${name}.png`), fullPage: true });
const narrativeRows = (page: Page) =>
  probe(page, (t) => {
    const rows: string[] = [];
    for (let r = 4; t.cell("报告正文", `A${r}`)?.value; r++) rows.push(String(t.cell("报告正文", `A${r}`).value));
    return rows;
  });

/** What the clerk sees and what the workbook holds after each step, to compare the two hosts. */
interface Seen {
  sheets: string[];
  summary: string;
  findings: string[];
  highlights: string[];
  selected: { sheet: string; range: string };
  clean: string;
  cleanHighlights: string[];
  text: string[];
}

async function clerkPath(host: "wps" | "excel"): Promise<{ seen: Seen; page: Page; context: BrowserContext }> {
  const { context, page } = await open(host);
  expect(await text(page, "#status")).toContain("当前工作簿还没有年报模板");
  if (host === "wps") await shot(page, "01-start");
  await page.selectOption("#tpl-year", "2024");
  await page.selectOption("#tpl-level", "prefecturalGovernment");
  await page.fill("#tpl-agency", "淮安市人民政府");
  await page.getByRole("button", { name: "插入模板" }).click();
  await page.getByText("已插入2021格式模板（2024年度）").waitFor();
  const sheets = await probe<string[]>(page, (t) => t.sheets());
  if (host === "wps") await shot(page, "02-template-inserted");

  await typeInto(page, [...reportValues(L, huaian()), PLANTED, SLASH]);
  await page.getByRole("button", { name: "一键校验" }).click();
  await page.locator("#validate-summary.error").waitFor();
  const summary = await text(page, "#validate-summary");
  const findings = await page.locator("button.finding").allInnerTexts();
  const highlights = (await probe<string[]>(page, (t) => t.highlights())).sort();
  if (host === "wps") await shot(page, "03-findings");

  const slash = page.locator("button.finding.warning", { hasText: "「/」" });
  await slash.click();
  await page.getByText(`已选中「表三」${SLASH.address}`).waitFor();
  const selected = await probe<{ sheet: string; range: string }>(page, (t) => t.selection());
  if (host === "wps") await shot(page, "04-finding-selected");

  await typeInto(page, [
    { ...PLANTED, value: 3001 },
    { ...SLASH, value: 0 },
  ]);
  await page.getByRole("button", { name: "一键校验" }).click();
  await page.locator("#validate-summary.ok").waitFor();
  const clean = await text(page, "#validate-summary");
  const cleanHighlights = await probe<string[]>(page, (t) => t.highlights());

  await page.getByRole("button", { name: "生成正文" }).click();
  await page.getByText(/已写入「报告正文」工作表 A4:A\d+/).waitFor();
  const generated = await narrativeRows(page);
  if (host === "wps") await shot(page, "05-generated");
  return { seen: { sheets, summary, findings, highlights, selected, clean, cleanHighlights, text: generated }, page, context };
}

describe("the clerk's path in WPS 表格 agrees with Excel", () => {
  let wps: Awaited<ReturnType<typeof clerkPath>>;
  let excel: Awaited<ReturnType<typeof clerkPath>>;
  beforeAll(async () => {
    wps = await clerkPath("wps");
    excel = await clerkPath("excel");
  }, 180000);
  afterAll(async () => {
    await wps?.context.close();
    await excel?.context.close();
  });

  test("the pane connects to WPS (its host chunk, no office.js) and says what WPS cannot do", async () => {
    const scripts = await wps.page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()));
    expect(scripts).toContain("wps-host.js");
    expect(scripts).not.toContain("preview.js");
    expect(await wps.page.getByRole("button", { name: "下载 Word（.docx）" }).isHidden()).toBe(true);
    expect(await text(wps.page, "#section-narrative")).toContain("WPS 表格中不能从加载项下载文件");
    expect(await text(wps.page, "#limitations")).toBe("");
  });

  test("the same template, findings, highlighted cells, selection and generated text", () => {
    expect(wps.seen.sheets).toEqual(excel.seen.sheets);
    // The 「/」, and the planted error named where its row and its column cross.
    expect(wps.seen.summary).toMatch(/发现 \d+ 处错误、2 处提醒/);
    expect(wps.seen.summary).toBe(excel.seen.summary);
    expect(wps.seen.findings.length).toBeGreaterThan(1);
    expect(wps.seen.findings).toEqual(excel.seen.findings);
    expect(wps.seen.highlights).toContain(`表三!${SLASH.address}`);
    expect(wps.seen.highlights).toEqual(excel.seen.highlights);
    expect(wps.seen.selected).toEqual({ sheet: "表三", range: SLASH.address });
    expect(excel.seen.selected).toEqual(wps.seen.selected);
    expect(wps.seen.clean).toBe("全部勾稽关系成立，没有发现问题。");
    expect(wps.seen.cleanHighlights).toEqual([]);
    expect(wps.seen.text[0]).toBe("淮安市人民政府");
    expect(wps.seen.text).toEqual(excel.seen.text);
  });

  test("复制到剪贴板 copies the whole text in WPS too", async () => {
    await wps.page.getByRole("button", { name: "复制到剪贴板" }).click();
    await wps.page.getByText("已复制全文").waitFor();
    expect(await wps.page.evaluate(() => navigator.clipboard.readText())).toContain("三、收到和处理政府信息公开申请情况");
  });

  test("上年报告: pasted text is read; the cross-year check uses it", async () => {
    const page = wps.page;
    await page.locator("#section-last-year > summary").click();
    const published = fs.readFileSync(path.join(ROOT, "test", "fixtures", "published", "huaian-shizhengfu-2024.txt"), "utf8");
    await page.fill("#last-year-text", published);
    await page.getByRole("button", { name: "读取粘贴的文字" }).click();
    await page.getByText("已读取：淮安市人民政府 2024年度报告（2021格式），来自粘贴的文字").waitFor();
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByText("作为上年报告提供的是2024年的报告，不是2023年的").waitFor();
    await shot(page, "06-last-year");
  });
});

describe("the ribbon drives the pane", () => {
  test("the add-in page (index.html) registers XXGK.* and its buttons open the pane at their command; the pane follows", async () => {
    const addin = await open("wps", "index.html");
    const callbacks = await addin.page.evaluate(() => ["OnAddinLoad", "OnAction", "GetImage", "OnGetEnabled"].map((n) => typeof (globalThis as unknown as Record<string, unknown>)[n]));
    expect(callbacks).toEqual(["function", "function", "function", "function"]);
    expect((await probe<string[]>(addin.page, (t) => t.functions())).sort()).toEqual(
      ["BALANCE", "CARRYOVER", "EDITION", "SHARE", "SUMCHECK", "T3CHECK", "T3SENTENCE", "T4CHECK", "T4SENTENCE"].map((n) => `XXGK.${n}`),
    );
    expect(await probe(addin.page, (t) => t.callFunction("XXGK.EDITION", 2024))).toBe("2021格式（国办公开办函〔2021〕30号）");
    await addin.page.evaluate(() => (globalThis as unknown as { OnAction(c: unknown): unknown }).OnAction({ Id: "xxgkValidate" }));
    const [pane] = await probe<{ url: string; Visible: boolean }[]>(addin.page, (t) => t.taskPanes());
    expect(pane.Visible).toBe(true);
    expect(pane.url).toBe(`${wpsServer.url}taskpane.html#xxgk=validate-1`);

    // The pane opened at that address (its own WPS, a workbook with the template and one planted error).
    const { context, page } = await open("wps", "taskpane.html#xxgk=insert-0");
    expect(await page.locator("#section-template").getAttribute("open")).not.toBeNull();
    expect(await page.evaluate(() => location.hash)).toBe("");
    await page.getByRole("button", { name: "插入模板" }).click();
    await page.getByText("已插入2021格式模板").waitFor();
    await typeInto(page, [...reportValues(L, huaian()), PLANTED]);
    await page.goto(pane.url); // the ribbon's Navigate: only the hash changes
    await page.locator("#validate-summary.error").waitFor();
    expect(await text(page, "#validate-summary")).toMatch(/^发现 2 处错误、1 处提醒。/);
    await addin.page.evaluate(() => (globalThis as unknown as { OnAction(c: unknown): unknown }).OnAction({ Id: "xxgkGenerate" }));
    const [navigated] = await probe<{ url: string; navigations: string[] }[]>(addin.page, (t) => t.taskPanes());
    expect(navigated.navigations).toHaveLength(2);
    await page.goto(navigated.url);
    // The tables still have the planted error: 生成正文 asks first, in WPS as in Excel.
    await page.getByRole("alertdialog").waitFor();
    expect(await page.getByRole("alertdialog").innerText()).toContain("表格中有 2 处错误");
    await page.getByRole("button", { name: "仍然生成" }).click();
    await page.getByText(/已写入「报告正文」工作表/).waitFor();
    await shot(page, "07-ribbon-generate");
    await context.close();
    await addin.context.close();
  }, 60000);
});

describe("size and network", () => {
  test("the WPS pane's scripts at start (taskpane.js + wps-host.js) stay within the pane's 250 KB", () => {
    const sizes = ["taskpane.js", "wps-host.js"].map((f) => fs.statSync(path.join(packageDir, f)).size);
    const total = sizes.reduce((a, b) => a + b, 0);
    fs.writeFileSync(
      path.join(ROOT, "test", "output", "wps-pane-metrics.json"),
      JSON.stringify({ taskpaneJs: sizes[0], wpsHostJs: sizes[1], total, gzip: zlib.gzipSync(Buffer.concat(["taskpane.js", "wps-host.js"].map((f) => fs.readFileSync(path.join(packageDir, f)))), { level: 9 }).length }, null, 2),
    );
    expect(total).toBeLessThanOrEqual(250 * 1024);
  });

  test("no request left the machine, no script errors", () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
