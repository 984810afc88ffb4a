import { cellKey, editionIndex } from "../editions";
import type { CellKey, EditionId } from "../editions";
import { identityChecks } from "../rules";
import type { IdentityCheck } from "../rules";

/**
 * Rows whose cells were glued into one run of digits (「640020470」 for 64|0|0|2|0|4|70). A run is split into its
 * row's cells only where the table's own identities leave exactly one way: first each row alone (its total equals
 * the sum of its parts: 表三's 总计 column, 表四's three groups), then the rows still open together with the column
 * identities (（七）总计, 一+二=（七）+四). Nothing is ever made consistent: a row is solved only by the constraints
 * that hold for it, an identity the report breaks whichever way its rows are split decides nothing, and a row
 * left with several candidates is reported with them. The search is bounded, so a long run answers fast.
 */

export type RunOutcome =
  | { rowKey: string; values: string[] }
  | { rowKey: string; candidates: string[][]; reason: "ambiguous" | "none" | "tooLong" };

/** Steps a row's split search may take; a run needing more is reported as too long to split. */
export const SPLIT_STEP_LIMIT = 200_000;
/** Candidate splits kept for a row; more means the row cannot be told apart anyway. */
const CANDIDATE_LIMIT = 64;
/** Combinations of open rows tried together. */
const JOINT_LIMIT = 100_000;
/** The longest cell a count can be (digits): no report counts a billion requests. */
const MAX_CELL_DIGITS = 9;

interface RowSpec {
  rowKey: string;
  run: string;
  keys: CellKey[];
}

/** A row's own identities by cell position (a total and its parts). */
interface PositionCheck {
  left: number[];
  right: number[];
}

const sum = (values: readonly number[], at: readonly number[]) => at.reduce((s, i) => s + values[i], 0);

/**
 * Every way to cut `run` into `parts` numbers (no leading zeros but 「0」 itself) that keeps `checks`, bounded. A check
 * is tried as soon as its last cell is placed (表四's first group before the rest is cut), so wrong cuts die early.
 */
export function splits(run: string, parts: number, checks: readonly PositionCheck[] = []): { found: number[][]; exhausted: boolean; steps: number } {
  const found: number[][] = [];
  const values: number[] = [];
  const endingAt = new Map<number, PositionCheck[]>();
  for (const c of checks) {
    const last = Math.max(...c.left, ...c.right);
    endingAt.set(last, [...(endingAt.get(last) ?? []), c]);
  }
  // Totals in the row's last cell (表三's 总计): the parts placed so far can never exceed the largest number the digits
  // left could make for it, so a cut whose parts already do is dropped before its other cells are tried.
  const lastTotals = checks
    .map((c) => (c.left.length === 1 && c.left[0] === parts - 1 ? c.right : c.right.length === 1 && c.right[0] === parts - 1 ? c.left : undefined))
    .filter((side): side is number[] => side !== undefined);
  const exceedsTotal = (at: number): boolean => {
    if (lastTotals.length === 0 || values.length >= parts) return false;
    const digitsForTotal = run.length - at - (parts - 1 - values.length);
    if (digitsForTotal < 1 || digitsForTotal > MAX_CELL_DIGITS + 1) return false;
    const largest = Number(run.slice(run.length - digitsForTotal));
    return lastTotals.some((side) => side.reduce((s, i) => s + (i < values.length ? values[i] : 0), 0) > largest);
  };
  let steps = 0;
  let exhausted = false;
  const walk = (at: number): void => {
    if (exhausted || found.length > CANDIDATE_LIMIT) return;
    if (++steps > SPLIT_STEP_LIMIT) {
      exhausted = true;
      return;
    }
    const left = parts - values.length;
    const rest = run.length - at;
    if (left === 0) {
      if (rest === 0) found.push([...values]);
      return;
    }
    // Each remaining part needs a digit, and none can be longer than a count can be.
    if (rest < left || rest > left * MAX_CELL_DIGITS) return;
    const longest = run[at] === "0" ? 1 : Math.min(MAX_CELL_DIGITS, rest - (left - 1));
    // The last cell takes what is left, or nothing fits.
    const shortest = left === 1 ? rest : 1;
    for (let len = shortest; len <= longest; len++) {
      values.push(Number(run.slice(at, at + len)));
      const due = endingAt.get(values.length - 1) ?? [];
      if (due.every((c) => sum(values, c.left) === sum(values, c.right)) && !exceedsTotal(at + len)) walk(at + len);
      values.pop();
    }
  };
  walk(0);
  // More candidates than are kept: as good as too many to tell apart.
  return { found, exhausted: exhausted || found.length > CANDIDATE_LIMIT, steps };
}

/** Checks that lie within one row (a row's total), by the positions of that row's cells. */
function rowChecks(checks: readonly IdentityCheck[], keys: readonly CellKey[]): PositionCheck[] {
  const at = new Map(keys.map((k, i) => [k, i]));
  return checks
    .filter((c) => [...c.left, ...c.right].every((k) => at.has(k)))
    .map((c) => ({ left: c.left.map((k) => at.get(k)!), right: c.right.map((k) => at.get(k)!) }));
}

/**
 * Solves the glued rows of one edition's tables. `known` gives every other cell's number (undefined when unknown:
 * blank, unreadable, not a number), for the column identities.
 */
