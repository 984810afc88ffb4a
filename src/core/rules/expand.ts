import { cellKey, columnName, editionIndex, rowName } from "../editions";
import type { BlockDef, CellKey, ColumnDef, EditionId, EditionIndex, RowDef, TableDef } from "../editions";
import { identityRules } from "./identities";
import type { IdentityRuleDef, KeySet } from "./types";

/**
 * An identity rule applied to one concrete line of a table: 表三「自然人」列 第一项+第二项=第三项+第四项.
 * These instances are what every host evaluates — validate(), the template's native formulas, the custom functions.
 */
export interface IdentityCheck {
  rule: IdentityRuleDef;
  table: TableDef;
  block: BlockDef;
  /** Instance name for rules with several instances (表四 groups). */
  name?: string;
  /** The row or column the identity runs along. */
  row?: RowDef;
  column?: ColumnDef;
  left: readonly CellKey[];
  right: readonly CellKey[];
  /** The cell a finding points at. */
  anchor: CellKey;
}

export interface IdentityOutcome {
  /** Sums of the known cells of each side. */
  left: number;
  right: number;
  /** |left − right| */
  difference: number;
  /**
   * False only when no values for the unknown cells (whole numbers ≥ 0) make it hold: with every cell known, the sums
   * differ; with unknown cells on one side, the known cells of that side already exceed the other side.
   */
  holds: boolean;
  /** Cells of each side whose number is unknown (blank); 0 when every cell is known. */
  unknownLeft: number;
  unknownRight: number;
}

function resolve(keys: KeySet, allUnder: (group: string) => string[]): string[] {
  if (Array.isArray(keys)) return [...(keys as readonly string[])];
  const set = keys as { under: string; except?: readonly string[] };
  return allUnder(set.under).filter((k) => !set.except?.includes(k));
}

function expandRule(index: EditionIndex, rule: IdentityRuleDef): IdentityCheck[] {
  const table = index.table(rule.table);
  const checks: IdentityCheck[] = [];
  for (const block of table.blocks) {
    for (const instance of rule.instances) {
      if (rule.per === "column") {
        const left = resolve(instance.left, (g) => index.rowsUnder(block, g));
        const right = resolve(instance.right, (g) => index.rowsUnder(block, g));
        const anchor = instance.anchor ?? left[0];
        for (const column of block.columns) {
          checks.push({
            rule, table, block, name: instance.name, column,
            left: left.map((r) => cellKey(r, column.key)),
            right: right.map((r) => cellKey(r, column.key)),
            anchor: cellKey(anchor, column.key),
          });
        }
      } else {
        const left = resolve(instance.left, (g) => index.columnsUnder(block, g));
        const right = resolve(instance.right, (g) => index.columnsUnder(block, g));
        const anchor = instance.anchor ?? left[0];
        for (const row of block.rows) {
          checks.push({
            rule, table, block, name: instance.name, row,
            left: left.map((c) => cellKey(row.key, c)),
            right: right.map((c) => cellKey(row.key, c)),
            anchor: cellKey(row.key, anchor),
          });
        }
      }
    }
  }
  for (const check of checks) {
    for (const key of [...check.left, ...check.right]) {
      if (!index.cell(key)) throw new Error(`identity ${rule.id} names ${key}, which edition ${index.edition.id} lacks`);
    }
  }
  return checks;
}

const cache = new Map<EditionId, readonly IdentityCheck[]>();

/** Every identity instance of an edition, in rule order then table order. */
export function identityChecks(edition: EditionId): readonly IdentityCheck[] {
  let checks = cache.get(edition);
  if (!checks) {
    const index = editionIndex(edition);
    checks = identityRules.flatMap((rule) => expandRule(index, rule));
    cache.set(edition, checks);
  }
  return checks;
}

/** Sums are compared after rounding away binary noise, as the template's ROUND(...) does. */
export const IDENTITY_DECIMALS = 6;

/** `valueOf` answers undefined for a cell whose number is unknown (a blank is not 0). */
export function evaluateIdentity(check: IdentityCheck, valueOf: (key: CellKey) => number | undefined): IdentityOutcome {
  return evaluateSides(check.left.map(valueOf), check.right.map(valueOf));
}

/** Σ left = Σ right over cells' numbers, undefined (or NaN) for an unknown one: how every identity is judged. */
export function evaluateSides(leftValues: readonly (number | undefined)[], rightValues: readonly (number | undefined)[]): IdentityOutcome {
  let left = 0;
  let right = 0;
  let unknownLeft = 0;
  let unknownRight = 0;
  for (const v of leftValues) {
    if (v === undefined || Number.isNaN(v)) unknownLeft++;
    else left += v;
  }
  for (const v of rightValues) {
    if (v === undefined || Number.isNaN(v)) unknownRight++;
    else right += v;
  }
  const outcome = compareSums(left, right);
  if (unknownLeft === 0 && unknownRight === 0) return outcome;
  // Unknown cells only add: a side with them can still grow to meet the other, never shrink to it.
  const signed = signedDifference(outcome);
  const holds = (unknownLeft > 0 && signed <= 0) || (unknownRight > 0 && signed >= 0);
  return { ...outcome, holds, unknownLeft, unknownRight };
}

/** Two sums compared the way every identity compares them (also used by the generic SUMCHECK custom function). */
export function compareSums(left: number, right: number): IdentityOutcome {
  const scale = 10 ** IDENTITY_DECIMALS;
  const difference = Math.round(Math.abs(left - right) * scale) / scale;
  return { left, right, difference, holds: difference === 0, unknownLeft: 0, unknownRight: 0 };
}

/** left − right with the identity's rounding: positive when the left side is larger. */
export function signedDifference(outcome: IdentityOutcome): number {
  if (outcome.difference === 0) return 0;
  return outcome.left >= outcome.right ? outcome.difference : -outcome.difference;
}

/** The values a rule's message template names. */
export function identityMessageValues(check: IdentityCheck, outcome: IdentityOutcome) {
  return {
    table: check.table.name,
    row: check.row ? rowName(check.block, check.row) : undefined,
    column: check.column ? columnName(check.block, check.column) : undefined,
    name: check.name,
    left: outcome.left,
    right: outcome.right,
    diff: outcome.difference,
    blanks: outcome.unknownLeft + outcome.unknownRight,
  };
}

/**
 * The message template of a broken identity: the rule's own when every cell is known; otherwise the one that says
 * the filled cells of one side already exceed the other side, whatever the blanks hold (no sum is quoted as what the
 * blanks «should» be).
 */
export function identityMessage(check: IdentityCheck, outcome: IdentityOutcome): string {
  if (outcome.unknownLeft === 0 && outcome.unknownRight === 0) return check.rule.message;
  return outcome.unknownRight > 0 ? check.rule.partialMessages.right : check.rule.partialMessages.left;
}
