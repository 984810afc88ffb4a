import { cellName, editionIds, editionIndex } from "../editions";
import type { BlockDef, CellKey, RowDef, TableDef } from "../editions";
import { carryOverRule, compareSums, evaluateIdentity, evaluateSides, formatMessage, identityChecks, signedDifference } from "../rules";
import type { IdentityOutcome } from "../rules";
import { formatShare } from "../text";
import { columnsEdition, tableBlock } from "./edition";
import { describeSize, fail, gridSize, knownNumberIn, knownNumbersIn, numberIn, numbersIn, ok } from "./grid";
import type { Grid, BlockOutcome } from "./grid";
import { blockMessages } from "./messages";

/**
 * Differences a clerk can put beside a table: each is left − right of a check that validate() makes, with the same
 * rounding, so 0 means the check holds and |difference| is the 「相差」 of the finding.
 */

/** Rule t3.columnBalance on whole 表三 columns: (一+二) − (（七）总计+四), one difference per selected column. */
export function columnBalance(grid: unknown, editionArg?: unknown): BlockOutcome<number[]> {
  const edition = columnsEdition(grid, editionArg);
  if (!edition.ok) return edition;
  const index = editionIndex(edition.value);
  const block = tableBlock(edition.value, "t3");
  const table = index.table("t3");
  const width = (grid as Grid)[0].length;
  const numbers = knownNumbersIn(grid as Grid, (r, c) => cellWhere(table, block, block.rows[r], c, width));
  if (!numbers.ok) return numbers;
  // Every column's instance names the same rows; the first one says which.
  const check = identityChecks(edition.value).find((c) => c.rule.id === "t3.columnBalance");
  if (!check) throw new Error("rule t3.columnBalance is missing");
  const rowOf = (key: CellKey) => index.cell(key)?.rowIndex ?? -1;
  const differences: number[] = [];
  for (let c = 0; c < numbers.value[0].length; c++) {
    const outcome = evaluateIdentity(check, (key) => numbers.value[rowOf(key)][c]);
    const open = openDifference(outcome, cellWhere(table, block, undefined, c, width));
    if (!open.ok) return open;
    differences.push(open.value);
  }
  return ok(differences);
}

/**
 * left − right of an identity, as validate() judges it with blanks unknown: with every cell known, the difference;
 * with blanks that cannot mend it, the difference of the filled cells (the native 校验 row's 差额); with blanks that
 * could, no difference yet — a message, so that no number stands for what a blank holds.
 */
function openDifference(outcome: IdentityOutcome, where: string): BlockOutcome<number> {
  const unknown = outcome.unknownLeft + outcome.unknownRight > 0;
  if (unknown && outcome.holds) return fail(formatMessage(blockMessages.blanksOpen, { where }));
  return ok(signedDifference(outcome));
}

/**
 * How a cell of a selection of 表三 columns is named: by its column label when the whole width is selected, by its
 * place in the selection when several columns are, by its row alone when the selection is one column.
 */
function cellWhere(table: TableDef, block: BlockDef, row: RowDef | undefined, column: number, width: number): string {
  if (!row) {
    // A whole column of the selection.
    if (width === block.columns.length) return `${table.name}「${block.columns[column].label}」列`;
    return width === 1 ? `${table.name}所选的列` : `${table.name}${formatMessage(blockMessages.selectionColumn, { column: column + 1 })}`;
  }
  if (width === block.columns.length) return cellName(table, block, row, block.columns[column]);
  if (width === 1) return cellName(table, block, row);
  return cellName(table, block, row) + formatMessage(blockMessages.selectionColumn, { column: column + 1 });
}

/** total − Σ parts, compared as identities are (the generic 「总数等于各项之和」). */
export function sumDifference(total: unknown, parts: unknown): BlockOutcome<number> {
  const t = knownNumberIn(total, blockMessages.totalArgument);
  if (!t.ok) return t;
  if (!gridSize(parts)) return fail(blockMessages.selectParts);
  const numbers = knownNumbersIn(parts as Grid, (r, c) => formatMessage(blockMessages.partsCell, { row: r + 1, column: c + 1 }));
  if (!numbers.ok) return numbers;
  // The generic identity 总数 = Σ各项, judged as every identity is.
  return openDifference(evaluateSides([t.value], numbers.value.flat()), blockMessages.totalArgument + "或各项");
}

/**
 * Rule crossYear.carryOver: this year's 「二、上年结转」 row − last year's 「四、结转下年度继续办理」 row, column by
 * column (both editions share 表三's columns and these two rows).
 */
export function carryOverDifferences(thisYear: unknown, lastYear: unknown): BlockOutcome<number[]> {
  const index = editionIndex(editionIds[editionIds.length - 1]);
  const { table, block, row: thisRow } = index.rowHome(carryOverRule.thisYearRow)!;
  const lastRow = index.rowHome(carryOverRule.lastYearRow)!.row;
  const a = gridSize(thisYear);
  const b = gridSize(lastYear);
  if (!a || !b || a.rows !== 1 || b.rows !== 1 || a.columns !== b.columns || a.columns > block.columns.length) {
    const selected = a && b ? `，所选区域为${describeSize(a)}和${describeSize(b)}` : "";
    return fail(formatMessage(blockMessages.selectCarryOver, { thisRow: thisRow.label, lastRow: lastRow.label, columns: block.columns.length, selected }));
  }
  const where = (prefix: string, row: RowDef) => (_r: number, c: number) => prefix + cellWhere(table, block, row, c, a.columns);
  const current = numbersIn(thisYear as Grid, where(blockMessages.thisYear, thisRow));
  if (!current.ok) return current;
  const previous = numbersIn(lastYear as Grid, where(blockMessages.lastYear, lastRow));
  if (!previous.ok) return previous;
  return ok(current.value[0].map((v, c) => signedDifference(compareSums(v, previous.value[0][c]))));
}

const MAX_SHARE_DECIMALS = 6;

/** formatShare on cell values (「66.48%」); undefined when the base is 0 (no share exists). */
export function shareOf(count: unknown, base: unknown, decimals?: unknown): BlockOutcome<string | undefined> {
  const c = numberIn(count, blockMessages.countArgument);
  if (!c.ok) return c;
  const b = numberIn(base, blockMessages.baseArgument);
  if (!b.ok) return b;
  let places = 2;
  if (decimals !== null && decimals !== undefined && decimals !== "") {
    const d = numberIn(decimals, "");
    if (!d.ok || !Number.isInteger(d.value) || d.value < 0 || d.value > MAX_SHARE_DECIMALS) {
      return fail(formatMessage(blockMessages.decimals, { max: MAX_SHARE_DECIMALS }));
    }
    places = d.value;
  }
  return ok(formatShare(c.value, b.value, places));
}