export function solveDigitRuns(edition: EditionId, runs: readonly { rowKey: string; run: string }[], known: (key: CellKey) => number | undefined): RunOutcome[] {
  const index = editionIndex(edition);
  const checks = identityChecks(edition);
  const specs: RowSpec[] = [];
  for (const { rowKey, run } of runs) {
    const home = index.rowHome(rowKey);
    if (home) specs.push({ rowKey, run, keys: home.block.columns.map((c) => cellKey(rowKey, c.key)) });
  }

  // Each row alone, by the identities inside it.
  const candidates = new Map<string, number[][]>();
  const outcomes = new Map<string, RunOutcome>();
  for (const spec of specs) {
    const { found, exhausted } = splits(spec.run, spec.keys.length, rowChecks(checks, spec.keys));
    if (exhausted) {
      outcomes.set(spec.rowKey, { rowKey: spec.rowKey, candidates: found.map(asText), reason: "tooLong" });
      continue;
    }
    if (found.length === 0) {
      // The row breaks its own total whichever way it is cut (or cannot be cut at all): only a run with one cut
      // (as many digits as cells) is still read, and the identity check then reports the broken total.
      const plain = splits(spec.run, spec.keys.length).found;
      if (plain.length === 1) outcomes.set(spec.rowKey, { rowKey: spec.rowKey, values: asText(plain[0]) });
      else outcomes.set(spec.rowKey, { rowKey: spec.rowKey, candidates: plain.slice(0, CANDIDATE_LIMIT).map(asText), reason: "none" });
      continue;
    }
    candidates.set(spec.rowKey, found);
    if (found.length === 1) outcomes.set(spec.rowKey, { rowKey: spec.rowKey, values: asText(found[0]) });
  }

  // The rows still open, together: the column identities that involve them and otherwise only known cells (the
  // table's other cells, and the glued rows already settled — never a row still open or left unsplit).
  const open = specs.filter((s) => (candidates.get(s.rowKey)?.length ?? 0) > 1);
  if (open.length > 0) {
    const settled = new Map<CellKey, number>();
    const glued = new Set<CellKey>();
    for (const spec of specs) {
      const outcome = outcomes.get(spec.rowKey);
      spec.keys.forEach((key, i) => (outcome && "values" in outcome ? settled.set(key, Number(outcome.values[i])) : glued.add(key)));
    }
    solveTogether(open, candidates, outcomes, checks, (key) => settled.get(key) ?? (glued.has(key) ? undefined : known(key)));
  }
  return specs.map((s) => outcomes.get(s.rowKey)!);
}

function solveTogether(
  open: readonly RowSpec[],
  candidates: ReadonlyMap<string, number[][]>,
  outcomes: Map<string, RunOutcome>,
  checks: readonly IdentityCheck[],
  fixed: (key: CellKey) => number | undefined,
): void {
  const openAt = new Map<CellKey, { row: number; column: number }>();
  open.forEach((spec, row) => spec.keys.forEach((k, column) => openAt.set(k, { row, column })));
  // Identities across rows that touch an open row and whose other cells are all known.
  const relevant = checks.filter((c) => {
    const keys = [...c.left, ...c.right];
    const rows = new Set(keys.filter((k) => openAt.has(k)).map((k) => openAt.get(k)!.row));
    if (rows.size === 0) return false;
    // Within one row: already applied to its candidates.
    if (rows.size === 1 && keys.every((k) => openAt.has(k))) return false;
    return keys.every((k) => openAt.has(k) || fixed(k) !== undefined);
  });
  const lists = open.map((s) => candidates.get(s.rowKey)!);
  const value = (choice: readonly number[], key: CellKey) => {
    const at = openAt.get(key);
    return at ? lists[at.row][choice[at.row]][at.column] : (fixed(key) as number);
  };
  const holds = (check: IdentityCheck, choice: readonly number[]) =>
    check.left.reduce((s, k) => s + value(choice, k), 0) === check.right.reduce((s, k) => s + value(choice, k), 0);

  const combos = lists.reduce((n, l) => n * l.length, 1);
  if (combos > JOINT_LIMIT) {
    for (const spec of open) outcomes.set(spec.rowKey, { rowKey: spec.rowKey, candidates: candidates.get(spec.rowKey)!.map(asText), reason: "ambiguous" });
    return;
  }
  // An identity no combination satisfies is broken in the report: it decides nothing.
  const choices: number[][] = [];
  const choice = new Array<number>(open.length).fill(0);
  for (let n = 0; n < combos; n++) {
    let rest = n;
    for (let r = 0; r < open.length; r++) {
      choice[r] = rest % lists[r].length;
      rest = Math.floor(rest / lists[r].length);
    }
    choices.push([...choice]);
  }
  const usable = relevant.filter((c) => choices.some((ch) => holds(c, ch)));
  const solutions = choices.filter((ch) => usable.every((c) => holds(c, ch)));
  open.forEach((spec, r) => {
    const kept = [...new Set(solutions.map((s) => s[r]))];
    if (kept.length === 1) outcomes.set(spec.rowKey, { rowKey: spec.rowKey, values: asText(lists[r][kept[0]]) });
    else {
      const shown = kept.length > 0 ? kept.map((i) => lists[r][i]) : lists[r];
      outcomes.set(spec.rowKey, { rowKey: spec.rowKey, candidates: shown.map(asText), reason: "ambiguous" });
    }
  });
}

function asText(values: readonly number[]): string[] {
  return values.map(String);
}
