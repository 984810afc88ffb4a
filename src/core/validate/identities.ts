import { evaluateIdentity, identityChecks, identityMessageValues } from "../rules";
import type { CheckContext } from "./context";

/** Rules 1–4: every identity instance of the edition, evaluated on the cells' numbers. */
export function checkIdentities(ctx: CheckContext): void {
  const unread = ctx.notImported.size > 0 ? (key: string) => ctx.notImported.has(key) : undefined;
  for (const check of identityChecks(ctx.index.edition.id)) {
    // An identity over cells an importer could not read cannot be checked: its finding already says why.
    if (unread && (check.left.some(unread) || check.right.some(unread))) continue;
    const outcome = evaluateIdentity(check, ctx.value);
    if (outcome.holds) continue;
    const location = ctx.locate(check.anchor, [...check.left, ...check.right]);
    // A per-column identity names its column, a per-row identity its row — not the anchor's other coordinate.
    if (check.column) delete location.row;
    if (check.row) delete location.column;
    if (check.name) location.column = check.name;
    ctx.add(check.rule.id, identityMessageValues(check, outcome), location, outcome.right, outcome.left);
  }
}
