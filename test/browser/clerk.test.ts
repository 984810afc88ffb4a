import type { Page } from "playwright-core";
import { readinessWording, templateLayout } from "../../src/core";
import { reportValues } from "../../src/excel/typeValues";
import type { TypedValue } from "../../src/excel/typeValues";
import { fixtureInput, toReport } from "../helpers/reports";
import { screenshot, startHarness } from "./harness";
import type { Harness } from "./harness";

/**
 * The clerk's path as a newcomer walks it, in headless chromium at the narrowest task pane (350 px): 生成正文 checks
 * the tables first — errors warn and wait for 「先去改正」 or 「仍然生成」, empty tables refuse, clean tables write
 * as before; a slip is named and selected on click; a pending question is withdrawn when another action starts;
 * 插入模板 is in view on first open; the year follows the workbook; 查看正文's tables scroll inside their box.
 */

const L = templateLayout("2021");
const NARROW = { width: 350, height: 800 };
const huaian = () => toReport({ ...fixtureInput("huaian-2024"), narrative: undefined });
const SLIPPED = L.cellMap["t3.disclosed|naturalPerson"]; // 表三 D8, 1288 in 淮安 2024
const LAST_YEAR = new Date().getFullYear() - 1;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 240000);
afterAll(async () => {
  await harness?.close();
});

const typeInto = (page: Page, values: TypedValue[]) => page.evaluate((v) => (globalThis as unknown as { __xxgkTest: { type(v: unknown): Promise<void> } }).__xxgkTest.type(v), values);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const probe = <T>(page: Page, fn: (test: any) => T) => page.evaluate(`(${fn.toString()})(globalThis.__xxgkTest)`) as Promise<T>;
const text = (page: Page, selector: string) => page.locator(selector).innerText();
const narrativeA4 = (page: Page) => probe(page, (t) => t.cell("报告正文", "A4"));

async function insertTemplate(page: Page, year = "2024"): Promise<void> {
  await page.selectOption("#tpl-year", year);
  await page.getByRole("button", { name: "插入模板" }).click();
  await page.getByText(`已插入2021格式模板（${year}年度）`).waitFor();
}

