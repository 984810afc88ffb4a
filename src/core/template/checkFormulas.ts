import { editionIndex, editions, valueKinds } from "../editions";
import type { CellKey, TableId } from "../editions";
import { PLACEHOLDERS } from "../model/cellText";
import { carryOverRule, inForceChainRule } from "../rules";
import { cellKey } from "../editions";
import { qualified, toRanges } from "./address";
import { cellCountChecks, RESULT } from "./checks";
import type { CheckRow } from "./checks";
import type { CellRef, TemplateLayout } from "./layout";
import { verdictWording } from "./wording";

/**
 * The native formulas of a 校验 row, generated from the row's rule data and the layout. Classic functions only
 * (SUM, N, ROUND, ABS, IF, AND, OR, NOT, COUNTA, COUNTBLANK, COUNTIF, SUMPRODUCT, ISTEXT, ISNUMBER, FIND, LEN, TRIM,
 * HYPERLINK): they calculate the same in every Excel since 2007, in WPS and in LibreOffice, without the add-in.
 *
 * A blank (or text) in a number cell is unknown, as in validate(): SUM adds the known cells only, and an identity with
 * unknown cells is broken only when its known cells already exceed the other side; otherwise the row says it cannot
 * be judged yet (RESULT.incomplete). 「/」「-」「无」 are 0. validate() goes further where the add-in runs: it infers
 * the blanks the identities force (known.ts), which one formula per row cannot.
 */

export type NativeColumn = "item" | "left" | "right" | "diff" | "result" | "locate";

/**
 * A string literal. A backslash is written as CHAR(92): Excel and LibreOffice take 「"\"」 literally, but some
 * formula engines read it as an escape and lose the closing quote.
 */
export const str = (s: string) =>
  s
    .split("\\")
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join("&CHAR(92)&")
    .replace(/^""&|&""$/g, "");
const ref = (r: CellRef) => qualified(r.sheet, r.address);

/** Qualified ranges covering some input cells (only the top-left cell of a merged input). */
export function inputRanges(layout: TemplateLayout, keys: readonly CellKey[], source: "cellMap" | "lastYear" = "cellMap"): string[] {
  const map = source === "cellMap" ? layout.cellMap : layout.lastYear.cells;
  const bySheet = new Map<string, string[]>();
  for (const key of keys) {
    const r = map[key];
    if (!r) throw new Error(`no cell for ${key} in the ${layout.edition} layout`);
    bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r.address]);
  }
  return [...bySheet].flatMap(([sheet, addresses]) => toRanges(addresses).map((r) => qualified(sheet, r)));
}

const sum = (ranges: readonly string[]) => `SUM(${ranges.join(",")})`;

/** A cell whose number is known: a number, or 「/」「-」「无」 (none: 0). A blank or a word is unknown. */
const known = (r: string) => `OR(ISNUMBER(${r}),${placeholderCount(r)}>0)`;

/** Cells of the ranges whose number is unknown: blank, or text that is no placeholder. */
export function unknownCount(ranges: readonly string[]): string {
  return `(${terms(ranges, (r) => `COUNTBLANK(${r})+SUMPRODUCT(--ISTEXT(${r}))-(${placeholderCount(r)})`)})`;
}

/**
 * An identity broken beyond what its unknown cells could mend, given the sums of its known cells (`left`, `right`):
 * they differ, and the smaller side has no unknown cell. Shared by the 校验 row and the table sheet's red anchor.
 */
export function identityBroken(left: string, right: string, leftRanges: readonly string[], rightRanges: readonly string[]): string {
  const differs = `ROUND(ABS(${left}-${right}),6)<>0`;
  return `AND(${differs},OR(AND(${left}<${right},${unknownCount(leftRanges)}=0),AND(${left}>${right},${unknownCount(rightRanges)}=0)))`;
}
const terms = (ranges: readonly string[], f: (r: string) => string) => ranges.map(f).join("+");
export const placeholderCount = (r: string) => PLACEHOLDERS.map((p) => `COUNTIF(${r},${str(p)})`).join("+");
const link = (r: CellRef) => `HYPERLINK(${str(`#${ref(r)}`)},${str("定位")})`;

