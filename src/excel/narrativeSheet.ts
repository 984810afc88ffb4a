import type { TableId } from "../core/editions";
import type { Report } from "../core/model/report";
import type { DraftBlock, DraftSection, NarrativeDraft } from "../core/narrative/generate";
import { tableGrid } from "../core/narrative/tables";
import { splitSections } from "../core/text/sections";
import type { TemplateLayout } from "../core/template/layout";

/**
 * The report's text in the 报告正文 sheet: one paragraph per cell down its column (as the template describes). The
 * three tables are not copied there — they are the 表二/表三/表四 sheets — a line says where they are, and the
 * .docx and the clipboard put the real tables in its place. The sheet is the document the clerk edits: copy and
 * download read it back, so the clerk's edits are what leaves Excel.
 */

const TABLE_OF_SECTION: Partial<Record<DraftSection["key"], TableId>> = { proactive: "t2", requests: "t3", reviewLitigation: "t4" };

/** The line standing for a table (「（本部分为表二，见「表二」工作表；……）」). */
export function tableLine(sheet: string): string {
  return `（本部分为统计表，见「${sheet}」工作表；复制或下载 Word 时自动插入表格。）`;
}

const TABLE_LINE = /^（本部分为统计表，见「(.+?)」工作表/;

/** The rows the add-in writes for a generated draft. */
export function draftRows(draft: NarrativeDraft, layout: TemplateLayout): string[] {
  const rows = [...draft.title, draft.preamble];
  for (const section of draft.sections) {
    rows.push(section.heading);
    for (const block of section.blocks) {
      if (block.kind === "table") rows.push(tableLine(layout.sheets.tables[block.grid.table]));
      else rows.push(block.text);
    }
  }
  return rows.map((r) => r.trim()).filter(Boolean);
}

/** 「（一）主动公开情况」: a sub-heading of 一、总体情况 (short, numbered, not a sentence). */
const SUBHEADING = /^（[一二三四五六七八九十]{1,2}）[^。；]{1,28}$/;

/**
 * The sheet's rows back into a draft for the .docx and the clipboard: title, preamble and sections as the clerk
 * left them, with each table line replaced by that table from the workbook's numbers.
 */
export function sheetDraft(rows: readonly string[], report: Report, layout: TemplateLayout): NarrativeDraft {
  const lines = rows.map((r) => r.trim()).filter(Boolean);
  const split = splitSections(lines.join("\n"));
  const sheetTable = new Map(Object.entries(layout.sheets.tables).map(([id, sheet]) => [sheet, id as TableId]));
  const sections: DraftSection[] = split.sections.map((s) => {
    const blocks: DraftBlock[] = [];
    let placed = false;
    for (const line of s.body.split("\n").map((l) => l.trim()).filter(Boolean)) {
      const table = TABLE_LINE.exec(line);
      const id = table ? sheetTable.get(table[1]) : undefined;
      if (id) {
        blocks.push({ kind: "table", grid: tableGrid(report, id) });
        placed = true;
      } else blocks.push(SUBHEADING.test(line) ? { kind: "subheading", text: line } : { kind: "paragraph", text: line });
    }
    const key = s.standard ?? "other";
    const own = TABLE_OF_SECTION[key as DraftSection["key"]];
    // A table section whose line the clerk deleted still gets its table (the published report must have it).
    if (own && !placed) blocks.push({ kind: "table", grid: tableGrid(report, own) });
    return { key: key as DraftSection["key"], heading: s.heading, blocks };
  });
  return {
    edition: report.meta.edition,
    reportYear: report.meta.reportYear,
    agency: report.meta.agency.trim(),
    title: (split.title ?? "").split("\n").filter(Boolean),
    preamble: split.preamble,
    sections,
  };
}

/** A short fingerprint of the sheet's text (FNV-1a, 32 bits, over the rows), to notice a clerk's edits. */
export function textFingerprint(rows: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = rows.map((r) => r.trim()).filter(Boolean).join("\n");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, "0")}-${text.length}`;
}

/** Document setting holding the fingerprint of the text the add-in last wrote. */
export const NARRATIVE_SETTING = "xxgk.narrativeWritten";
