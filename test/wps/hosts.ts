import { rangeAddress } from "../../src/core/template/address";
import { WorkbookAdapter } from "../../src/excel/adapter";
import type { Failure } from "../../src/excel/adapter";
import { isHighlightFormula } from "../../src/excel/highlightMark";
import { memorySettings } from "../../src/excel/host";
import { createMemoryExcel } from "../../src/excel/memory";
import type { MemoryExcel } from "../../src/excel/memory";
import { memoryHost } from "../../src/excel/memoryHost";
import { typeValues } from "../../src/excel/typeValues";
import type { TypedValue } from "../../src/excel/typeValues";
import { hexOf } from "../../src/wps/et";
import { typeInEt } from "./typing";
import { wpsHost } from "../../src/wps/host";
import { createMemoryEt } from "../../src/wps/memory";
import type { MemoryEtApplication } from "../../src/wps/memory";

/** The two hosts side by side: the same adapter over the in-memory Excel and over the in-memory WPS 表格. */

export interface Pair {
  excel: MemoryExcel;
  et: MemoryEtApplication;
  onExcel: WorkbookAdapter;
  onWps: WorkbookAdapter;
}

export function pair(): Pair {
  const excel = createMemoryExcel();
  const et = createMemoryEt();
  return { excel, et, onExcel: new WorkbookAdapter(memoryHost(excel, { kind: "excel", settings: memorySettings(), canDownload: true, platform: "OfficeOnline" })), onWps: new WorkbookAdapter(wpsHost(et)) };
}


export async function typeInBoth(p: Pair, values: readonly TypedValue[]): Promise<void> {
  await p.excel.run((c) => typeValues(c, values));
  typeInEt(p.et, values);
}

export { typeInEt };

export function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success: ${(result as unknown as Failure).reason}`);
  return result as Extract<T, { ok: true }>;
}

/** The add-in's highlights: 「sheet!range formula」, sorted. */
export function excelHighlights(excel: MemoryExcel): string[] {
  return excel.store.sheets.flatMap((s) => s.conditionalFormats.filter((c) => isHighlightFormula(c.formula)).map((c) => `${s.name}!${c.range} ${c.formula}`)).sort();
}
export function wpsHighlights(et: MemoryEtApplication): string[] {
  return et.book.sheets.flatMap((s) => s.conditions.filter((c) => isHighlightFormula(c.formula1)).map((c) => `${s.name}!${rangeAddress(c.appliesTo)} ${c.formula1}`)).sort();
}
/** The highlights' colours (fill, font), by range. */
export function excelHighlightColours(excel: MemoryExcel): string[] {
  return excel.store.sheets.flatMap((s) => s.conditionalFormats.filter((c) => isHighlightFormula(c.formula)).map((c) => `${s.name}!${c.range} ${c.fill} ${c.fontColor} ${c.bold}`)).sort();
}
export function wpsHighlightColours(et: MemoryEtApplication): string[] {
  return et.book.sheets
    .flatMap((s) => s.conditions.filter((c) => isHighlightFormula(c.formula1)).map((c) => `${s.name}!${rangeAddress(c.appliesTo)} ${hexOf(c.interior!)} ${hexOf(c.fontColor!)} ${c.bold}`))
    .sort();
}

/** 报告正文's column from its first row, as text. */
export function narrativeColumn(p: Pair, sheet = "报告正文", first = 4): { excel: string[]; wps: string[] } {
  const read = (get: (address: string) => unknown) => {
    const rows: string[] = [];
    for (let r = first; ; r++) {
      const v = get(`A${r}`);
      if (v === undefined || v === "" || v === null) break;
      rows.push(String(v));
    }
    return rows;
  };
  return {
    excel: read((a) => p.excel.store.sheet(sheet)?.peek(a)?.value),
    wps: read((a) => p.et.book.sheet(sheet)?.peek(a)?.value),
  };
}
