import type { TemplateLayout } from "../layout";
import { sheetTexts } from "../wording";
import { SheetDraft } from "./draft";

/**
 * Column A fits inside an A4 portrait page between the margins without scaling: LibreOffice (and WPS) do not honour
 * 「fit to one page wide」 here, and a wider column was cut at both page edges when printed (the note in A2, and every
 * paragraph the clerk or 生成正文 writes). Measured: 75 still fits in LibreOffice; 72 leaves room for other fonts.
 */
export const NARRATIVE_COLUMN_WIDTH = 72;

/** 报告正文: one paragraph per cell down column A. Not protected: it is free text. */
export function narrativeSheet(layout: TemplateLayout): SheetDraft {
  const s = new SheetDraft(layout.narrative.sheet, "narrative");
  s.columnWidths = { 1: NARRATIVE_COLUMN_WIDTH };
  s.value("A1", sheetTexts.narrativeTitle, "title");
  s.rowHeights[1] = 30;
  s.value("A2", sheetTexts.narrativeNote, "note");
  return s;
}
