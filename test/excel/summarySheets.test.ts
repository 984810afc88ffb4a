import { findingOf, refusal, refusalText } from "../../src/core";
import { summarySheets, unreadableResult } from "../../src/core/batch";
import type { CheckedFile, SummaryValue } from "../../src/core/batch";
import { createMemoryExcel } from "../../src/excel/memory";
import type { MemoryExcel } from "../../src/excel/memory";
import { memoryHost } from "../../src/excel/memoryHost";
import { requestBytes, SUMMARY_SYNC_BUDGET, writeSummarySheets } from "../../src/excel/summarySheets";

/**
 * 汇总 and 问题清单 written into a workbook through Office.js (the in-memory Excel): exactly the cells of the summary
 * (src/core/batch/summary.ts, which the command line writes with ExcelJS), text from reports kept as text whatever
 * it looks like, rows sent in blocks that stay under Excel on the web's request limit, existing sheets replaced only
 * when asked, and an older Excel without filter buttons told so.
 */

const finding = (message: string, extra: Partial<ReturnType<typeof findingOf>> = {}) => ({ ...findingOf("t3.columnBalance", { column: "自然人", detail: message }), message, ...extra });

function result(i: number, findings: CheckedFile["findings"] = []): CheckedFile {
  return { file: `收回的报表/${String(i).padStart(4, "0")}.xlsx`, edition: "2021", year: 2024, agency: `测试县第${i}局`, findings };
}

/** Every stored cell of a sheet, by address (empty cells left out). */
function stored(excel: MemoryExcel, sheet: string): Record<string, SummaryValue | boolean> {
  const out: Record<string, SummaryValue | boolean> = {};
  for (const [address, cell] of excel.store.sheet(sheet)?.cells ?? []) if (cell.value !== "") out[address] = cell.value;
  return out;
}

/** The summary's cells by address, as the command line's workbook holds them (header row, then the rows). */
function expected(results: CheckedFile[], name: string): Record<string, SummaryValue> {
  const sheet = summarySheets(results).find((s) => s.name === name)!;
  const out: Record<string, SummaryValue> = {};
  const put = (row: number, values: SummaryValue[]) => values.forEach((v, c) => v !== "" && (out[`${String.fromCharCode(65 + c)}${row}`] = v));
  put(1, sheet.columns.map((c) => c.header));
  sheet.rows.forEach((values, r) => put(r + 2, values));
  return out;
}

test("exactly the summary's cells; text that looks like a formula, a number, a date or a boolean stays that text", async () => {
  const tricky = ["=1+1", "+86 0517", "-3", "@SUM(A1)", "12", "１２", "2024-01-01", "TRUE", "'quoted", "\t=tab", "3.5%"];
  const results = [
    result(1, [finding("表三「自然人」列相差1", { expected: 3001, actual: 3002 })]),
    { ...result(2, tricky.map((t) => finding(t, { expected: t, actual: t }))), agency: "=HYPERLINK(\"http://example.invalid\")" },
    unreadableResult("收回的报表/损坏.xlsx", refusalText(refusal("文件已损坏", "damaged"))),
  ];
  const excel = createMemoryExcel();
  const written = await writeSummarySheets(memoryHost(excel), summarySheets(results));
  expect(written).toMatchObject({ ok: true, syncs: 2, rows: { 汇总: 3, 问题清单: tricky.length + 2 } });
  for (const name of ["汇总", "问题清单"]) expect(stored(excel, name)).toEqual(expected(results, name));
  // Spelled out for the formula-like agency (neutralised as in the command line's workbook) and one finding's texts.
  expect(excel.store.sheet("汇总")!.peek("B3")!.value).toBe("'=HYPERLINK(\"http://example.invalid\")");
  for (const sheet of excel.store.sheets) for (const cell of sheet.cells.values()) expect(cell.formula).toBeUndefined();
  const detail = excel.store.sheet("问题清单")!;
  expect(tricky.map((_, i) => detail.peek(`J${i + 3}`)!.value)).toEqual(tricky.map((t) => (/^[=+\-@\t]/.test(t) ? `'${t}` : t)));
  // Filterable, the header frozen, the files with errors marked, 汇总 shown.
  expect(excel.store.sheet("汇总")!.autoFilter).toBe("A1:H4");
  expect(detail.autoFilter).toBe(`A1:K${tricky.length + 3}`);
  expect(excel.store.sheet("汇总")!.freeze).toEqual({ rows: 1, columns: 0 });
  expect(excel.store.sheet("汇总")!.peek("E2")!.format.fill).toBe("#FDE2E2");
  expect(excel.store.sheet("汇总")!.peek("E3")!.format.fill).toBe("#FDE2E2");
  expect(excel.store.sheet("汇总")!.peek("E4")!.format.fill).toBe("#FDE2E2");
  expect(excel.store.sheet("汇总")!.peek("A1")!.format.font.bold).toBe(true);
  expect(excel.store.sheetById(excel.store.activeSheetId!)!.name).toBe("汇总");
});

