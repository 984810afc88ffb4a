import { buildTemplatePlan } from "../../src/core";
import type { EditionId } from "../../src/core";
import { createMemoryExcel, MemoryWorkbookStore } from "../../src/excel/memory";
import { renderTemplatePlan } from "../../src/excel/templateRenderer";
import { fromExcelJS, fromMemory } from "../helpers/neutral";
import { loadWorkbook, templateBuffer } from "../helpers/workbook";

/**
 * The Office.js renderer drawing into the in-memory Excel produces the same workbook as the ExcelJS renderer:
 * same cells, formulas, number formats, fills, locked cells, merges, validation, conditional formats, protection,
 * freeze panes, print settings, widths and heights — in two round trips.
 */

async function renderInMemory(edition: EditionId, apiVersion?: string) {
  const excel = createMemoryExcel({ apiVersion, store: new MemoryWorkbookStore() });
  const plan = buildTemplatePlan({ edition, agency: "=1+1局", reportYear: edition === "2019" ? 2020 : 2024 });
  const result = await excel.run((context) => renderTemplatePlan(context, plan, { isSetSupported: excel.isSetSupported }));
  return { excel, plan, result };
}

describe.each(["2019", "2021"] as const)("%s格式", (edition) => {
  test("Office.js path ≡ ExcelJS path, in 2 syncs", async () => {
    const { excel, plan, result } = await renderInMemory(edition);
    expect(result).toEqual({ ok: true, existing: [], warnings: [], syncs: 2 });
    expect(excel.counter.syncs).toBe(2);
    const fromFile = fromExcelJS(await loadWorkbook(await templateBuffer(edition, undefined, undefined, plan)));
    const fromOffice = fromMemory(excel.store);
    expect(fromOffice.map((s) => s.name)).toEqual(fromFile.map((s) => s.name));
    for (let i = 0; i < fromFile.length; i++) {
      const [a, b] = [fromOffice[i], fromFile[i]];
      for (const key of Object.keys(b) as (keyof typeof b)[]) expect([b.name, key, a[key]]).toEqual([b.name, key, b[key]]);
    }
    expect(excel.store.names.map((n) => [n.name, n.formula])).toContainEqual(["XXGK_TEMPLATE", "='填报说明'!$B$4"]);
    expect(excel.store.properties.keywords).toBe(plan.properties.keywords);
    expect(excel.store.sheetById(excel.store.activeSheetId ?? "")?.name).toBe("填报说明");
  });
});

test("user text that looks like a formula is written as text", async () => {
  const { excel, plan } = await renderInMemory("2021");
  expect(excel.store.sheet("基本信息")?.peek(plan.layout.meta.agency.address)).toMatchObject({ value: "=1+1局" });
  expect(excel.store.sheet("基本信息")?.peek(plan.layout.meta.agency.address)?.formula).toBeUndefined();
});

test("an older Excel (ExcelApi 1.7): no validation or page setup, a Chinese message for each, still 2 syncs", async () => {
  const { excel, result } = await renderInMemory("2021", "1.7");
  expect(result.ok).toBe(true);
  expect(result.syncs).toBe(2);
  expect(result.warnings).toEqual([
    "当前 Excel 版本不支持数据验证：单元格不会限制只能填数字，请以「校验」表为准。",
    "当前 Excel 版本不支持页面设置：打印前请自行设为 A4、调整为一页宽。",
  ]);
  const t3 = excel.store.sheet("表三");
  expect(t3?.peek("D6")?.validation).toBeUndefined();
  expect(t3?.conditionalFormats.length).toBeGreaterThan(0);
  expect(t3?.protection.protected).toBe(true);
});

test("existing sheets are never overwritten without consent; with it they are replaced", async () => {
  const excel = createMemoryExcel();
  const plan = buildTemplatePlan({ edition: "2021" });
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("表三");
    ws.getRange("A1").values = [["clerk's own work"]];
  });
  const refused = await excel.run((context) => renderTemplatePlan(context, plan, { isSetSupported: excel.isSetSupported }));
  expect(refused).toMatchObject({ ok: false, existing: ["表三"], syncs: 1 });
  expect(refused.message).toContain("工作簿中已有「表三」工作表");
  expect(excel.store.sheets.map((s) => s.name)).toEqual(["Sheet1", "表三"]);
  expect(excel.store.sheet("表三")?.peek("A1")?.value).toBe("clerk's own work");

  const replaced = await excel.run((context) => renderTemplatePlan(context, plan, { isSetSupported: excel.isSetSupported, existingSheets: "replace" }));
  expect(replaced).toMatchObject({ ok: true, existing: ["表三"], syncs: 2 });
  expect(excel.store.sheets.map((s) => s.name)).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
  expect(excel.store.sheet("表三")?.peek("A1")?.value).toBe("三、收到和处理政府信息公开申请情况");
});

test("the rendered template protects what it should: writing into a label fails, into an input cell works", async () => {
  const { excel } = await renderInMemory("2021");
  await expect(excel.run(async (context) => (context.workbook.worksheets.getItem("表三").getRange("A6").values = [["x"]]))).rejects.toMatchObject({ code: "AccessDenied" });
  await excel.run(async (context) => (context.workbook.worksheets.getItem("表三").getRange("D6").values = [[12]]));
  expect(excel.store.sheet("表三")?.peek("D6")?.value).toBe(12);
});
