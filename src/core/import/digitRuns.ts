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

/** Every way to cut `run` into `parts` numbers (no leading zeros but 「0」 itself) that passes `accept`, bounded. */
export function splits(run: string, parts: number, accept: (values: number[]) => boolean = () => true): { found: number[][]; exhausted: boolean } {
  const found: number[][] = [];
  const values: number[] = [];
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
      if (rest === 0 && accept(values)) found.push([...values]);
      return;
    }
    // Each remaining part needs a digit, and none can be longer than a count can be.
    if (rest < left || rest > left * MAX_CELL_DIGITS) return;
    const longest = run[at] === "0" ? 1 : Math.min(MAX_CELL_DIGITS, rest - (left - 1));
    for (let len = 1; len <= longest; len++) {
      values.push(Number(run.slice(at, at + len)));
      walk(at + len);
      values.pop();
    }
  };
  walk(0);
  return { found, exhausted };
}

/** Checks that lie within one row (a row's total), by the positions of that row's cells. */
function rowChecks(checks: readonly IdentityCheck[], keys: readonly CellKey[]): { left: number[]; right: number[] }[] {
  const at = new Map(keys.map((k, i) => [k, i]));
  return checks
    .filter((c) => [...c.left, ...c.right].every((k) => at.has(k)))
    .map((c) => ({ left: c.left.map((k) => at.get(k)!), right: c.right.map((k) => at.get(k)!) }));
}

const sum = (values: readonly number[], at: readonly number[]) => at.reduce((s, i) => s + values[i], 0);

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
    const own = rowChecks(checks, spec.keys);
    const accept = (v: number[]) => own.every((c) => sum(v, c.left) === sum(v, c.right));
    const { found, exhausted } = splits(spec.run, spec.keys.length, accept);
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

  // The rows still open, together: the column identities that involve them and otherwise only known cells.
  const open = specs.filter((s) => (candidates.get(s.rowKey)?.length ?? 0) > 1);
  if (open.length > 0) solveTogether(open, candidates, outcomes, checks, (key) => {
    const row = key.slice(0, key.indexOf("|"));
    const settled = outcomes.get(row);
    if (settled && "values" in settled) {
      const spec = specs.find((s) => s.rowKey === row)!;
      return Number(settled.values[spec.keys.indexOf(key)]);
    }
    if (specs.some((s) => s.rowKey === row)) return undefined;
    return known(key);
  });
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
