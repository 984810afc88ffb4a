import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildTemplatePlan, parseRange, rangeAddress } from "../../src/core";
import type { EditionId, Report } from "../../src/core";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { sheetParts } from "../../src/xlsx/sheetParts";
import { fixtureInput, toReport } from "./reports";

export const FIXTURE_EDITION = { "huaian-2024": "2021", "yuyao-2020": "2019" } as const;

export function fixtureReport(name: keyof typeof FIXTURE_EDITION): Report {
  return toReport(fixtureInput(name));
}

export function templateBuffer(edition: EditionId, report?: Report, lastYear?: Report, plan = buildTemplatePlan({ edition })): Promise<Buffer> {
  return writeTemplateWorkbook(plan, { report, lastYear });
}

export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The raw XML of a sheet (by its name) and of the workbook parts, for what ExcelJS does not read back. */
export async function workbookXml(buffer: Buffer): Promise<{ sheet(name: string): string; part(path: string): string }> {
  const zip = await JSZip.loadAsync(buffer);
  const files = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (name.endsWith(".xml") || name.endsWith(".rels")) files.set(name, await zip.files[name].async("string"));
  const workbook = files.get("xl/workbook.xml") ?? "";
  const rels = files.get("xl/_rels/workbook.xml.rels") ?? "";
  const parts = sheetParts(workbook, rels);
  return {
    part: (path) => files.get(path) ?? "",
    sheet(name) {
      const path = parts.get(name);
      if (!path) throw new Error(`no sheet ${name}`);
      return files.get(path) ?? "";
    },
  };
}

/**
 * Inserts (delta > 0) or deletes (delta < 0) rows at `at` the way Excel does, merged areas included. ExcelJS's
 * spliceRows leaves merges where they were, which would not be a file Excel or WPS ever writes.
 */
export function shiftRows(ws: ExcelJS.Worksheet, at: number, delta: number): void {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (const m of merges) ws.unMergeCells(m);
  if (delta > 0) ws.spliceRows(at, 0, ...Array.from({ length: delta }, () => []));
  else ws.spliceRows(at, -delta);
  for (const m of merges) {
    const r = parseRange(m);
    const move = (row: number) => (row >= at ? row + delta : row);
    let top = move(r.top);
    let bottom = move(r.bottom);
    if (delta < 0) {
      const gone = (row: number) => row >= at && row < at - delta;
      if (gone(r.top) && gone(r.bottom)) continue;
      top = gone(r.top) ? at : top;
      bottom = gone(r.bottom) ? at - 1 : bottom;
    } else if (r.top < at && r.bottom >= at) {
      top = r.top;
    }
    if (top === bottom && r.left === r.right) continue;
    ws.mergeCells(rangeAddress({ top, bottom, left: r.left, right: r.right }));
  }
}
