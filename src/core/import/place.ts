import { cellKey, editionIndex, editions, normalizeLabel, rowName } from "../editions";
import type { CellKey, EditionId, TableId } from "../editions";
import { readCellText } from "../model/cellText";
import { solveDigitRuns } from "./digitRuns";
import type { FoundRow, StrayRow } from "./recognise";
import type { ImportProblem } from "./types";

/**
 * Found rows → the chosen edition's cells. A row's values go to its columns in order only when there are exactly as
 * many as the row has columns; a run of glued digits is split by digitRuns.ts; a label printed with nothing after it
 * gives blank cells (unknown, never 0) unless numbers of its table went astray. Anything else is named, not guessed.
 */

export interface Placed {
  cells: Record<CellKey, string>;
  sourceLabels: Record<string, string>;
  /** Rows found (readable or not), and rows whose cells were imported. */
  seen: Map<string, string[]>;
  imported: Set<string>;
  /** Problems with single rows, by table: dropped when the whole table is reported unreadable. */
  rowProblems: { table: TableId; problem: ImportProblem }[];
}

const isNumberText = (text: string) => readCellText(text).state === "number";

function isEmptyValue(text: string): boolean {
  const state = readCellText(text).state;
  return state === "blank" || state === "placeholder";
}

/** Candidates shown in a message: a few, each as its cells joined by 「|」. */
function candidateText(candidates: readonly string[][]): string {
  const shown = candidates.slice(0, 4).map((c) => c.join("|"));
  return candidates.length > 4 ? `${shown.join("；")}；等${candidates.length}种` : shown.join("；");
}

export function placeRows(found: readonly FoundRow[], edition: EditionId, problems: ImportProblem[], strays: readonly StrayRow[]): Placed {
  const index = editionIndex(edition);
  const placed: Placed = { cells: {}, sourceLabels: {}, seen: new Map(), imported: new Set(), rowProblems: [] };
  const runs: { row: FoundRow; run: string }[] = [];
  const labelsOnly: FoundRow[] = [];

  for (const row of found) {
    const home = index.rowHome(row.rowKey);
    if (!home) {
      // A label alone that is another edition's row is that edition's group label here (2021's 「（六）其他处理」).
      if (row.labelOnly) continue;
      const other = row.entry?.editions.find((id) => id !== edition);
      const table = editions[edition].tables.find((t) => t.id === row.table);
      problems.push({
        rule: "import.rowOtherEdition",
        values: { table: table?.name ?? "", label: row.label, otherEdition: other ? editions[other].name : "", edition: editions[edition].name },
        location: { table: table?.name, row: row.label },
      });
      continue;
    }
    if (row.labelOnly) {
      labelsOnly.push(row);
      continue;
    }
    const { table, block } = home;
    const name = rowName(block, home.row);
    const keys = block.columns.map((c) => cellKey(row.rowKey, c.key));
    const location = { table: table.name, row: name };
    const values = [...row.values];
    // Trailing cells beyond the block's columns that hold nothing (a layout column, a spanned 「/」) are not values.
    while (values.length > block.columns.length && isEmptyValue(values[values.length - 1])) values.pop();

    const previous = placed.seen.get(row.rowKey);
    if (previous) {
      if (previous.join("|") !== values.join("|")) {
        placed.rowProblems.push({ table: table.id, problem: { rule: "import.rowDuplicate", values: { table: table.name, row: name, first: previous.join(" "), second: values.join(" ") }, location } });
      }
      continue;
    }
    placed.seen.set(row.rowKey, values);

    if (row.glued && values.length === 1 && block.columns.length > 1 && /^\d+$/.test(values[0])) {
      runs.push({ row, run: values[0] });
      continue;
    }
    if (values.length !== block.columns.length) {
      placed.rowProblems.push({
        table: table.id,
        problem: {
          rule: "import.rowUnreadable",
          values: { table: table.name, row: name, actual: values.length, expected: block.columns.length, raw: values.join(" ") || "无" },
          location,
          keys,
          expected: block.columns.length,
          actual: values.length,
        },
      });
      continue;
    }
    keys.forEach((key, i) => (placed.cells[key] = values[i]));
    placed.imported.add(row.rowKey);

    if (row.label && normalizeLabel(row.label) !== normalizeLabel(home.row.label)) placed.sourceLabels[row.rowKey] = row.label;
    if (row.header && row.header.length === block.columns.length) {
      block.columns.forEach((column, i) => {
        const text = row.header![i].replace(/\s+/g, "");
        if (normalizeLabel(text) !== normalizeLabel(column.label)) placed.sourceLabels[`${block.key}/${column.key}`] = text;
      });
    }
  }
  if (runs.length > 0) placeRuns(runs, edition, placed);
  placeLabelsOnly(labelsOnly, edition, placed, strays);
  return placed;
}

