import type { CellKey, EditionId } from "../editions";
import { identityChecks } from "./expand";
import type { IdentityCheck } from "./expand";
import type { RuleDef } from "./types";

/**
 * A slip: one number typed wrong (表三「自然人」列「（一）予以公开」 9 too many). It breaks every identity that
 * contains its cell by the same amount — along its row and along its column — so the two findings point at two
 * totals while the mistake is where they cross. Here, as data: for every input cell that a per-row and a per-column
 * identity of the same table both contain, those identities and the side of each the cell is on. validate() names
 * the crossing (src/core/validate/slips.ts); the template's 校验 sheet does the same with native formulas.
 */

export const slipRules = [
  {
    id: "identity.slip",
    severity: "warning",
    title: "行和列相差相同：可能是这一格填错",
    basis: "§6 rules 1–4: one wrong cell breaks its row's and its column's identities by the same amount",
    message: "可能是{where}填错：该格所在的行和列都相差{diff}；该格改为{expected}，所在的行和列就都对得上。",
  },
] as const satisfies readonly RuleDef[];

export const slipRule = slipRules[0];

export interface SlipMembership {
  check: IdentityCheck;
  /** +1 when the cell is on the identity's left side (a larger value makes left − right larger), −1 on the right. */
  side: 1 | -1;
}

export interface SlipCrossing {
  key: CellKey;
  /** Every identity of the edition that contains the cell (at least one per-row and one per-column). */
  checks: readonly SlipMembership[];
}

const cache = new Map<EditionId, readonly SlipCrossing[]>();

/** The cells a slip can be located at, in the edition's identity order. */
export function slipCrossings(edition: EditionId): readonly SlipCrossing[] {
  let crossings = cache.get(edition);
  if (!crossings) {
    const memberships = new Map<CellKey, SlipMembership[]>();
    for (const check of identityChecks(edition)) {
      const add = (key: CellKey, side: 1 | -1) => {
        let list = memberships.get(key);
        if (!list) memberships.set(key, (list = []));
        list.push({ check, side });
      };
      check.left.forEach((k) => add(k, 1));
      check.right.forEach((k) => add(k, -1));
    }
    crossings = [...memberships]
      .filter(([, checks]) => checks.some((m) => m.check.row) && checks.some((m) => m.check.column))
      .map(([key, checks]) => ({ key, checks }));
    cache.set(edition, crossings);
  }
  return crossings;
}

/**
 * What a check says about a slip: its exact left − right when every cell in it is known, or null when a cell in
 * it is unknown (blank, text, not imported) and the difference is not exact.
 */
export type ExactDifference = number | null;

export interface NamedSlip {
  key: CellKey;
  /** How much the cell is too large (negative: too small): every check containing it fails by this. */
  delta: number;
  checks: readonly IdentityCheck[];
}

/**
 * The slips the identities locate. A cell is named when (1) every identity containing it has an exact, non-zero
 * difference — so the cell itself is known: a blank is never named — and all agree on the same amount for the cell
 * (by side), and (2) in each of those identities it is the only such cell: two slips crossing each other's lines are
 * ambiguous and name nothing. `difference` gives each check's exact left − right, or null when it is not exact.
 */
export function locateSlips(edition: EditionId, difference: (check: IdentityCheck) => ExactDifference): NamedSlip[] {
  const diffs = new Map<IdentityCheck, ExactDifference>();
  const diffOf = (check: IdentityCheck) => {
    if (!diffs.has(check)) diffs.set(check, difference(check));
    return diffs.get(check) ?? null;
  };
  const candidates: NamedSlip[] = [];
  const perCheck = new Map<IdentityCheck, number>();
  for (const { key, checks } of slipCrossings(edition)) {
    let delta: number | undefined;
    for (const { check, side } of checks) {
      const d = diffOf(check);
      const implied = d === null || d === 0 ? undefined : side * d;
      if (implied === undefined || (delta !== undefined && implied !== delta)) {
        delta = undefined;
        break;
      }
      delta = implied;
    }
    if (delta === undefined) continue;
    candidates.push({ key, delta, checks: checks.map((m) => m.check) });
    for (const { check } of checks) perCheck.set(check, (perCheck.get(check) ?? 0) + 1);
  }
  return candidates.filter((c) => c.checks.every((check) => perCheck.get(check) === 1));
}
