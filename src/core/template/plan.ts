import { editions } from "../editions";
import type { EditionId, LevelId } from "../editions";
import { bestOrientation, fitRowHeights } from "./fit";
import { layoutInternals } from "./layout";
import { TEMPLATE_MARKER_NAME, templateMarker } from "./marker";
import { basicInfoSheet } from "./sheets/basicInfo";
import { checksSheet } from "./sheets/checksSheet";
import { instructionsSheet, reportTitle } from "./sheets/instructions";
import { lastYearSheet } from "./sheets/lastYear";
import { narrativeSheet } from "./sheets/narrative";
import { tableSheet } from "./sheets/tableSheet";
import { templateStyles } from "./styles";
import type { TemplatePlan } from "./types";

export interface TemplateOptions {
  edition: EditionId;
  /** Prefills 基本信息 and the title; the layout does not depend on it. */
  reportYear?: number;
  agency?: string;
  level?: LevelId;
}

/** The whole standard workbook of an edition as a plan: pure data, drawn by the ExcelJS and Office.js renderers. */
export function buildTemplatePlan(options: TemplateOptions): TemplatePlan {
  const internals = layoutInternals(options.edition);
  const { layout, grids } = internals;
  const e = editions[options.edition];
  const drafts = [
    instructionsSheet(layout, options),
    basicInfoSheet(layout, options),
    ...e.tables.map((t) => tableSheet(layout, t, grids[t.id])),
    lastYearSheet(internals),
    checksSheet(layout),
    narrativeSheet(layout),
  ];
  for (const d of drafts) {
    fitRowHeights(d, templateStyles, d.role === "table" || d.role === "lastYear" ? 20 : 18);
    // 报告正文 is a document: it prints portrait whatever is (not yet) in it.
    if (d.role !== "narrative") d.print.orientation = bestOrientation(d);
  }

  const named = (name: string, sheet: string, address: string) => ({ name, sheet, address });
  const dataRange = (id: "t3" | "t4") => layout.tables[id].blocks[0].data;
  const marker = templateMarker(options.edition, layout.templateVersion);
  return {
    edition: options.edition,
    templateVersion: layout.templateVersion,
    layout,
    styles: templateStyles,
    sheets: drafts.map((d) => d.toPlan()),
    definedNames: [
      named(TEMPLATE_MARKER_NAME, layout.marker.sheet, layout.marker.address),
      named("XXGK_T3", layout.sheets.tables.t3, dataRange("t3")),
      named("XXGK_T4", layout.sheets.tables.t4, dataRange("t4")),
      named("XXGK_VERDICT", layout.checks.verdict.sheet, layout.checks.verdict.address),
    ],
    properties: {
      title: reportTitle(options.edition, options),
      subject: "政府信息公开工作年度报告",
      keywords: marker,
      category: "xxgk-template",
      description: `按${e.documentNumber}《${e.formatTitle}》生成的填报模板。${marker}`,
      creator: "xxgk",
    },
    activeSheet: layout.sheets.instructions,
  };
}
