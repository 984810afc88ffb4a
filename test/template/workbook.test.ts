import { buildTemplatePlan, templateMarker } from "../../src/core";
import type { TemplatePlan } from "../../src/core";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { fixtureInput, toReport } from "../helpers/reports";
import { loadWorkbook, workbookXml } from "../helpers/workbook";

/**
 * The written .xlsx read back: data validation, protection, merges, print settings, frozen panes, names and
 * properties are really in the file (asserted in the XML where ExcelJS does not read them back).
 */

let plan: TemplatePlan;
let buffer: Buffer;
let xml: Awaited<ReturnType<typeof workbookXml>>;

beforeAll(async () => {
  plan = buildTemplatePlan({ edition: "2021", reportYear: 2024, agency: "=1+1", level: "countyDepartment" });
  const input = fixtureInput("huaian-2024");
  input.rows["t3.disclosed"][1] = "=SUM(A1:A9)";
  input.rows["t3.disclosed"][2] = "@cmd";
  buffer = await writeTemplateWorkbook(plan, { report: toReport({ ...input, meta: { ...input.meta, agency: "=1+1" } }) });
  xml = await workbookXml(buffer);
});

/** Attributes of the first element named `tag`. */
function attributes(source: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\b([^>]*)/?>`).exec(source);
  if (!m) throw new Error(`no <${tag}>`);
  return Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
}

function cellXml(sheetXml: string, address: string): string {
  return new RegExp(`<c r="${address}"[^>]*?(/>|>.*?</c>)`).exec(sheetXml)?.[0] ?? "";
}

test("data validation with Chinese prompt and error alert, on exactly the input ranges", async () => {
  const wb = await loadWorkbook(buffer);
  const d6 = wb.getWorksheet("表三")!.getCell("D6").dataValidation;
  expect(d6).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0], allowBlank: true, showErrorMessage: true, errorStyle: "stop" });
  expect(d6.prompt).toContain("没有发生的填0");
  expect(d6.error).toContain("只能填0或正整数");
  const t3 = xml.sheet("表三");
  expect([...t3.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1])).toEqual(["D6:J30"]);
  const t2 = xml.sheet("表二");
  expect(t2).toMatch(/<dataValidation [^>]*type="decimal"[^>]*sqref="B16"/);
  expect(xml.sheet("基本信息")).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="B4"[^>]*>\s*<formula1>&quot;国务院部门,/);
});

test("sheet protection without a password; only input cells unlocked (in the XML)", () => {
  const styles = xml.part("xl/styles.xml");
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const unlocked = [...xfs.matchAll(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g)].map((m) => /<protection locked="0"/.test(m[0]));
  const locked = (sheet: string, address: string) => !unlocked[Number(/ s="(\d+)"/.exec(cellXml(xml.sheet(sheet), address))?.[1] ?? 0)];
  for (const name of ["填报说明", "基本信息", "表二", "表三", "表四", "上年数据", "校验"]) {
    const p = attributes(xml.sheet(name), "sheetProtection");
    expect([name, p.sheet, p.hashValue, p.password]).toEqual([name, "1", undefined, undefined]);
    expect(p).toMatchObject({ formatColumns: "0", formatRows: "0" });
  }
  expect(xml.sheet("报告正文")).not.toContain("<sheetProtection");
  expect([locked("表三", "D6"), locked("表三", "J30"), locked("表四", "O6"), locked("基本信息", "B3"), locked("上年数据", plan.layout.lastYear.cells["t3.carryForward|total"].address)]).toEqual([false, false, false, false, false]);
  expect([locked("表三", "A6"), locked("表三", "A3"), locked("基本信息", "B6"), locked("校验", "C7"), locked("填报说明", "B4")]).toEqual([true, true, true, true, true]);
});

test("merged cells as planned", () => {
  for (const name of ["表二", "表三", "表四", "校验"]) {
    const merges = [...xml.sheet(name).matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]).sort();
    expect([name, merges]).toEqual([name, [...plan.sheets.find((s) => s.name === name)!.merges].sort()]);
  }
});

test("print settings: A4, fit to one page wide, centred, header rows repeated; frozen panes", () => {
  const t3 = xml.sheet("表三");
  expect(attributes(t3, "pageSetup")).toMatchObject({ paperSize: "9", orientation: "portrait", fitToWidth: "1", fitToHeight: "0" });
  expect(attributes(t3, "pageSetUpPr")).toMatchObject({ fitToPage: "1" });
  expect(attributes(t3, "printOptions")).toMatchObject({ horizontalCentered: "1" });
  expect(attributes(xml.sheet("表四"), "pageSetup")).toMatchObject({ paperSize: "9", orientation: "landscape" });
  expect(attributes(t3, "pane")).toMatchObject({ xSplit: "3", ySplit: "5", topLeftCell: "D6", state: "frozen" });
  const workbook = xml.part("xl/workbook.xml");
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${sheets.indexOf("表三")}">&apos;表三&apos;!$3:$5</definedName>`);
});

test("marked as ours: defined name, marker cell, document properties", async () => {
  const workbook = xml.part("xl/workbook.xml");
  expect(workbook).toContain('<definedName name="XXGK_TEMPLATE">&apos;填报说明&apos;!$B$4</definedName>');
  expect(workbook).toContain('<definedName name="XXGK_T3">&apos;表三&apos;!$D$6:$J$30</definedName>');
  expect(xml.part("docProps/core.xml")).toContain(`<cp:keywords>${templateMarker("2021")}</cp:keywords>`);
  const wb = await loadWorkbook(buffer);
  expect(wb.getWorksheet("填报说明")!.getCell("B4").value).toBe("XXGK年报模板/2021格式/v1");
});

test("user text is never a formula: =, @ and the agency are written as strings", () => {
  const t3 = xml.sheet("表三");
  for (const address of ["E8", "F8"]) {
    const c = cellXml(t3, address);
    expect(c).toMatch(/t="(s|inlineStr|str)"/);
    expect(c).not.toContain("<f>");
  }
  expect(cellXml(xml.sheet("基本信息"), "B3")).not.toContain("<f>");
  expect(cellXml(xml.sheet("校验"), "C7")).toContain("<f>SUM(&apos;表三&apos;!D6:D7)</f>");
});
