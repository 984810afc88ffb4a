import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { templateLayout, validate } from "../../src/core";
import { readReportWorkbook } from "../../src/xlsx";
import { fixtureReport, templateBuffer } from "../helpers/workbook";
import { cellText, runs, seed } from "./arbitraries";
import { CALL_GUARD_MS, expectClearFindings, expectClearRefusal, timed, within } from "./check";

/**
 * Returned workbooks as they arrive: a real filled standard workbook with bytes changed or cut off, zip parts removed
 * or garbled, and every kind of value ExcelJS can hold typed into its cells. The reader gives a report or a clear
 * refusal, in time; every report it gives can be validated (with the workbook's own 上年数据).
 */

let filled: Buffer;
let parts: string[];
beforeAll(async () => {
  filled = await templateBuffer("2021", fixtureReport("huaian-2024"));
  const zip = await JSZip.loadAsync(filled);
  parts = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
});

async function outcome(bytes: Uint8Array): Promise<void> {
  const result = await within(CALL_GUARD_MS, readReportWorkbook(bytes), "readReportWorkbook");
  if (!result.ok) return expectClearRefusal(result);
  expectClearFindings(timed(CALL_GUARD_MS, () => validate(result.report, { lastYear: result.lastYear }), "validate"));
}

describe("fuzzed workbooks", () => {
  test("bytes changed, and the file cut off", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(), byte: fc.nat(255) }), { minLength: 1, maxLength: 12 }), fc.option(fc.nat(), { nil: undefined }), async (edits, cut) => {
        let bytes = new Uint8Array(filled);
        for (const e of edits) bytes[e.at % bytes.length] = e.byte;
        if (cut !== undefined) bytes = bytes.subarray(0, cut % bytes.length);
        await outcome(bytes);
      }),
      { numRuns: runs(50), seed: seed(20) },
    );
  });

  test("zip parts removed, replaced by random bytes, truncated or spliced with hostile XML", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...parts), fc.constantFrom("remove", "random", "truncate", "splice"), fc.uint8Array({ maxLength: 200 }), fc.nat(), async (part, how, bytes, n) => {
        const zip = await JSZip.loadAsync(filled);
        if (how === "remove") zip.remove(part);
        else if (how === "random") zip.file(part, bytes);
        else {
          const text = await zip.file(part)!.async("string");
          const at = n % (text.length + 1);
          zip.file(part, how === "truncate" ? text.slice(0, at) : `${text.slice(0, at)}<c r="A1" t="s"><v>99999</v></c><x a="&#0;"><v>1e999</v>${String.fromCharCode(...bytes.slice(0, 20))}${text.slice(at + 50)}`);
        }
        await outcome(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
      }),
      { numRuns: runs(50), seed: seed(21) },
    );
  });

  test("any value in any cell the reader reads: numbers, text, dates, booleans, formulas, rich text, links, errors", async () => {
    const layout = templateLayout("2021");
    const narrativeRows = Array.from({ length: 20 }, (_, i) => ({ sheet: layout.narrative.sheet, address: `${layout.narrative.column}${layout.narrative.firstRow + i}` }));
    const targets = [...Object.values(layout.cellMap), ...Object.values(layout.meta), ...Object.values(layout.lastYear.cells), ...narrativeRows];
    const plain = { noNullPrototype: true };
    const value = fc.oneof(
      cellText,
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
      fc.record({ formula: fc.constantFrom("SUM(A1:A2)", "1/0", '"x"&"y"'), result: fc.oneof(fc.integer(), cellText, fc.constant(undefined), fc.record({ error: fc.constant("#DIV/0!") }, plain)) }, plain),
      fc.record({ richText: fc.array(fc.record({ text: cellText }, plain), { maxLength: 3 }) }, plain),
      fc.record({ text: cellText, hyperlink: fc.constant("http://example.invalid/") }, plain),
      fc.record({ error: fc.constantFrom("#REF!", "#N/A", "#VALUE!") }, plain),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...targets), value), { minLength: 1, maxLength: 40 }), async (edits) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(filled as unknown as ArrayBuffer);
        for (const [target, v] of edits) wb.getWorksheet(target.sheet)!.getCell(target.address).value = v as ExcelJS.CellValue;
        await outcome(new Uint8Array(await wb.xlsx.writeBuffer()));
      }),
      { numRuns: runs(15), seed: seed(22) },
    );
  });
});
