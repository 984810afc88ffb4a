import { editionIndex, editions, editionYears, kindRules, valueKinds } from "../editions";
import type { ColumnDef, EditionId, KindRule, RowDef, TableId, ValueKind } from "../editions";
import { carryOverRule, identityChecks, inForceChainRows, inForceChainRule, ruleById } from "../rules";
import type { IdentityCheck, Severity } from "../rules";
import { columnName, rowName } from "../editions";

/**
 * The rows of the 校验 sheet, generated from the rule data: one row per identity instance, cell-hygiene counts per
 * table, the cross-year rules, and the two 基本信息 checks. Each row knows which rule (and which IdentityCheck) it is,
 * so tests can compare it with validate() and the add-in can attach its own formula beside it.
 */

const kindsWhere = (test: (rule: KindRule) => boolean): ValueKind[] => valueKinds.filter((k) => test(kindRules[k]));

/** Cell-hygiene counts per table: which rules a count stands for and which kinds of cell it looks at. */
export const cellCountChecks = [
  {
    id: "missing",
    rules: ["cell.blank", "cell.blankInferred", "cell.placeholder"],
    label: "未填写或填了「/」「-」「无」的格数",
    kinds: valueKinds,
  },
  { id: "text", rules: ["cell.notNumber"], label: "填了文字（不是数字）的格数", kinds: kindsWhere((r) => r.number) },
  { id: "negative", rules: ["cell.negative"], label: "填了负数的格数", kinds: kindsWhere((r) => r.number && !r.negative) },
  { id: "decimal", rules: ["cell.notInteger"], label: "件数填了小数的格数", kinds: kindsWhere((r) => r.number && r.integer) },
] as const satisfies readonly { id: string; rules: readonly string[]; label: string; kinds: readonly ValueKind[] }[];

export type CellCountId = (typeof cellCountChecks)[number]["id"];

export type CheckSubject =
  | { kind: "identity"; check: IdentityCheck }
  | { kind: "cells"; table: TableId; count: CellCountId }
  | { kind: "tableEmpty"; table: TableId }
  | { kind: "carryOver"; column: ColumnDef }
  | { kind: "inForceChain"; row: RowDef }
  | { kind: "reportYear" }
  | { kind: "agency" };

export interface CheckRow {
  /** Sheet row on 校验. */
  row: number;
  subject: CheckSubject;
  /** Rule ids of the catalog this row stands for. */
  rules: readonly string[];
  /** error → 「✗」 counts as an inconsistency; warning → 「!」 a reminder. */
  severity: Severity;
  /** 检查内容 as shown. */
  label: string;
}

/** incomplete: an identity with blank (or text) cells the known cells cannot yet judge. */
export const RESULT = { ok: "✓", error: "✗", warning: "!", notApplicable: "—", incomplete: "…" } as const;

const severityOf = (rules: readonly string[]): Severity => (rules.some((r) => ruleById(r).severity === "error") ? "error" : "warning");

function identityLabel(check: IdentityCheck): string {
  if (check.name) return check.name;
  if (check.column) return `「${columnName(check.block, check.column)}」列`;
  return check.row ? `「${rowName(check.block, check.row)}」行` : check.rule.title;
}

/** Lays out the sections and rows of 校验 from `firstRow`. */
export function planCheckRows(edition: EditionId, firstRow: number): { rows: CheckRow[]; sections: { row: number; title: string }[]; lastRow: number } {
  const index = editionIndex(edition);
  const rows: CheckRow[] = [];
  const sections: { row: number; title: string }[] = [];
  let row = firstRow;
  const section = (title: string) => sections.push({ row: row++, title });
  const add = (subject: CheckSubject, rules: readonly string[], label: string) =>
    rows.push({ row: row++, subject, rules, severity: severityOf(rules), label });

  // — identities, grouped by rule, in rule order —
  const checks = identityChecks(edition);
  for (const rule of [...new Set(checks.map((c) => c.rule))]) {
    section(`${rule.title}（左边应等于右边）`);
    for (const check of checks.filter((c) => c.rule === rule)) add({ kind: "identity", check }, [rule.id], identityLabel(check));
  }

  // — cell hygiene, per table —
  for (const table of index.edition.tables) {
    section(`${table.name} 填写情况`);
    add({ kind: "tableEmpty", table: table.id }, ["table.empty"], `${ruleById("table.empty").title}（左边为已填写的格数，右边为应填写的格数）`);
    const kinds = new Set(index.cells.filter((c) => c.table.id === table.id).map((c) => c.kind));
    for (const count of cellCountChecks) {
      if (!count.kinds.some((k: ValueKind) => kinds.has(k))) continue;
      add({ kind: "cells", table: table.id, count: count.id }, count.rules, count.label);
    }
  }

  // — cross-year (only when 上年数据 is filled) —
  const t3 = index.table("t3").blocks[0];
  section(`${ruleById(carryOverRule.id).title}（填了「上年数据」才核对；左边为本年上年结转，右边为上年结转下年度）`);
  for (const column of t3.columns) add({ kind: "carryOver", column }, [carryOverRule.id], `「${columnName(t3, column)}」列`);
  const chainRows = inForceChainRows(edition);
  if (chainRows.length) {
    section(`${ruleById(inForceChainRule.id).title}（左边为本年现行有效件数，右边为上年现行有效+本年制发−本年废止）`);
    for (const key of chainRows) {
      const home = index.rowHome(key);
      if (home) add({ kind: "inForceChain", row: home.row }, [inForceChainRule.id], `「${home.row.label}」`);
    }
  }

  // — 基本信息 —
  section("基本信息");
  const e = editions[edition];
  add({ kind: "reportYear" }, ["edition.yearMismatch"], `报告年度与报告格式相符（${e.name}适用于${editionYears(edition)}）`);
  add({ kind: "agency" }, ["meta.agencyMissing"], "已填写机关名称");

  return { rows, sections, lastRow: row - 1 };
}
