import ExcelJS from "exceljs";
import { buildTemplatePlan, templateLayout } from "../../src/core";
import type { Finding } from "../../src/core";
import { writeSummaryWorkbook } from "../../src/cli/batch/summary";
import type { CheckedFile } from "../../src/cli/batch/checkFile";
import { readReportWorkbook } from "../../src/xlsx";
import { fixtureInput, toReport } from "../helpers/reports";
import { templateBuffer, workbookXml } from "../helpers/workbook";

/**
 * Formula injection: text from reports never becomes a formula in a workbook we write. The filled standard workbook
 * (xxgk template filling, xxgk import -o .xlsx) keeps a clerk's text exactly as typed, as text; the supervising
 * office's summary (a derived sheet meant for sorting and filtering) also neutralises text starting with = + - @.
 */

const HOSTILE = ['=HYPERLINK("http://example.invalid","点我")', "+SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "=1+1", "\t=1", "\r=1"];

/** Every <f> (formula) element in a sheet's XML. */
const formulas = (xml: string) => xml.match(/<f[ >][^<]*<\/f>|<f\/>/g) ?? [];

describe("the filled standard workbook (template filling, import -o .xlsx)", () => {
  test("user text in every place it is written stays text, read back exactly", async () => {
    const layout = templateLayout("2021");
    const input = fixtureInput("huaian-2024");
    input.meta.agency = HOSTILE[0];
    input.meta.url = HOSTILE[1];
    input.meta.contact = { office: HOSTILE[2], address: HOSTILE[3], phone: HOSTILE[4], email: HOSTILE[5] };
    input.narrative = { title: HOSTILE[4], preamble: HOSTILE[1], sections: [{ heading: "一、总体情况", body: HOSTILE.join("\n") }] };
    // Number cells holding text a clerk might type (or a hostile file carry).
    input.rows["t3.newReceived"] = [...HOSTILE.slice(0, 7)];
    const report = toReport(input);
    const buffer = await templateBuffer("2021", report);

    const xml = await workbookXml(buffer);
    const empty = await workbookXml(await templateBuffer("2021"));
    const plan = buildTemplatePlan({ edition: "2021" });
    for (const sheet of plan.sheets) {
      // Exactly the template's own formulas (the 校验 sheet, totals): none was added by the filling.
      expect([sheet.name, formulas(xml.sheet(sheet.name)).length]).toEqual([sheet.name, formulas(empty.sheet(sheet.name)).length]);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const at = (ref: { sheet: string; address: string }) => wb.getWorksheet(ref.sheet)!.getCell(ref.address);
    expect(at(layout.meta.agency).value).toBe(HOSTILE[0]);
    expect(at(layout.meta.agency).type).toBe(ExcelJS.ValueType.String);
    expect(at(layout.cellMap["t3.newReceived|naturalPerson"]).value).toBe(HOSTILE[0]);

    // Nothing is lost: the reader gives back what was written.
    const read = await readReportWorkbook(buffer);
    if (!read.ok) throw new Error(read.reason);
    expect(read.report.meta.agency).toBe(HOSTILE[0]);
    expect(read.report.meta.contact?.office).toBe(HOSTILE[2]);
    expect(read.report.cells["t3.newReceived|naturalPerson"].raw).toBe(HOSTILE[0]);
    expect(read.report.cells["t3.newReceived|commercial"].raw).toBe(HOSTILE[1]);
  });
});

describe("the summary workbook (xxgk check --summary)", () => {
  test("no formulas at all, and every text starting with = + - @ (or a tab or CR) neutralised, in every column", async () => {
    const finding = (text: string): Finding => ({
      rule: "cell.notNumber",
      severity: "error",
      message: text,
      location: { table: text, row: text, column: text, sheet: text, cell: text },
      expected: text,
      actual: text,
    });
    const results: CheckedFile[] = HOSTILE.map((text) => ({ file: text, edition: "2021", year: 2024, agency: text, findings: [finding(text)] }));
    const buffer = await writeSummaryWorkbook(results);
    const xml = await workbookXml(buffer);
    for (const sheet of ["汇总", "问题清单"]) expect(formulas(xml.sheet(sheet))).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const risky: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row, n) => {
        if (n === 1) return;
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && /^[=+\-@\t\r]/.test(cell.value)) risky.push(`${ws.name}!${cell.address}: ${cell.value}`);
        });
      });
    }
    expect(risky).toEqual([]);
  });
});