function tableKeys(layout: TemplateLayout, table: TableId, kinds: readonly string[]): CellKey[] {
  return editionIndex(layout.edition).cells.filter((c) => c.table.id === table && kinds.includes(c.kind)).map((c) => c.key);
}

/**
 * True when 上年数据 holds last year's figures — the cells last year's edition has (lastYearInputs): 表二's
 * 现行有效件数 only count when last year was also a 2021格式 year. The reader decides the same way.
 */
function lastYearFilledFormula(layout: TemplateLayout, year: string): string {
  const t3 = Object.keys(layout.lastYear.cells).filter((k) => k.startsWith(`${carryOverRule.lastYearRow}|`));
  const t2 = Object.keys(layout.lastYear.cells).filter((k) => !t3.includes(k));
  const filled = (keys: string[]) => `COUNTA(${inputRanges(layout, keys, "lastYear").join(",")})>0`;
  return t2.length ? `OR(${filled(t3)},AND(${year}>=${inForceChainRule.firstReportYear},${filled(t2)}))` : filled(t3);
}

export function nativeCheckFormulas(row: CheckRow, layout: TemplateLayout): Partial<Record<NativeColumn, string>> {
  const col = layout.checks.columns;
  const C = `${col.left}${row.row}`;
  const D = `${col.right}${row.row}`;
  const E = `${col.diff}${row.row}`;
  const fail = row.severity === "error" ? RESULT.error : RESULT.warning;
  const judge = (cell: string) => `IF(${cell}=0,${str(RESULT.ok)},${str(fail)})`;
  const difference = `ROUND(ABS(${C}-${D}),6)`;
  const year = `N(${ref(layout.meta.reportYear)})`;
  const lastYearFilled = lastYearFilledFormula(layout, year);
  const s = row.subject;

  switch (s.kind) {
    case "identity": {
      const leftRanges = inputRanges(layout, s.check.left);
      const rightRanges = inputRanges(layout, s.check.right);
      const broken = identityBroken(C, D, leftRanges, rightRanges);
      return {
        left: sum(leftRanges),
        right: sum(rightRanges),
        diff: difference,
        // Every cell known: the sums decide. Otherwise only a difference the unknown cells cannot mend is a failure.
        result: `IF(${unknownCount([...leftRanges, ...rightRanges])}=0,${judge(E)},IF(${broken},${str(fail)},${str(RESULT.incomplete)}))`,
        locate: link(layout.cellMap[s.check.anchor]),
      };
    }
    case "cells": {
      const def = cellCountChecks.find((c) => c.id === s.count);
      if (!def) throw new Error(`unknown count ${s.count}`);
      const keys = tableKeys(layout, s.table, def.kinds);
      const ranges = inputRanges(layout, keys);
      const formula = {
        missing: () => `${terms(ranges, (r) => `COUNTBLANK(${r})`)}+${terms(ranges, placeholderCount)}`,
        text: () => `${terms(ranges, (r) => `SUMPRODUCT(--ISTEXT(${r}))`)}-(${terms(ranges, placeholderCount)})`,
        negative: () => terms(ranges, (r) => `COUNTIF(${r},"<0")`),
        // A number is a decimal when its text has a decimal separator (「.」, or 「,」 in some locales).
        decimal: () => terms(ranges, (r) => `SUMPRODUCT(ISNUMBER(${r})*(ISNUMBER(FIND(".",${r}&""))+ISNUMBER(FIND(",",${r}&""))))`),
      }[s.count]();
      return { left: formula, result: judge(C), locate: link(layout.cellMap[keys[0]]) };
    }
    case "tableEmpty": {
      // Empty means nothing written at all: a table of 「/」 says «none», and has its own count.
      const keys = tableKeys(layout, s.table, valueKinds);
      const ranges = inputRanges(layout, keys);
      return {
        left: `${keys.length}-(${terms(ranges, (r) => `COUNTBLANK(${r})`)})`,
        right: String(keys.length),
        result: `IF(${C}=0,${str(RESULT.error)},${str(RESULT.ok)})`,
        locate: link(layout.cellMap[keys[0]]),
      };
    }
    case "carryOver": {
      const thisYear = layout.cellMap[cellKey(carryOverRule.thisYearRow, s.column.key)];
      const lastYear = layout.lastYear.cells[cellKey(carryOverRule.lastYearRow, s.column.key)];
      return {
        left: `N(${ref(thisYear)})`,
        right: `N(${ref(lastYear)})`,
        diff: difference,
        // Either year's cell unknown (a blank is not 0): nothing to compare.
        result: `IF(OR(NOT(${lastYearFilled}),${year}<${carryOverRule.firstReportYear},NOT(${known(ref(thisYear))}),NOT(${known(ref(lastYear))})),${str(RESULT.notApplicable)},${judge(E)})`,
        locate: link(thisYear),
      };
    }
    case "inForceChain": {
      const at = (column: string) => layout.cellMap[cellKey(s.row.key, column)];
      const inForce = at(inForceChainRule.inForce);
      const previous = layout.lastYear.cells[cellKey(s.row.key, inForceChainRule.inForce)];
      return {
        left: `N(${ref(inForce)})`,
        right: `N(${ref(previous)})+N(${ref(at(inForceChainRule.issued))})-N(${ref(at(inForceChainRule.repealed))})`,
        diff: difference,
        result:
          `IF(OR(NOT(${lastYearFilled}),${year}<${inForceChainRule.firstReportYear},NOT(ISNUMBER(${ref(inForce)})),NOT(ISNUMBER(${ref(previous)})),` +
          `NOT(${known(ref(at(inForceChainRule.issued)))}),NOT(${known(ref(at(inForceChainRule.repealed)))})),` +
          `${str(RESULT.notApplicable)},${judge(E)})`,
        locate: link(inForce),
      };
    }
    case "reportYear": {
      const e = editions[layout.edition];
      const y = ref(layout.meta.reportYear);
      const within = e.lastYear ? `AND(ISNUMBER(${y}),${y}>=${e.firstYear},${y}<=${e.lastYear})` : `AND(ISNUMBER(${y}),${y}>=${e.firstYear})`;
      return {
        left: `IF(ISNUMBER(${y}),${y},"（未填）")`,
        right: str(e.lastYear ? `${e.firstYear}—${e.lastYear}` : `${e.firstYear}—`),
        result: `IF(${within},${str(RESULT.ok)},${str(fail)})`,
        locate: link(layout.meta.reportYear),
      };
    }
    case "agency": {
      const a = ref(layout.meta.agency);
      return { result: `IF(LEN(TRIM(${a}))=0,${str(fail)},${str(RESULT.ok)})`, locate: link(layout.meta.agency) };
    }
  }
}

/** The one-cell verdict and the reminder count over the result column. */
export function summaryFormulas(layout: TemplateLayout): { verdict: string; reminders: string } {
  const { columns, firstRow, lastRow } = layout.checks;
  const results = `${columns.result}${firstRow}:${columns.result}${lastRow}`;
  const errors = `COUNTIF(${results},${str(RESULT.error)})`;
  const warnings = `COUNTIF(${results},${str(RESULT.warning)})`;
  const { allHold, problems, reminders } = verdictWording;
  return {
    verdict: `IF(${errors}=0,${str(allHold)},${str(problems.before)}&${errors}&${str(problems.after)})`,
    reminders: `IF(${warnings}=0,"",${str(reminders.before)}&${warnings}&${str(reminders.after)})`,
  };
}
