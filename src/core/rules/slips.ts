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
  /** The check's position in identityChecks(edition). */
  index: number;
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
    identityChecks(edition).forEach((check, index) => {
      const add = (key: CellKey, side: 1 | -1) => {
        let list = memberships.get(key);
        if (!list) memberships.set(key, (list = []));
        list.push({ check, index, side });
      };
      check.left.forEach((k) => add(k, 1));
      check.right.forEach((k) => add(k, -1));
    });
    crossings = [...memberships]
      .filter(([, checks]) => checks.some((m) => m.check.row) && checks.some((m) => m.check.column))
      .map(([key, checks]) => ({ key, checks }));
    cache.set(edition, crossings);
  }
  return crossings;
}

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
 * ambiguous and name nothing. `differences[i]` is the exact left − right of identityChecks(edition)[i], NaN when it
 * is not exact (a cell in it is unknown).
 */
export function locateSlips(edition: EditionId, differences: ArrayLike<number>): NamedSlip[] {
  const candidates: { crossing: SlipCrossing; delta: number }[] = [];
  const perCheck = new Uint16Array(differences.length);
  for (const crossing of slipCrossings(edition)) {
    let delta = Number.NaN;
    for (const { index, side } of crossing.checks) {
      const d = differences[index];
      const implied = d === 0 ? Number.NaN : side * d;
      if (Number.isNaN(implied) || (!Number.isNaN(delta) && implied !== delta)) {
        delta = Number.NaN;
        break;
      }
      delta = implied;
    }
    if (Number.isNaN(delta)) continue;
    candidates.push({ crossing, delta });
    for (const { index } of crossing.checks) perCheck[index]++;
  }
  return candidates
    .filter(({ crossing }) => crossing.checks.every(({ index }) => perCheck[index] === 1))
    .map(({ crossing, delta }) => ({ key: crossing.key, delta, checks: crossing.checks.map((m) => m.check) }));
}
