import { editions, levelById, levels } from "../../editions";
import type { LevelId } from "../../editions";
import { REPORT_YEAR_MAX } from "../../model/reportYear";
import type { MetaField, TemplateLayout } from "../layout";
import { metaFields } from "../layout";
import { COLOURS } from "../styles";
import type { StyleId } from "../types";
import { metaPrompts, metaWording, sheetTexts } from "../wording";
import { protectInputsOnly, SheetDraft } from "./draft";

export interface BasicInfoOptions {
  agency?: string;
  level?: LevelId;
  reportYear?: number;
}

const fieldStyle: Partial<Record<MetaField, StyleId>> = {
  level: "input.text",
  reportYear: "input.year",
  edition: "fixed",
  informationFeeYuan: "input.amountWan",
};

/** 基本信息: one field per row (label, the cell to fill, a hint). */
export function basicInfoSheet(layout: TemplateLayout, options: BasicInfoOptions): SheetDraft {
  const e = editions[layout.edition];
  const s = new SheetDraft(layout.sheets.basicInfo, "basicInfo");
  s.tabColor = COLOURS.tabInfo;
  s.columnWidths = { 1: 26, 2: 44, 3: 56 };
  s.value("A1", sheetTexts.basicInfoTitle, "title", "A1:C1");
  s.rowHeights[1] = 30;
  sheetTexts.basicInfoHeader.forEach((h, i) => s.value(`${"ABC"[i]}2`, h, "checkHeader"));

  const prefill: Partial<Record<MetaField, string | number>> = {
    agency: options.agency,
    level: levelById(options.level)?.label,
    reportYear: options.reportYear,
    edition: `${e.name}（${e.documentNumber}）`,
  };
  for (const field of metaFields) {
    const { address } = layout.meta[field];
    const row = Number(address.slice(1));
    const wording = metaWording[field];
    s.value(`A${row}`, wording.label, "label");
    s.value(address, prefill[field], fieldStyle[field] ?? "input.text");
    s.value(`C${row}`, wording.hint, "note");
  }

  const at = (f: MetaField) => layout.meta[f].address;
  s.validations.push(
    {
      range: at("level"),
      rule: { type: "list", items: levels.map((l) => l.label) },
      allowBlank: true,
      prompt: metaPrompts.level,
      error: metaPrompts.levelError,
    },
    {
      range: at("reportYear"),
      rule: { type: "whole", operator: "between", min: e.firstYear, max: e.lastYear ?? REPORT_YEAR_MAX },
      allowBlank: true,
      prompt: metaPrompts.reportYear,
      error: metaPrompts.reportYearError(layout.edition),
    },
    {
      range: at("informationFeeYuan"),
      rule: { type: "decimal", operator: "greaterThanOrEqual", min: 0 },
      allowBlank: true,
      prompt: metaPrompts.fee,
      error: metaPrompts.feeError,
    },
  );
  s.protection = protectInputsOnly();
  return s;
}
