import type { TemplateLayout } from "../layout";
import { sheetTexts } from "../wording";
import { SheetDraft } from "./draft";

/** 报告正文: one paragraph per cell down column A. Not protected: it is free text. */
export function narrativeSheet(layout: TemplateLayout): SheetDraft {
  const s = new SheetDraft(layout.narrative.sheet, "narrative");
  s.columnWidths = { 1: 110 };
  s.value("A1", sheetTexts.narrativeTitle, "title");
  s.rowHeights[1] = 30;
  s.value("A2", sheetTexts.narrativeNote, "note");
  return s;
}
