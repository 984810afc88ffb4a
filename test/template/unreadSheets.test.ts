import { readTemplateCells, sheetsNotRead, templateLayout } from "../../src/core";
import type { TemplateCells } from "../../src/core";
import { readReportWorkbook } from "../../src/xlsx";
import { checkZip, EXCELJS_READ_OPTIONS, WORKBOOK_LIMITS } from "../../src/xlsx/limits";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { excelJsCells } from "../../src/xlsx/read";
import { sheetParts } from "../../src/xlsx/sheetParts";
import { fixtureReport, templateBuffer } from "../helpers/workbook";

/**
 * The batch leaves the 校验 sheet unparsed (a third of a workbook's XML, formulas only). That is safe only if the
 * reader never looks at it, the sheet→part mapping is right, and ExcelJS still has the method the skip wraps.
 */

describe("sheetParts: which zip part holds which sheet", () => {
  test("every sheet of a generated workbook, from the texts checkZip keeps", async () => {
    const buffer = await templateBuffer("2021", fixtureReport("huaian-2024"));
    const zip = await checkZip(buffer);
    if (!zip.ok) throw new Error(zip.reason);
    const parts = sheetParts(zip.workbookXml, zip.workbookRels);
    const layout = templateLayout("2021");
    const names = [layout.sheets.instructions, layout.sheets.basicInfo, ...Object.values(layout.sheets.tables), layout.sheets.lastYear, layout.sheets.checks, layout.sheets.narrative];
    expect([...parts.keys()].sort()).toEqual([...names].sort());
    // Each part is a distinct worksheet of the zip.
    expect(new Set(parts.values()).size).toBe(names.length);
    for (const part of parts.values()) expect(part).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  const workbook = (sheets: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`;
  const rels = (items: string) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;

  test("any namespace prefix, attributes in any order, escaped names, relative and absolute targets", () => {
    const parts = sheetParts(
      workbook(`<sheet rel:id="rId2" sheetId="1" name="校验"/><sheet name="A &amp; B" sheetId="2" rel:id="rId1"/>`),
      rels(`<Relationship Target="/xl/worksheets/sheet9.xml" Id="rId2" Type="x"/><Relationship Id="rId1" Type="x" Target="worksheets/sheet3.xml"/>`),
    );
    expect(parts).toEqual(new Map([["校验", "xl/worksheets/sheet9.xml"], ["A & B", "xl/worksheets/sheet3.xml"]]));
  });

  test("missing or damaged texts place nothing (so nothing is skipped)", () => {
    expect(sheetParts(undefined, rels(""))).toEqual(new Map());
    expect(sheetParts(workbook(`<sheet name="校验" r:id="rId1"`), rels(`<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>`))).toEqual(new Map());
    expect(sheetParts(workbook(`<sheet name="校验" r:id="rId1"/>`), "<Relationships><oops></Relationships>")).toEqual(new Map());
  });
});

describe("loadWorkbook: opening without the sheets nobody reads", () => {
  test("the skipped sheet is absent; every other sheet has the same cells as a full load", async () => {
    const buffer = await templateBuffer("2021", fixtureReport("huaian-2024"));
    const zip = await checkZip(buffer);
    if (!zip.ok) throw new Error(zip.reason);
    const checksPart = sheetParts(zip.workbookXml, zip.workbookRels).get("校验");
    expect(checksPart).toBeDefined();
    const full = await loadWorkbook(buffer, EXCELJS_READ_OPTIONS, new Set());
    const partial = await loadWorkbook(buffer, EXCELJS_READ_OPTIONS, new Set([checksPart as string]));
    // If an ExcelJS update renamed the method the skip wraps, 校验 would be parsed again and this fails.
    expect(partial.worksheets.map((ws) => ws.name)).toEqual(full.worksheets.map((ws) => ws.name).filter((name) => name !== "校验"));
    for (const sheet of partial.worksheets) {
      const values = (ws: typeof sheet) => ws.getSheetValues();
      expect([sheet.name, values(sheet)]).toEqual([sheet.name, values(full.getWorksheet(sheet.name) as typeof sheet)]);
    }
  });

  test.each(["huaian-2024", "yuyao-2020"] as const)("%s: the reader never asks about 校验, and reading without it gives the same report", async (name) => {
    const fixture = fixtureReport(name);
    const buffer = await templateBuffer(fixture.meta.edition, fixture);
    const notRead = sheetsNotRead();
    expect([...notRead]).toEqual(["校验"]);
    const cells = excelJsCells(await loadWorkbook(buffer, EXCELJS_READ_OPTIONS, new Set()));
    const guard = (sheet: string) => {
      if (notRead.has(sheet)) throw new Error(`the reader asked about ${sheet}`);
    };
    const guarded: TemplateCells = {
      hasSheet: (sheet) => (guard(sheet), cells.hasSheet(sheet)),
      text: (sheet, address) => (guard(sheet), cells.text(sheet, address)),
      covered: (sheet, address) => (guard(sheet), cells.covered(sheet, address)),
      extent: (sheet) => (guard(sheet), cells.extent(sheet)),
      markerTexts: () => cells.markerTexts(),
    };
    const fromFullLoad = readTemplateCells(guarded, { sourceKind: "xlsx", fileName: "填报.xlsx", maxNarrativeRows: WORKBOOK_LIMITS.maxNarrativeRows });
    expect(fromFullLoad.ok).toBe(true);
    expect(await readReportWorkbook(buffer, "填报.xlsx")).toEqual(fromFullLoad);
  });
});
