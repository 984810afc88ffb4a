import { normalizeLabel } from "../core/editions";
import type { Finding } from "../core/findings";
import type { MetaField, TemplateLayout } from "../core/template/layout";
import { narrativeRowAddress } from "./readWorkbook";

/**
 * Where a finding is in the workbook: the range a click selects and the cells its highlight covers. Every address
 * comes from the layout (or from the report's cellRefs, which the reader took from the layout).
 */

export interface FindingTarget {
  sheet: string;
  /** What a click selects (a cell, or a table's data block). */
  select: string;
  /** Ranges to highlight (empty: nothing in the workbook to mark, e.g. a finding about the whole report). */
  highlight: string[];
}

/** Findings about 基本信息 say so by their rule, not by a cell. */
const META_RULES: Record<string, MetaField> = {
  "meta.agencyMissing": "agency",
  "edition.yearMismatch": "reportYear",
  "edition.unexpected": "reportYear",
};

/** The 报告正文 row a text finding is about: the sentence it quotes, else its section's heading. */
function narrativeRow(finding: Finding, rows: readonly string[]): number | undefined {
  const { excerpt, section } = finding.location;
  const plain = (s: string) => normalizeLabel(s).replace(/[，。；：、“”‘’（）()\s]/g, "");
  if (excerpt) {
    // The checker quotes the normalised sentence: match on its first characters, which survive normalisation.
    const probe = plain(excerpt).slice(0, 12);
    if (probe.length >= 4) {
      const i = rows.findIndex((r) => plain(r).includes(probe));
      if (i >= 0) return i;
    }
  }
  if (section) {
    const heading = plain(section);
    const i = rows.findIndex((r) => plain(r) === heading || (heading.length >= 4 && plain(r).startsWith(heading)));
    if (i >= 0) return i;
  }
  return undefined;
}

export function findingTarget(finding: Finding, layout: TemplateLayout, narrativeRows: readonly string[]): FindingTarget | undefined {
  const loc = finding.location;
  if (loc.sheet && loc.cell) return { sheet: loc.sheet, select: loc.cell, highlight: [loc.cell] };
  const ref = loc.key ? layout.cellMap[loc.key] : undefined;
  if (ref) return { sheet: ref.sheet, select: ref.address, highlight: [ref.address] };
  const meta = META_RULES[finding.rule];
  if (meta) return { sheet: layout.meta[meta].sheet, select: layout.meta[meta].address, highlight: [layout.meta[meta].address] };
  if (finding.rule === "table.empty" && loc.table) {
    const table = Object.values(layout.tables).find((t) => t.sheet === loc.table);
    if (table) return { sheet: table.sheet, select: table.blocks[0].data, highlight: table.blocks.map((b) => b.data) };
  }
  if (loc.excerpt || loc.section) {
    const row = narrativeRow(finding, narrativeRows);
    const address = row === undefined ? undefined : narrativeRowAddress(layout, row);
    return address ? { sheet: layout.narrative.sheet, select: address, highlight: [address] } : { sheet: layout.narrative.sheet, select: narrativeRowAddress(layout, 0), highlight: [] };
  }
  if (loc.table) {
    const table = Object.values(layout.tables).find((t) => t.sheet === loc.table);
    if (table) return { sheet: table.sheet, select: table.blocks[0].data, highlight: [] };
  }
  return undefined;
}
