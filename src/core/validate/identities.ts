import { editionIndex } from "../editions";
import type { EditionId } from "../editions";
import { evaluateIdentity, identityChecks, identityMessage, identityMessageValues } from "../rules";
import type { IdentityCheck } from "../rules";
import type { CheckContext } from "./context";

/** An identity instance with its cells as positions in the edition's cell list (see CheckContext.values). */
export interface PositionedCheck {
  check: IdentityCheck;
  left: Int32Array;
  right: Int32Array;
}

const positioned = new Map<EditionId, readonly PositionedCheck[]>();

/** Every identity instance of an edition with its cells as positions; made once per edition (checks and slips use it). */
export function positionedChecks(edition: EditionId): readonly PositionedCheck[] {
  let checks = positioned.get(edition);
  if (!checks) {
    const index = editionIndex(edition);
    // identityChecks() has already proved every key exists in the edition.
    const at = (keys: readonly string[]) => Int32Array.from(keys, (k) => index.cell(k)?.position ?? -1);
    checks = identityChecks(edition).map((check) => ({ check, left: at(check.left), right: at(check.right) }));
    positioned.set(edition, checks);
  }
  return checks;
}

/**
 * Rules 1–4: every identity instance of the edition, on the cells' numbers with blanks unknown (known.ts): broken
 * only when no values for the blanks could make it hold. A broken identity with blanks says what the filled cells
 * already show, and quotes no sum as what a blank should be.
 */
export function checkIdentities(ctx: CheckContext): void {
  const unread = ctx.notImported.size > 0 ? (key: string) => ctx.notImported.has(key) : undefined;
  const values = ctx.values;
  for (const { check, left, right } of positionedChecks(ctx.index.edition.id)) {
    // An identity over cells an importer could not read cannot be checked: its finding already says why.
    if (unread && (check.left.some(unread) || check.right.some(unread))) continue;
    // Fast path: sums in the same order as evaluateIdentity(); equal sums hold (NaN, an unknown, never equals).
    let leftSum = 0;
    let rightSum = 0;
    for (let i = 0; i < left.length; i++) leftSum += values[left[i]];
    for (let i = 0; i < right.length; i++) rightSum += values[right[i]];
    if (leftSum === rightSum) continue;
    const outcome = evaluateIdentity(check, ctx.value);
    if (outcome.holds) continue;
    const location = ctx.locate(check.anchor, [...check.left, ...check.right]);
    // A per-column identity names its column, a per-row identity its row — not the anchor's other coordinate.
    if (check.column) delete location.row;
    if (check.row) delete location.column;
    if (check.name) location.column = check.name;
    const exact = outcome.unknownLeft + outcome.unknownRight === 0;
    ctx.addWith(check.rule.id, identityMessage(check, outcome), identityMessageValues(check, outcome), location, exact ? outcome.right : null, outcome.left);
  }
}
