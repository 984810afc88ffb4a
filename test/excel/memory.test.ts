import { createMemoryExcel } from "../../src/excel/memory";

/** The in-memory Excel behaves like Excel where the adapters depend on it. */

test("changes happen at sync, in order; properties are readable only after load + sync", async () => {
  const excel = createMemoryExcel();
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const range = sheet.getRange("B2:C2");
    range.values = [[1, "two"]];
    expect(excel.store.sheet("Sheet1")?.peek("B2")).toBeUndefined();
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values, address, format/fill/color");
    range.format.fill.color = "#FFFF00";
    await context.sync();
    expect(range.values).toEqual([[1, "two"]]);
    expect(range.address).toBe("Sheet1!B2:C2");
    expect(range.format.fill.color).toBeNull(); // loaded before the fill was set
    expect(context.syncCount).toBe(1);
  });
  expect(excel.store.sheet("Sheet1")?.peek("C2")?.format.fill).toBe("#FFFF00");
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["left queued"]];
  });
  expect(excel.counter.syncs).toBe(2); // run() synced what was still queued
  expect(excel.store.sheet("Sheet1")?.peek("A1")?.value).toBe("left queued");
});

test("values are entered as Excel enters them", async () => {
  const excel = createMemoryExcel();
  await excel.run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    s.getRange("A1:F1").values = [["12", "'12", "=A1+1", "TRUE", "5%", "文字"]];
    s.getRange("A2").numberFormat = [["@"]];
    s.getRange("A2").values = [["007"]];
    s.getRange("A1:B1").values = [[null, "x"]];
  });
  const cell = (a: string) => excel.store.sheet("Sheet1")?.peek(a);
  expect([cell("A1")?.value, cell("B1")?.value, cell("C1")?.formula, cell("D1")?.value, cell("E1")?.value, cell("F1")?.value]).toEqual([12, "x", "=A1+1", true, 0.05, "文字"]);
  expect(cell("A2")?.value).toBe("007");
});

test("a wrong shape or a missing sheet rejects the sync; the rest of the batch is not applied", async () => {
  const excel = createMemoryExcel();
  await expect(excel.run(async (c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1]]))).rejects.toMatchObject({ code: "InvalidArgument" });
  await expect(
    excel.run(async (c) => {
      c.workbook.worksheets.getItem("没有这张表").getRange("A1").values = [[1]];
      c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(excel.store.sheet("Sheet1")?.peek("A1")).toBeUndefined();
});

test("null objects, collections, activation, selection", async () => {
  const excel = createMemoryExcel();
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const missing = sheets.getItemOrNullObject("表三");
    expect(() => missing.isNullObject).toThrow();
    sheets.add("表三").activate();
    sheets.load("items/name");
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(sheets.items.map((w) => w.name)).toEqual(["Sheet1", "表三"]);
    sheets.getItem("表三").getRange("C3").select();
    const selected = context.workbook.getSelectedRange().load("address");
    await context.sync();
    expect(selected.address).toBe("表三!C3");
  });
});

test("a protected sheet refuses changes to locked cells and accepts unlocked ones", async () => {
  const excel = createMemoryExcel();
  await excel.run(async (context) => {
    const s = context.workbook.worksheets.getItem("Sheet1");
    s.getRange("B2").format.protection.locked = false;
    s.protection.protect({ allowFormatColumns: true });
  });
  await excel.run(async (c) => (c.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[3]]));
  await excel.run(async (c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A:A").format.columnWidth = 80));
  await expect(excel.run(async (c) => (c.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[3]]))).rejects.toMatchObject({ code: "AccessDenied" });
  await expect(excel.run(async (c) => (c.workbook.worksheets.getItem("Sheet1").getRange("B2").format.fill.color = "#FF0000"))).rejects.toMatchObject({ code: "AccessDenied" });
});

test("an older Excel lacks newer requirement sets", async () => {
  const excel = createMemoryExcel({ apiVersion: "1.7" });
  expect([excel.isSetSupported("ExcelApi", "1.7"), excel.isSetSupported("ExcelApi", "1.8"), excel.isSetSupported("ExcelApi", "1.10")]).toEqual([true, false, false]);
  await excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    expect(() => r.dataValidation).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(() => r.conditionalFormats).not.toThrow();
  });
});

test("formulas are stored; an evaluator can calculate them", async () => {
  const excel = createMemoryExcel({ evaluate: (_sheet, _address, formula) => (formula === "=1+1" ? 2 : "") });
  const values = await excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2");
    r.formulas = [["=1+1"], ["x"]];
    r.load("values, formulas, valueTypes");
    await context.sync();
    return [r.values, r.formulas, r.valueTypes];
  });
  expect(values).toEqual([[[2], ["x"]], [["=1+1"], ["x"]], [["Double"], ["String"]]]);
});

test("whole-sheet reads are refused as Excel refuses oversized payloads, instead of hanging", async () => {
  const excel = createMemoryExcel();
  await expect(
    excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange().load("values");
      await context.sync();
      return r.values;
    }),
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
});
