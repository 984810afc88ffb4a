import { cellKey, editionIndex, editions } from "../editions";
import type { CellKey, EditionId } from "../editions";

/**
 * What the cross-year rules (report-format.md §6 rules 6–7) compare, as data: validate() evaluates them, and the
 * template derives its 上年数据 sheet and its native cross-year formulas from the same declarations.
 */

/** Rule 6: this year's 上年结转 equals last year's 结转下年度继续办理, column by column (表三, same columns in both editions). */
export const carryOverRule = {
  id: "crossYear.carryOver",
  table: "t3",
  thisYearRow: "t3.carriedOver",
  lastYearRow: "t3.carryForward",
  /** 2019 is the first year of the current formats: the 2018 report had no such table. */
  firstReportYear: 2020,
} as const;

/** Rule 7 (soft): 现行有效件数 ≈ last year's + 本年制发 − 本年废止, per row of the block. 2021格式 on both sides only. */
export const inForceChainRule = {
  id: "crossYear.inForceChain",
  edition: "2021",
  block: "t2.item1",
  inForce: "inForce",
  issued: "issued",
  repealed: "repealed",
  /** Last year must also use the 2021格式: never chain 表二 across the 2020→2021 change. */
  firstReportYear: editions["2021"].firstYear + 1,
} as const;

/** Row keys of the block rule 7 runs along (empty for editions it does not apply to). */
export function inForceChainRows(edition: EditionId): string[] {
  if (edition !== inForceChainRule.edition) return [];
  const block = editionIndex(edition).table("t2").blocks.find((b) => b.key === inForceChainRule.block);
  return block ? block.rows.map((r) => r.key) : [];
}

/** Keys of last year's cells the cross-year rules read, for a report of `edition` (what a 上年数据 sheet holds). */
export function lastYearInputs(edition: EditionId): CellKey[] {
  const t3 = editionIndex(edition).table("t3").blocks[0];
  return [
    ...t3.columns.map((c) => cellKey(carryOverRule.lastYearRow, c.key)),
    ...inForceChainRows(edition).map((row) => cellKey(row, inForceChainRule.inForce)),
  ];
}
