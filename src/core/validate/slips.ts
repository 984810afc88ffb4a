import { editionIndex } from "../editions";
import type { EditionId } from "../editions";
import { compareSums, identityChecks, locateSlips, signedDifference, slipRule } from "../rules";
import type { IdentityCheck } from "../rules";
import type { CheckContext } from "./context";

/**
 * The slipped cell: when a row's and a column's identities fail by the same exact difference and cross at one cell,
 * that cell is named (a warning pointing at it, besides the identities' own errors at their totals). Only known
 * cells count: a number, or 「/」「-」「无」 read as 0. A blank, text, or a cell an importer could not read makes the
 * identities through it inexact, so nothing is named there (a blank is never the slipped cell).
 */

interface Positioned {
  check: IdentityCheck;
  left: Int32Array;
  right: Int32Array;
}

const positioned = new Map<EditionId, readonly Positioned[]>();

function positionedChecks(edition: EditionId): readonly Positioned[] {
  let checks = positioned.get(edition);
  if (!checks) {
    const index = editionIndex(edition);
    const at = (keys: readonly string[]) => Int32Array.from(keys, (k) => index.cell(k)?.position ?? -1);
    checks = identityChecks(edition).map((check) => ({ check, left: at(check.left), right: at(check.right) }));
    positioned.set(edition, checks);
  }
  return checks;
}

export function checkSlips(ctx: CheckContext): void {
  const checks = positionedChecks(ctx.index.edition.id);
  // Most reports fail no identity, or one; a slip needs a row and a column failing. The same sums the identity
  // checker's fast path makes decide whether to look further.
  let failing = 0;
  for (const { left, right } of checks) {
    let sum = 0;
    for (let i = 0; i < left.length; i++) sum += ctx.values[left[i]];
    for (let i = 0; i < right.length; i++) sum -= ctx.values[right[i]];
    if (sum !== 0 && ++failing === 2) break;
  }
  if (failing < 2) return;

  const keys = ctx.index.cells;
  /** A cell's value when it is known: a number, or a placeholder read as 0; null when blank, text or not imported. */
  const known = (position: number): number | null => {
    const cell = ctx.cellAt[position];
    const key = keys[position].key;
    if (!cell || ctx.notImported.has(key)) return null;
    if (cell.value !== null) return cell.value;
    return ctx.reading(key).state === "placeholder" ? 0 : null;
  };
  const exact = new Map<IdentityCheck, number | null>();
  for (const { check, left, right } of checks) {
    let l = 0;
    let r = 0;
    let unknown = false;
    for (let i = 0; i < left.length && !unknown; i++) {
      const v = known(left[i]);
      if (v === null) unknown = true;
      else l += v;
    }
    for (let i = 0; i < right.length && !unknown; i++) {
      const v = known(right[i]);
      if (v === null) unknown = true;
      else r += v;
    }
    exact.set(check, unknown ? null : signedDifference(compareSums(l, r)));
  }

  for (const slip of locateSlips(ctx.index.edition.id, (check) => exact.get(check) ?? null)) {
    const def = ctx.index.cell(slip.key);
    const actual = (def && known(def.position)) ?? 0;
    const expected = actual - slip.delta;
    ctx.add(slipRule.id, { where: ctx.describe(slip.key), diff: Math.abs(slip.delta), expected, actual }, ctx.locate(slip.key, [slip.key]), expected, actual);
  }
}
