import { customFunctionCall } from "../blocks";
import { cellKey } from "../editions";
import { carryOverRule } from "../rules";
import { qualified } from "./address";
import { inputRanges } from "./checkFormulas";
import { RESULT } from "./checks";
import type { CheckRow } from "./checks";
import type { TemplateLayout } from "./layout";
import { sheetTexts } from "./wording";

/**
 * 加载项核对: the row's 差额 computed again by the add-in's custom functions, from the same IdentityCheck (or
 * cross-year rule) the native columns use. |left − right|, like 差额, so where the add-in is loaded the two columns
 * show the same number (「—」 where the native row does not apply). Where it is not loaded (LibreOffice, WPS, an
 * Excel without it) the function names are unknown: the cell says 「（需加载项）」 instead of #NAME?, so a printed
 * 校验 page shows no error codes, and the native columns keep working. Rows the functions have no counterpart for
 * stay empty.
 */
export function addinCheckFormula(row: CheckRow, layout: TemplateLayout): string | undefined {
  const formula = addinDifference(row, layout);
  return formula && unlessAddinMissing(formula, `${layout.checks.columns.index}${row.row}`);
}

/**
 * Whether the add-in is there is asked of a call that cannot fail when it is (SUMCHECK of the row's own 序号 against
 * itself is 0): an error the add-in returns for the row itself (#VALUE! naming a text cell) still shows.
 */
function unlessAddinMissing(formula: string, indexCell: string): string {
  return `IF(ISERROR(${customFunctionCall("SUMCHECK", indexCell, indexCell)}),"${sheetTexts.addinMissing}",${formula})`;
}

function addinDifference(row: CheckRow, layout: TemplateLayout): string | undefined {
  const s = row.subject;
  if (s.kind === "identity") {
    const { check } = s;
    const column = check.column;
    // A row its blanks leave open (「…」) has no difference yet; the functions would say so with #VALUE!.
    const result = `${layout.checks.columns.result}${row.row}`;
    const open = (difference: string) => `IF(${result}="${RESULT.incomplete}","${RESULT.incomplete}",${difference})`;
    if (check.rule.id === "t3.columnBalance" && column) {
      // The whole 表三 column: BALANCE finds 一、二、（七）、四 in it from the edition data, as a clerk would use it.
      const keys = check.block.rows.map((r) => cellKey(r.key, column.key));
      return open(`ABS(${customFunctionCall("BALANCE", oneRange(inputRanges(layout, keys)))})`);
    }
    const left = inputRanges(layout, check.left);
    const total = left.length === 1 && !left[0].includes(":") ? left[0] : `SUM(${left.join(",")})`;
    return open(`ABS(${customFunctionCall("SUMCHECK", total, oneRange(inputRanges(layout, check.right)))})`);
  }
  if (s.kind === "carryOver") {
    const thisYear = layout.cellMap[cellKey(carryOverRule.thisYearRow, s.column.key)];
    const lastYear = layout.lastYear.cells[cellKey(carryOverRule.lastYearRow, s.column.key)];
    const difference = `ABS(${customFunctionCall("CARRYOVER", qualified(thisYear.sheet, thisYear.address), qualified(lastYear.sheet, lastYear.address))})`;
    // Not applicable (no 上年数据, or report year 2019) is decided once, by the native 结果 cell of the same row.
    const result = `${layout.checks.columns.result}${row.row}`;
    return `IF(${result}="${RESULT.notApplicable}","${RESULT.notApplicable}",${difference})`;
  }
  return undefined;
}

/** A function's range argument must be one rectangle; the layout draws every identity's cells contiguously. */
function oneRange(ranges: readonly string[]): string {
  if (ranges.length !== 1) throw new Error(`expected one range, got ${ranges.join(",")}`);
  return ranges[0];
}