test("a thousand files with long findings: blocks under Excel on the web's 5 MB, a sync per several hundred rows", async () => {
  // 1,000 files, two findings each of ~1,300 characters: about 7 MB of text as UTF-8, more than one request may carry.
  const long = "表三「自然人」列：第一项+第二项=3036，第三项（七）总计+第四项=3035，相差1。".repeat(30);
  const results = Array.from({ length: 1000 }, (_, i) => result(i, [finding(long), finding(long)]));
  const excel = createMemoryExcel({ maxRequestBytes: 5 * 1024 * 1024 });
  const written = await writeSummarySheets(memoryHost(excel), summarySheets(results));
  expect(written.ok).toBe(true);
  if (!written.ok) return;
  expect(written.rows).toEqual({ 汇总: 1000, 问题清单: 2000 });
  expect(stored(excel, "问题清单")).toEqual(expected(results, "问题清单"));
  expect(stored(excel, "汇总")).toEqual(expected(results, "汇总"));
  // Blocks of at most SUMMARY_SYNC_BUDGET estimated bytes: 1 sync to see the sheets, then one per block.
  const bytes = summarySheets(results).reduce((n, s) => n + s.rows.flat().reduce((m: number, v) => m + requestBytes(v), 0), 0);
  expect(bytes).toBeGreaterThan(6_000_000);
  expect(written.syncs).toBe(1 + Math.ceil(bytes / SUMMARY_SYNC_BUDGET));
  // Even with findings this long, a block carries several hundred rows.
  expect(3000 / (written.syncs - 1)).toBeGreaterThan(400);

  // The same rows in one request are refused by an Excel that enforces the limit: the blocks are what makes it work.
  const naive = createMemoryExcel({ maxRequestBytes: 5 * 1024 * 1024 });
  await expect(
    naive.run(async (context) => {
      const ws = context.workbook.worksheets.add("问题清单");
      const rows = summarySheets(results)[1].rows;
      ws.getRange(`A2:K${rows.length + 1}`).values = rows;
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
});

test("sheets of those names are replaced only when asked; the rest of the workbook is left alone", async () => {
  const excel = createMemoryExcel();
  await excel.run(async (context) => {
    context.workbook.worksheets.add("汇总").getRange("A1").values = [["我自己的汇总"]];
    context.workbook.worksheets.add("表三").getRange("A1").values = [["经办人填的"]];
  });
  const host = memoryHost(excel);
  const sheets = summarySheets([result(1)]);
  const asked = await writeSummarySheets(host, sheets);
  expect(asked).toEqual({ ok: false, needsConfirmation: true, existing: ["汇总"], syncs: 1, reason: "工作簿中已有「汇总」工作表。" });
  expect(excel.store.sheet("汇总")!.peek("A1")!.value).toBe("我自己的汇总");
  const replaced = await writeSummarySheets(host, sheets, { replace: true });
  expect(replaced.ok).toBe(true);
  expect(excel.store.sheets.map((s) => s.name)).toEqual(["Sheet1", "表三", "汇总", "问题清单"]);
  expect(excel.store.sheet("汇总")!.peek("A1")!.value).toBe("序号");
  expect(excel.store.sheet("表三")!.peek("A1")!.value).toBe("经办人填的");
});

test("an Excel without filter buttons (ExcelApi 1.8) still gets the sheets, and is told how to add the filter", async () => {
  const excel = createMemoryExcel({ apiVersion: "1.8" });
  const written = await writeSummarySheets(memoryHost(excel), summarySheets([result(1)]));
  expect(written).toMatchObject({ ok: true, notes: [expect.stringContaining("「数据」→「筛选」")] });
  expect(excel.store.sheet("汇总")!.autoFilter).toBe("");
  expect(excel.store.sheet("汇总")!.freeze.rows).toBe(1);
});
