// Specific modules, not the core's index: the task pane's preview bundles this file.
import { readCellText } from "../model/cellText";
import type { Report } from "../model/report";
import { metaFields, metaValue } from "./layout";
import type { TemplateLayout } from "./layout";

/**
 * What goes into the cells when a workbook is filled from a report. Shared by every writer (ExcelJS files, typing
 * into Excel through Office.js) so that a number stays a number and everything else stays exactly the text that was
 * typed — never a formula. Host-free: it only maps a report onto the layout.
 */

export type CellContent = string | number;

/** A number as a number when the text is a plain number; otherwise the text as typed (「/」, 「１２」, 「251000元」). */
export function contentOf(raw: string): CellContent | undefined {
  if (raw === "") return undefined;
  const r = readCellText(raw);
  if (r.state === "number" && r.value !== null && !r.fullWidth && !r.thousandsSeparator && !r.unit) return r.value;
  return raw;
}

export interface Filling {
  /** Address → content, by sheet. */
  cells: Map<string, Map<string, CellContent>>;
  /** Paragraphs for 报告正文, top to bottom. */
  narrative: string[];
}

function put(f: Filling, sheet: string, address: string, value: CellContent | undefined): void {
  if (value === undefined || value === "") return;
  let m = f.cells.get(sheet);
  if (!m) f.cells.set(sheet, (m = new Map()));
  m.set(address, value);
}

/** The lines of a report's narrative, one paragraph per cell: title, preamble, then each heading and its paragraphs. */
export function reportParagraphs(report: Report): string[] {
  const n = report.narrative;
  if (!n) return [];
  const paragraphs = (text: string | undefined) => (text ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return [...paragraphs(n.title), ...paragraphs(n.preamble), ...n.sections.flatMap((s) => [s.heading.trim(), ...paragraphs(s.body)])];
}

export function fillingFor(layout: TemplateLayout, report?: Report, lastYear?: Report): Filling {
  const f: Filling = { cells: new Map(), narrative: [] };
  if (report) {
    for (const [key, ref] of Object.entries(layout.cellMap)) {
      const cell = report.cells[key];
      if (cell) put(f, ref.sheet, ref.address, contentOf(cell.raw));
    }
    for (const field of metaFields) put(f, layout.meta[field].sheet, layout.meta[field].address, metaValue(report.meta, field));
    f.narrative = reportParagraphs(report);
  }
  if (lastYear) {
    for (const [key, ref] of Object.entries(layout.lastYear.cells)) {
      const cell = lastYear.cells[key];
      if (cell) put(f, ref.sheet, ref.address, contentOf(cell.raw));
    }
  }
  return f;
}