/** Glued digit runs split where the identities leave one way; the others named with their candidates. */
function placeRuns(runs: readonly { row: FoundRow; run: string }[], edition: EditionId, placed: Placed): void {
  const index = editionIndex(edition);
  const known = (key: CellKey): number | undefined => {
    const raw = placed.cells[key];
    if (raw === undefined) return undefined;
    const reading = readCellText(raw);
    if (reading.state === "placeholder") return 0;
    return reading.value ?? undefined;
  };
  const outcomes = solveDigitRuns(edition, runs.map(({ row, run }) => ({ rowKey: row.rowKey, run })), known);
  for (const outcome of outcomes) {
    const home = index.rowHome(outcome.rowKey)!;
    const keys = home.block.columns.map((c) => cellKey(outcome.rowKey, c.key));
    const run = runs.find((r) => r.row.rowKey === outcome.rowKey)!.run;
    if ("values" in outcome) {
      keys.forEach((key, i) => (placed.cells[key] = outcome.values[i]));
      placed.imported.add(outcome.rowKey);
      continue;
    }
    const name = rowName(home.block, home.row);
    const reason =
      outcome.reason === "tooLong"
        ? "数字太长，可能的拆法太多"
        : outcome.reason === "none"
          ? "无论怎样拆分，该行的总计都不等于各项之和"
          : `有${outcome.candidates.length}种拆法都符合表格的勾稽关系（${candidateText(outcome.candidates)}）`;
    placed.rowProblems.push({
      table: home.table.id,
      problem: { rule: "import.digitRunAmbiguous", values: { table: home.table.name, row: name, run, reason }, location: { table: home.table.name, row: name }, keys },
    });
  }
}

/**
 * Rows named without values. Blank cells when their table's numbers are all accounted for; when numbers of the table
 * could not be placed, those may be this row's, so the row is reported as unread instead.
 */
function placeLabelsOnly(rows: readonly FoundRow[], edition: EditionId, placed: Placed, strays: readonly StrayRow[]): void {
  const index = editionIndex(edition);
  for (const row of rows) {
    if (placed.seen.has(row.rowKey)) continue;
    const home = index.rowHome(row.rowKey)!;
    const keys = home.block.columns.map((c) => cellKey(row.rowKey, c.key));
    placed.seen.set(row.rowKey, []);
    // Numbers of this table that no row could take (astray, or in a row with too many or too few) may be this row's.
    const astray =
      strays.some((s) => s.table === home.table.id && s.values.some(isNumberText)) ||
      placed.rowProblems.some((p) => p.table === home.table.id && Number(p.problem.actual ?? 1) > 0);
    if (astray) {
      const name = rowName(home.block, home.row);
      placed.rowProblems.push({
        table: home.table.id,
        problem: { rule: "import.rowUnreadable", values: { table: home.table.name, row: name, actual: 0, expected: keys.length, raw: "无" }, location: { table: home.table.name, row: name }, keys, expected: keys.length, actual: 0 },
      });
      continue;
    }
    for (const key of keys) placed.cells[key] = "";
    placed.imported.add(row.rowKey);
  }
}
