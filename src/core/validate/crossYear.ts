import { cellKey, columnName, rowName } from "../editions";
import { readCellText } from "../model/cellText";
import type { Report } from "../model/report";
import { carryOverRule, inForceChainRows, inForceChainRule } from "../rules";
import { notImportedCells } from "./context";
import { knownValues } from "./known";
import type { CheckContext } from "./context";

/** Rules 6–7: this year's tables against last year's report. */
export function checkCrossYear(ctx: CheckContext, lastYear: Report): void {
  const year = ctx.report.meta.reportYear;
  if (lastYear.meta.reportYear !== year - 1) {
    ctx.add("crossYear.notPreviousYear", { lastYear: lastYear.meta.reportYear, expectedYear: year - 1 }, {}, year - 1, lastYear.meta.reportYear);
    return;
  }
  // Last year's blanks are unknown too (its own identities may force them): no comparison with an unknown.
  const last = knownValues(lastYear).value;
  checkCarryOver(ctx, lastYear, last);
  checkInForceChain(ctx, lastYear, last);
}

/** Rule 6: 上年结转 this year = 结转下年度继续办理 last year, every column. Both editions share 表三's columns. */
function checkCarryOver(ctx: CheckContext, lastYear: Report, last: (key: string) => number | undefined): void {
  if (ctx.report.meta.reportYear < carryOverRule.firstReportYear) return;
  const block = ctx.index.table(carryOverRule.table).blocks[0];
  // A row an importer could not read is unknown, not 0: no comparison (each import already has its finding).
  const lastUnread = notImportedCells(lastYear);
  if (block.columns.some((c) => lastUnread.has(cellKey(carryOverRule.lastYearRow, c.key)))) {
    const row = block.rows.find((r) => r.key === carryOverRule.lastYearRow)?.label ?? "";
    ctx.add("import.lastYearUnread", { lastYear: lastYear.meta.reportYear, row }, { table: ctx.index.table(carryOverRule.table).name });
    return;
  }
  for (const column of block.columns) {
    const key = cellKey(carryOverRule.thisYearRow, column.key);
    if (ctx.notImported.has(key)) continue;
    const actual = ctx.value(key);
    const expected = last(cellKey(carryOverRule.lastYearRow, column.key));
    if (actual === undefined || expected === undefined || actual === expected) continue;
    const location = { ...ctx.locate(key), column: columnName(block, column) };
    delete location.row;
    ctx.add(
      "crossYear.carryOver",
      { column: columnName(block, column), actual, expected, diff: Math.abs(actual - expected), lastYear: lastYear.meta.reportYear },
      location,
      expected,
      actual,
    );
  }
}

/**
 * Rule 7 (soft): 现行有效件数 this year ≈ last year's + 本年制发 − 本年废止. Only within the 2021格式: never chain 表二
 * across the 2020→2021 change, the columns mean different things.
 */
function checkInForceChain(ctx: CheckContext, lastYear: Report, last: (key: string) => number | undefined): void {
  if (ctx.index.edition.id !== inForceChainRule.edition || lastYear.meta.edition !== inForceChainRule.edition) return;
  for (const rowKey of inForceChainRows(ctx.index.edition.id)) {
    const home = ctx.index.rowHome(rowKey);
    if (!home) continue;
    const key = (column: string) => cellKey(rowKey, column);
    const inForce = key(inForceChainRule.inForce);
    if (ctx.reading(inForce).state !== "number" || readCellText(lastYear.cells[inForce]?.raw).state !== "number") continue;
    const previous = last(inForce);
    const issued = ctx.value(key(inForceChainRule.issued));
    const repealed = ctx.value(key(inForceChainRule.repealed));
    const actual = ctx.value(inForce);
    if (previous === undefined || issued === undefined || repealed === undefined || actual === undefined) continue;
    const expected = previous + issued - repealed;
    if (actual === expected) continue;
    ctx.add(
      "crossYear.inForceChain",
      { row: rowName(home.block, home.row), actual, expected, previous, issued, repealed, diff: Math.abs(actual - expected) },
      ctx.locate(inForce),
      expected,
      actual,
    );
  }
}