describe("生成正文 checks the tables first (Excel, office.js stub, 350 px)", () => {
  test("on first open without the template, 插入模板 is in view and the year is last year", async () => {
    const { page } = await harness.open({ office: "stub", viewport: NARROW });
    const insert = page.getByRole("button", { name: "插入模板" });
    expect(await insert.isVisible()).toBe(true);
    const box = await insert.boundingBox();
    expect(box && box.y + box.height <= NARROW.height).toBe(true);
    expect(await page.locator("#tpl-year").inputValue()).toBe(String(LAST_YEAR));
    await screenshot(page, "17-350-first-open");
    await page.context().close();
  });

  test("an empty template: refused with a clear sentence, nothing written", async () => {
    const { page } = await harness.open({ office: "stub", viewport: NARROW });
    await insertTemplate(page);
    await probe(page, (t) => t.resetSyncs());
    await page.getByRole("button", { name: "生成正文" }).click();
    await page.locator("#section-narrative .result .error").waitFor();
    expect(await text(page, "#section-narrative .result")).toBe(readinessWording.empty(["表二", "表三", "表四"]));
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    expect(await narrativeA4(page)).toBeNull();
    expect(await probe(page, (t) => t.syncs())).toBe(1); // the read only
    await screenshot(page, "18-350-empty-template-refused");
    await page.context().close();
  });

  describe("a workbook with a slip (表三 D8 typed 9 too many)", () => {
    let page: Page;
    beforeAll(async () => {
      ({ page } = await harness.open({ office: "stub", viewport: NARROW }));
      await insertTemplate(page);
      await typeInto(page, [...reportValues(L, huaian()), { ...SLIPPED, value: 1288 + 9 }]);
    });
    afterAll(() => page.context().close());

    test("生成正文 warns how many errors and waits: 「先去改正」 (focused) or 「仍然生成」, nothing written", async () => {
      await probe(page, (t) => t.resetSyncs());
      await page.getByRole("button", { name: "生成正文" }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain(readinessWording.errors(2));
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("先去改正");
      expect(await dialog.getByRole("button", { name: "仍然生成" }).isVisible()).toBe(true);
      // It waits: nothing is written while the question stands.
      await page.waitForTimeout(300);
      expect(await narrativeA4(page)).toBeNull();
      expect(await probe(page, (t) => t.syncs())).toBe(1);
      await screenshot(page, "19-350-generate-asks");
    });

    test("「先去改正」: nothing written, 一键校验 lists the errors with the slipped cell first; a click selects D8", async () => {
      await page.getByRole("button", { name: "先去改正" }).click();
      await page.locator("#validate-summary.error").waitFor();
      expect(await narrativeA4(page)).toBeNull();
      expect(await text(page, "#section-narrative .result")).toContain("未生成正文");
      const first = page.locator("section.group", { hasText: "表三" }).locator("button.finding").first();
      expect(await first.innerText()).toContain(`可能是表三「（一）予以公开」行「自然人」列（${SLIPPED.address}）填错：该格所在的行和列都相差9`);
      await first.click();
      await page.getByText(`已选中「表三」${SLIPPED.address}`).waitFor();
      expect(await probe(page, (t) => t.selection())).toEqual({ sheet: "表三", range: SLIPPED.address });
      await screenshot(page, "20-350-slip-selected");
    });

    test("「仍然生成」 writes the text from the tables as they are", async () => {
      await page.getByRole("button", { name: "生成正文" }).click();
      await page.getByRole("alertdialog").waitFor();
      await page.getByRole("button", { name: "仍然生成" }).click();
      await page.getByText(/已写入「报告正文」工作表 A4:A\d+/).waitFor();
      expect(await narrativeA4(page)).toEqual({ value: "淮安市人民政府", formula: null });
    });

    test("a pending 「替换这些工作表？」 is withdrawn when another action starts", async () => {
      await page.getByRole("button", { name: "插入模板" }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain("替换将删除这些工作表中已填写的全部内容");
      await page.getByRole("button", { name: "一键校验" }).click();
      await dialog.waitFor({ state: "detached" });
      await page.getByText(/校验完成/).waitFor();
      expect(await text(page, "#section-template .result")).toContain("已撤回「替换这些工作表」的询问");
      // The workbook as it was: the slip still there, nothing replaced.
      const d8 = await page.evaluate((a) => (globalThis as unknown as { __xxgkTest: { cell(s: string, a: string): unknown } }).__xxgkTest.cell("表三", a), SLIPPED.address);
      expect(d8).toEqual({ value: 1297, formula: null });
    });
  });

  describe("a clean workbook", () => {
    let page: Page;
    beforeAll(async () => {
      ({ page } = await harness.open({ office: "stub", viewport: NARROW }));
      await insertTemplate(page);
      await typeInto(page, reportValues(L, huaian()));
    });
    afterAll(() => page.context().close());

    test("生成正文 writes at once (1 read + 1 write), as before", async () => {
      await probe(page, (t) => t.resetSyncs());
      await page.getByRole("button", { name: "生成正文" }).click();
      await page.getByText(/已写入「报告正文」工作表 A4:A\d+/).waitFor();
      expect(await page.getByRole("alertdialog").count()).toBe(0);
      expect(await probe(page, (t) => t.syncs())).toBe(2);
      expect(await narrativeA4(page)).toEqual({ value: "淮安市人民政府", formula: null });
    });

    test("查看正文 at 350 px: the tables scroll inside their box, the page does not, row labels keep eight characters a line or more", async () => {
      await page.getByText("查看正文").click();
      await page.locator(".text-preview .table-scroll").first().waitFor();
      const layout = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll<HTMLElement>(".text-preview .table-scroll")];
        const labels = [...document.querySelectorAll<HTMLElement>(".text-preview th.row-label")];
        const fontSize = parseFloat(getComputedStyle(document.querySelector(".text-preview table") as HTMLElement).fontSize);
        return {
          pageOverflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
          previewOverflows: (() => {
            const p = document.querySelector<HTMLElement>(".text-preview")!;
            return p.scrollWidth > p.clientWidth;
          })(),
          boxesScroll: boxes.map((b) => b.scrollWidth > b.clientWidth && getComputedStyle(b).overflowX === "auto"),
          // Characters a line in the narrowest label of a single row (its text box, padding left out).
          narrowestLabel: Math.min(
            ...labels
              .filter((l) => !l.hasAttribute("rowspan"))
              .map((l) => {
                const style = getComputedStyle(l);
                return (l.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / fontSize;
              }),
          ),
          labelCount: labels.length,
          fontSize,
        };
      });
      expect(layout.pageOverflows).toBe(false);
      expect(layout.previewOverflows).toBe(false);
      expect(layout.boxesScroll.length).toBeGreaterThanOrEqual(3);
      expect(layout.boxesScroll.filter(Boolean).length).toBeGreaterThanOrEqual(1); // 表三 and 表四 are wider than the pane
      expect(layout.labelCount).toBeGreaterThan(25);
      expect(layout.narrowestLabel).toBeGreaterThanOrEqual(8);
      await page.locator(".text-preview table", { hasText: "一、本年新收政府信息公开申请数量" }).scrollIntoViewIfNeeded();
      await screenshot(page, "21-350-text-preview");
    });
  });
});

describe("preview mode: the year follows the workbook's 基本信息", () => {
  test("the sample says 2024: the template section's year is 2024, not last year", async () => {
    const { page } = await harness.open({ office: "real", viewport: NARROW });
    expect(await page.locator("#tpl-year").inputValue()).toBe("2024");
    // The sample's errors: 生成正文 asks first here too.
    await page.getByRole("button", { name: "生成正文" }).click();
    await page.getByRole("alertdialog").waitFor();
    expect(await page.getByRole("alertdialog").innerText()).toContain("表格中有 2 处错误");
    await screenshot(page, "22-350-preview-asks");
    await page.context().close();
  });
});
