import { editionIndex } from "../editions";
import type { CellKey, EditionIndex } from "../editions";
import { readCellText } from "../model/cellText";
import type { Report } from "../model/report";
import { IDENTITY_DECIMALS, identityChecks } from "../rules";
import type { IdentityCheck } from "../rules";

/**
 * What a report's cells say as numbers, with a blank treated as what it is: unknown, not 0 (report-format.md §6).
 * 「/」「-」「无」 are written to mean none: 0. A blank, text, and a cell an importer could not read are unknown. Where
 * the identities force a blank's value — a total left blank whose parts are filled, a part left blank under a filled
 * total with its other parts filled — that value is inferred and used by every check after; nothing else is guessed.
 * A value that stays unknown is never used as an expected value.
 */

export interface Inference {
  value: number;
  /** The identity that forced it, and whether the blank was its total (the one-cell side) or one of its parts. */
  check: IdentityCheck;
  total: boolean;
}

export interface KnownValues {
  /** Every cell's number by position in the edition's cell list (CellDef.position); NaN where unknown. */
  values: Float64Array;
  /** A cell's number, or undefined when unknown. */
  value(key: CellKey): number | undefined;
  /** Blank cells whose value the identities force. */
  inferred: ReadonlyMap<CellKey, Inference>;
}

/** A cell's own number: placeholders mean none, a blank or text is unknown. */
function ownValue(raw: string | undefined): number | undefined {
  const reading = readCellText(raw);
  if (reading.state === "placeholder") return 0;
  return reading.value ?? undefined;
}

/** Sides summed with at most one unknown cell: the cell's value forced by the other cells, when it is a whole number ≥ 0. */
function forced(check: IdentityCheck, values: Float64Array, at: (key: CellKey) => number): { key: CellKey; value: number; total: boolean } | undefined {
  let unknownKey: CellKey | undefined;
  let unknownLeft = false;
  let left = 0;
  let right = 0;
  for (const [side, keys] of [["left", check.left], ["right", check.right]] as const) {
    for (const key of keys) {
      const v = values[at(key)];
      if (Number.isNaN(v)) {
        if (unknownKey !== undefined) return undefined;
        unknownKey = key;
        unknownLeft = side === "left";
      } else if (side === "left") left += v;
      else right += v;
    }
  }
  if (unknownKey === undefined) return undefined;
  const value = Math.round((unknownLeft ? right - left : left - right) * 10 ** IDENTITY_DECIMALS) / 10 ** IDENTITY_DECIMALS;
  // A negative value is no value at all: the identity is broken whatever the blank holds, and says so itself.
  if (value < 0) return undefined;
  const side = unknownLeft ? check.left : check.right;
  return { key: unknownKey, value, total: side.length === 1 };
}

function resolve(report: Report, index: EditionIndex): KnownValues {
  const values = new Float64Array(index.cells.length);
  const unread = new Set<CellKey>();
  for (const problem of report.inputProblems) if (problem.kind === "finding") problem.keys?.forEach((k) => unread.add(k));
  let anyUnknown = false;
  for (const def of index.cells) {
    const cell = report.cells[def.key];
    const own = unread.has(def.key) ? undefined : cell && cell.value !== null ? cell.value : ownValue(cell?.raw);
    values[def.position] = own ?? NaN;
    if (own === undefined) anyUnknown = true;
  }
  const at = (key: CellKey) => index.cell(key)!.position;
  const inferred = new Map<CellKey, Inference>();
  // Each pass may make another identity's last blank forced; a pass that infers nothing ends it. A blank total is
  // taken from its own parts before anything else (「总计」 as the sum of its row), then a blank part from its total.
  const checks = identityChecks(index.edition.id);
  const pass = (totals: boolean): boolean => {
    let changed = false;
    for (const check of checks) {
      const f = forced(check, values, at);
      // Only a blank is inferred: text in a number cell stays unknown (it has its own error).
      if (!f || f.total !== totals || unread.has(f.key) || readCellText(report.cells[f.key]?.raw).state !== "blank") continue;
      values[at(f.key)] = f.value;
      inferred.set(f.key, { value: f.value, check, total: f.total });
      changed = true;
    }
    return changed;
  };
  // A report with every cell known (the common case) has nothing to infer.
  if (anyUnknown) while (pass(true) || pass(false));
  return {
    values,
    value: (key) => {
      const def = index.cell(key);
      if (!def) return undefined;
      const v = values[def.position];
      return Number.isNaN(v) ? undefined : v;
    },
    inferred,
  };
}

/** The report's numbers, blanks unknown and forced blanks inferred (computed afresh: reports are edited and checked again). */
export function knownValues(report: Report): KnownValues {
  return resolve(report, editionIndex(report.meta.edition));
}
