import { columnLetter, columnNumber } from "../address";
import { checkSheetColumns } from "../checkColumns";
import { RESULT } from "../checks";
import { summaryFormulas } from "../checkFormulas";
import type { TemplateLayout } from "../layout";
import { COLOURS } from "../styles";
import { sheetTexts, verdictWording } from "../wording";
import { protectInputsOnly, SheetDraft } from "./draft";

/** 校验: every check as a row of native formulas, a one-cell verdict on top, and the reserved add-in column. */
export function checksSheet(layout: TemplateLayout): SheetDraft {
  const { checks } = layout;
  const s = new SheetDraft(checks.sheet, "checks");
  s.tabColor = COLOURS.tabChecks;
  // Titles, notes and sections span the visible columns; the hidden helpers come after them.
  const lastColumn = columnLetter(checkSheetColumns.filter((c) => !c.hidden).length);
  checkSheetColumns.forEach((c, i) => (s.columnWidths[i + 1] = c.width));
  s.hiddenColumns = checkSheetColumns.flatMap((c, i) => (c.hidden ? [i + 1] : []));

  s.value("A1", sheetTexts.checksTitle, "title", `A1:${lastColumn}1`);
  s.rowHeights[1] = 30;
  const summary = summaryFormulas(layout);
  s.value("A2", sheetTexts.checksVerdictLabel, "textBold", "A2:B2");
  const verdictEnd = `${columnLetter(columnNumber(checks.columns.result) - 1)}2`;
  s.formula(checks.verdict.address, summary.verdict, "summary", `${checks.verdict.address}:${verdictEnd}`);
  s.formula(checks.reminders.address, summary.reminders, "summary", `${checks.reminders.address}:${lastColumn}2`);
  s.rowHeights[2] = 30;
  s.value("A3", sheetTexts.checksNote, "note", `A3:${lastColumn}3`);
  checkSheetColumns.forEach((c, i) => s.value(`${columnLetter(i + 1)}${checks.headerRow}`, c.header, "checkHeader"));

  for (const section of checks.sections) {
    s.value(`A${section.row}`, "", "checkSection").value(`B${section.row}`, section.title, "checkSection", `B${section.row}:${lastColumn}${section.row}`);
  }
  checks.rows.forEach((row, n) => {
    checkSheetColumns.forEach((c, i) => {
      const address = `${columnLetter(i + 1)}${row.row}`;
      if (c.key === "index") s.value(address, n + 1, c.style);
      else if (c.key === "item") s.value(address, row.label, c.style);
      else {
        const formula = c.formula?.(row, layout);
        if (formula) s.formula(address, formula, c.style);
        else s.value(address, undefined, c.style);
      }
    });
  });

  const results = `${checks.columns.result}${checks.firstRow}:${checks.columns.result}${checks.lastRow}`;
  const first = `${checks.columns.result}${checks.firstRow}`;
  s.conditionalFormats.push(
    { range: results, formula: `${first}="${RESULT.error}"`, style: { fill: COLOURS.problemFill, fontColor: COLOURS.problemText, bold: true } },
    { range: results, formula: `${first}="${RESULT.warning}"`, style: { fill: COLOURS.warnFill, fontColor: COLOURS.warnText, bold: true } },
    { range: results, formula: `${first}="${RESULT.ok}"`, style: { fill: COLOURS.okFill, fontColor: COLOURS.okText } },
    {
      range: checks.verdict.address,
      formula: `${checks.verdict.address}="${verdictWording.allHold}"`,
      style: { fill: COLOURS.okFill, fontColor: COLOURS.okText, bold: true },
    },
    {
      range: checks.verdict.address,
      formula: `${checks.verdict.address}<>"${verdictWording.allHold}"`,
      style: { fill: COLOURS.problemFill, fontColor: COLOURS.problemText, bold: true },
    },
  );
  s.freeze = { rows: checks.headerRow, columns: 0 };
  s.print.repeatRows = { first: checks.headerRow, last: checks.headerRow };
  s.protection = protectInputsOnly();
  return s;
}
