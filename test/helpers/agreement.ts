import { columnName, editionIndex, evaluateIdentity, readCellText, RESULT, validate } from "../../src/core";
import type { CheckRow, Finding, Report, TemplateLayout } from "../../src/core";

/**
 * Native ≡ core: every 校验 row of a recalculated workbook against validate() on the same report. Returns the
 * disagreements as readable lines (an empty list means the workbook and the core agree on every row).
 */

export type CellGetter = (sheet: string, address: string) => unknown;

const round = (x: unknown) => (typeof x === "number" ? Math.round(x * 1e6) / 1e6 : x);

export function disagreements(layout: TemplateLayout, get: CellGetter, report: Report, lastYear?: Report): string[] {
  const findings = validate(report, { lastYear });
  const index = editionIndex(layout.edition);
  const out: string[] = [];
  const cell = (row: CheckRow, column: string) => round(get(layout.checks.sheet, `${layout.checks.columns[column]}${row.row}`));
  const has = (pred: (f: Finding) => boolean) => findings.filter(pred);
  const emptyTables = new Set(has((f) => f.rule === "table.empty").map((f) => f.location.table));
  const year = report.meta.reportYear;
  let errors = 0;

  for (const row of layout.checks.rows) {
    const s = row.subject;
    const result = cell(row, "result");
    if (result === RESULT.error) errors++;
    const expect = (what: string, actual: unknown, expected: unknown) => {
      if (round(actual) !== round(expected)) out.push(`row ${row.row} ${row.label} [${row.rules.join(",")}] ${what}: native ${JSON.stringify(actual)} ≠ core ${JSON.stringify(expected)}`);
    };
    switch (s.kind) {
      case "identity": {
        const f = has((x) => x.rule === s.check.rule.id && x.location.key === s.check.anchor);
        const known = (k: string) => {
          const r = readCellText(report.cells[k]?.raw);
          return r.state === "placeholder" ? 0 : (r.value ?? undefined);
        };
        const outcome = evaluateIdentity(s.check, known);
        const unknown = outcome.unknownLeft + outcome.unknownRight;
        // The sums of the known cells, as SUM gives them.
        expect("left", cell(row, "left"), outcome.left);
        expect("right", cell(row, "right"), outcome.right);
        expect("diff", cell(row, "diff"), outcome.difference);
        if (unknown === 0) {
          expect("result", result, f.length ? RESULT.error : RESULT.ok);
          if (f.length) {
            expect("finding.actual", cell(row, "left"), f[0].actual);
            expect("finding.expected", cell(row, "right"), f[0].expected);
          }
        } else if (!outcome.holds) {
          // Broken whatever the blanks hold: both say so (validate may have inferred the blanks and say it exactly).
          expect("result", result, RESULT.error);
          expect("finding", f.length > 0, true);
        } else {
          // The native row cannot judge a sum with unknown cells; validate() may, by inferring the blanks it forces.
          expect("result", result, RESULT.incomplete);
        }
        break;
      }
      case "cells": {
        const table = index.table(s.table);
        const keys = new Set(index.cells.filter((c) => c.table.id === s.table).map((c) => c.key));
        // Findings of a block of cells (blanks, 「/」) count every cell they name.
        const count = emptyTables.has(table.name) && s.count === "missing"
          ? cell(row, "left") // all blank: validate says table.empty instead of the cells (checked below)
          : has((f) => row.rules.includes(f.rule) && keys.has(f.location.key ?? "")).reduce((n, f) => n + (f.location.keys?.length ?? 1), 0);
        expect("count", cell(row, "left"), count);
        expect("result", result, count === 0 ? RESULT.ok : row.severity === "error" ? RESULT.error : RESULT.warning);
        break;
      }
      case "tableEmpty": {
        const name = index.table(s.table).name;
        expect("result", result, emptyTables.has(name) ? RESULT.error : RESULT.ok);
        break;
      }
      case "carryOver": {
        const column = columnName(index.table("t3").blocks[0], s.column);
        const f = has((x) => x.rule === "crossYear.carryOver" && x.location.column === column);
        const stated = (r: Report | undefined, row: string) => {
          const state = readCellText(r?.cells[`${row}|${s.column.key}`]?.raw).state;
          return state === "number" || state === "placeholder";
        };
        // A blank this year that validate() inferred from this year's identities is compared there, not natively.
        const inferred = readCellText(report.cells[`t3.carriedOver|${s.column.key}`]?.raw).state === "blank";
        if (inferred && f.length) break;
        const applies = lastYear !== undefined && year >= 2020 && stated(report, "t3.carriedOver") && stated(lastYear, "t3.carryForward");
        expect("result", result, !applies ? RESULT.notApplicable : f.length ? RESULT.error : RESULT.ok);
        // (Where validate() inferred last year's blank from last year's own identities, only it can compare.)
        if (applies && f.length) {
          expect("finding.actual", cell(row, "left"), f[0].actual);
          expect("finding.expected", cell(row, "right"), f[0].expected);
        }
        break;
      }
      case "inForceChain": {
        const key = `${s.row.key}|inForce`;
        const f = has((x) => x.rule === "crossYear.inForceChain" && x.location.key === key);
        const applies =
          lastYear !== undefined &&
          year >= 2022 &&
          lastYear.meta.edition === "2021" &&
          readCellText(report.cells[key]?.raw).state === "number" &&
          readCellText(lastYear.cells[key]?.raw).state === "number" &&
          ["issued", "repealed"].every((c) => ["number", "placeholder"].includes(readCellText(report.cells[`${s.row.key}|${c}`]?.raw).state));
        expect("result", result, !applies ? RESULT.notApplicable : f.length ? RESULT.warning : RESULT.ok);
        break;
      }
      case "reportYear":
        expect("result", result, has((f) => f.rule === "edition.yearMismatch").length ? RESULT.error : RESULT.ok);
        break;
      case "agency":
        expect("result", result, has((f) => f.rule === "meta.agencyMissing").length ? RESULT.warning : RESULT.ok);
        break;
    }
  }
  const verdict = get(layout.checks.sheet, layout.checks.verdict.address);
  const expected = errors === 0 ? "全部勾稽关系成立" : `共${errors}处不一致`;
  if (verdict !== expected) out.push(`verdict: ${JSON.stringify(verdict)} ≠ ${expected}`);
  return out;
}

/** Identity checks that fail in a recalculated workbook: rule id + anchor key, for readable expectations. */
export function failingIdentities(layout: TemplateLayout, get: CellGetter): string[] {
  return layout.checks.rows
    .filter((r) => r.subject.kind === "identity" && get(layout.checks.sheet, `${layout.checks.columns.result}${r.row}`) === RESULT.error)
    .map((r) => (r.subject.kind === "identity" ? `${r.subject.check.rule.id} ${r.subject.check.anchor}` : ""));
}
