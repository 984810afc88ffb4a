import type { EditionId } from "../editions";
import type { Finding } from "../findings";
import { compareSums, identityRules, locateSlips, signedDifference, slipRule } from "../rules";
import type { CheckContext } from "./context";
import { positionedChecks } from "./identities";

/**
 * The slipped cell: when a row's and a column's identities fail by the same exact difference and cross at one cell,
 * that cell is named (a warning pointing at it, besides the identities' own errors at their totals). Only known
 * cells count: a number, or 「/」「-」「无」 read as 0. A blank, text, or a cell an importer could not read makes the
 * identities through it inexact, so nothing is named there (a blank is never the slipped cell).
 */

const positionsInChecks = new Map<EditionId, Int32Array>();

/** The positions of every cell some identity check contains. */
function cellsIn(edition: EditionId): Int32Array {
  let positions = positionsInChecks.get(edition);
  if (!positions) {
    const all = new Set<number>();
    for (const { left, right } of positionedChecks(edition)) for (const p of [...left, ...right]) all.add(p);
    positions = Int32Array.from([...all].sort((a, b) => a - b));
    positionsInChecks.set(edition, positions);
  }
  return positions;
}

const identityRuleIds = new Set(identityRules.map((r) => r.id));

/** `findings`: what validate() found so far — the identities' own findings decide whether to look at all. */
export function checkSlips(ctx: CheckContext, findings: readonly Finding[]): void {
  // Most reports fail no identity, or one; a slip needs a row and a column failing.
  let failing = 0;
  for (const f of findings) if (identityRuleIds.has(f.rule) && ++failing === 2) break;
  if (failing < 2) return;
  const checks = positionedChecks(ctx.index.edition.id);

  // Each cell's known value once (NaN when unknown: blank, text, not imported), so a sum with an unknown is NaN.
  const known = new Float64Array(ctx.index.cells.length).fill(Number.NaN);
  for (const position of cellsIn(ctx.index.edition.id)) {
    const cell = ctx.cellAt[position];
    if (!cell) continue;
    const key = ctx.index.cells[position].key;
    if (ctx.notImported.size > 0 && ctx.notImported.has(key)) continue;
    if (cell.value !== null) known[position] = cell.value;
    else if (ctx.reading(key).state === "placeholder") known[position] = 0;
  }
  const differences = new Float64Array(checks.length);
  checks.forEach(({ left, right }, n) => {
    let l = 0;
    let r = 0;
    for (let i = 0; i < left.length; i++) l += known[left[i]];
    for (let i = 0; i < right.length; i++) r += known[right[i]];
    differences[n] = Number.isNaN(l) || Number.isNaN(r) ? Number.NaN : signedDifference(compareSums(l, r));
  });

  for (const slip of locateSlips(ctx.index.edition.id, differences)) {
    const position = ctx.index.cell(slip.key)?.position ?? -1;
    const actual = position >= 0 ? known[position] : 0;
    const expected = actual - slip.delta;
    ctx.add(slipRule.id, { where: ctx.describe(slip.key), diff: Math.abs(slip.delta), expected, actual }, ctx.locate(slip.key, [slip.key]), expected, actual);
  }
}
