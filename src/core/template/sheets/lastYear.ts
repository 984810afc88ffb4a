import { columnLetter, qualified } from "../address";
import type { LayoutInternals } from "../layout";
import { COLOURS } from "../styles";
import { sheetTexts } from "../wording";
import { protectInputsOnly, SheetDraft } from "./draft";
import { drawGrid } from "./tableSheet";

/** 上年数据: last year's figures the cross-year rules need, under the same verbatim labels as the tables. */
export function lastYearSheet({ layout, lastYearGrids }: LayoutInternals): SheetDraft {
  const s = new SheetDraft(layout.sheets.lastYear, "lastYear");
  s.tabColor = COLOURS.tabInfo;
  const width = Math.max(...lastYearGrids.map((g) => g.labelColumns + g.dataColumns));
  const lastColumn = columnLetter(width);
  s.value("A1", sheetTexts.lastYearTitle, "title", `A1:${lastColumn}1`);
  s.rowHeights[1] = 30;
  s.value("A2", sheetTexts.lastYearNote, "note", `A2:${lastColumn}2`);
  const year = qualified(layout.meta.reportYear.sheet, layout.meta.reportYear.address);
  const { address } = layout.lastYear.reportYear;
  s.value("A3", sheetTexts.lastYearYearLabel, "textBold", `A3:B3`);
  s.formula(address, `IF(ISNUMBER(${year}),(${year}-1)&"年度","（先在「基本信息」填写报告年度）")`, "formula", `${address}:${lastColumn}3`);
  for (const grid of lastYearGrids) drawGrid(s, grid);
  s.protection = protectInputsOnly();
  return s;
}
