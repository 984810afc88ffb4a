import type ExcelJS from "exceljs";
import { normalizeLabel, readTemplateCells, refused, sheetsNotRead, TEMPLATE_MARKER_NAME } from "../core";
import { formatSize } from "../core/import/limits";
import type { ReadTemplateResult, TemplateCells } from "../core";
import { cellRaw } from "./cellText";
import { checkZip, EXCELJS_READ_OPTIONS, notXlsx, WORKBOOK_LIMITS } from "./limits";
import { loadWorkbook } from "./loadWorkbook";
import { sheetParts } from "./sheetParts";
import { storedZip } from "./storedZip";

/**
 * An .xlsx file → the report model. The file is bounded first (size, zip bomb, cells spanned); then ExcelJS opens it
 * and the host-agnostic reader (src/core/template/reader.ts, which the task pane's Office.js adapter shares) reads
 * the standard workbook through the cells ExcelJS gives.
 */

export type ReadWorkbookResult = ReadTemplateResult;

/** Sheet lookup that forgives stray spaces and full-width variants in a renamed tab. */
function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = wb.getWorksheet(name);
  if (exact) return exact;
  const want = normalizeLabel(name);
  return wb.worksheets.find((ws) => normalizeLabel(ws.name) === want);
}

/** The workbook's cells as the reader sees them. */
export function excelJsCells(wb: ExcelJS.Workbook): TemplateCells {
  const sheets = new Map<string, ExcelJS.Worksheet | undefined>();
  const sheet = (name: string) => {
    if (!sheets.has(name)) sheets.set(name, sheetNamed(wb, name));
    return sheets.get(name);
  };
  return {
    hasSheet: (name) => sheet(name) !== undefined,
    text: (name, address) => {
      const ws = sheet(name);
      return ws ? cellRaw(ws.getCell(address).value) : "";
    },
    covered: (name, address) => {
      const cell = sheet(name)?.getCell(address);
      return cell !== undefined && cell.isMerged && cell.master.address !== cell.address;
    },
    extent: (name) => {
      const ws = sheet(name);
      return { rows: ws?.rowCount ?? 0, columns: ws?.columnCount ?? 0 };
    },
    markerTexts: () => {
      const texts: string[] = [];
      for (const r of wb.definedNames.getRanges(TEMPLATE_MARKER_NAME)?.ranges ?? []) {
        const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(r);
        const ws = m ? sheetNamed(wb, m[1].replace(/''/g, "'")) : undefined;
        if (m && ws) texts.push(cellRaw(ws.getCell(`${m[2]}${m[3]}`).value).trim());
      }
      texts.push(wb.keywords ?? "");
      return texts;
    },
  };
}

/** The parts of the sheets the reader never reads (the 校验 sheet: a third of a workbook's XML), to leave unparsed. */
function unreadSheetParts(workbookXml: string | undefined, workbookRels: string | undefined): Set<string> {
  const skip = new Set<string>();
  const notRead = sheetsNotRead();
  for (const [sheet, part] of sheetParts(workbookXml, workbookRels)) if (notRead.has(sheet)) skip.add(part);
  return skip;
}

export async function readReportWorkbook(buffer: Uint8Array, fileName?: string): Promise<ReadWorkbookResult> {
  if (buffer.length > WORKBOOK_LIMITS.maxFileBytes) {
    return refused(`文件过大（${formatSize(buffer.length)}，上限 ${formatSize(WORKBOOK_LIMITS.maxFileBytes)}），不像是填报模板`, "file too large for a report workbook");
  }
  const foreign = notXlsx(buffer);
  if (foreign) return foreign;
  const zip = await checkZip(buffer);
  if (!zip.ok) return zip;

  let wb: ExcelJS.Workbook;
  try {
    // The parts the check inflated, stored: ExcelJS's JSZip then copies instead of inflating them again.
    wb = await loadWorkbook(storedZip(zip.parts), EXCELJS_READ_OPTIONS, unreadSheetParts(zip.workbookXml, zip.workbookRels));
  } catch (e) {
    return refused("无法打开工作簿，文件可能已损坏", `cannot open the workbook: ${String((e as Error).message).replace(/\s+/g, " ").slice(0, 200)}`);
  }

  const spanned = wb.worksheets.reduce((n, ws) => n + ws.rowCount * ws.columnCount, 0);
  if (spanned > WORKBOOK_LIMITS.maxCells) {
    return refused(`工作簿过大（各工作表的使用范围共 ${spanned} 个单元格，上限 ${WORKBOOK_LIMITS.maxCells} 个），不像是填报模板`, `the sheets span too many cells (${spanned})`);
  }

  return readTemplateCells(excelJsCells(wb), { sourceKind: "xlsx", fileName, maxNarrativeRows: WORKBOOK_LIMITS.maxNarrativeRows });
}
