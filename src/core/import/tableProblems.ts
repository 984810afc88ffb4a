import { cellKey, editionIndex, editions, rowName, sectionHeadings, tableOfSection } from "../editions";
import type { BlockDef, EditionId, RowDef, TableDef, TableId } from "../editions";
import type { Placed } from "./place";
import type { StrayRow, TableEnd } from "./recognise";
import type { ImportProblem } from "./types";

/**
 * What could not be read, per table, each said once and as what happened: a table whose labels are absent is missing
 * (not zeros); a file that stops inside a table is cut off there (its later rows, and the tables after it, were never
 * in the file); a table most of whose rows could not be read is one finding that says why; otherwise the single rows:
 * missing, unreadable, not the edition's, numbers that belong to no row.
 */

/** Unplaced rows named one by one, up to this many per table; the rest are counted. */
const STRAYS_NAMED = 5;

type TableRow = { block: BlockDef; row: RowDef };

const rowCount = (table: TableDef) => table.blocks.reduce((n, b) => n + b.rows.length, 0);

const keysOf = (list: readonly TableRow[]) => list.flatMap(({ block, row }) => block.columns.map((c) => cellKey(row.key, c.key)));

/** The rows a file cut off at `end` never reached: the rest of its table and every table after it. */
function cutRows(edition: EditionId, placed: Placed, end: TableEnd): { table: TableDef; rows: TableRow[]; after: TableDef[]; where: string } | undefined {
  const tables = editions[edition].tables;
  const at = tables.findIndex((t) => t.id === end.table);
  if (at < 0) return undefined;
  const table = tables[at];
  const rows = table.blocks.flatMap((block) => block.rows.map((row) => ({ block, row })));
  const last = end.row;
  const from = last ? rows.findIndex(({ row }) => row.key === last.rowKey) : -1;
  if (last && from < 0) return undefined;
  // The last row itself is part of the cut when the file stopped in the middle of its values (fewer than its cells,
  // not a glued run: that one has its own finding).
  const columns = last ? rows[from].block.columns.length : 0;
  const lastRead = last !== undefined && (placed.imported.has(last.rowKey) || last.glued === true || last.values.length >= columns);
  const cut = rows.slice(lastRead ? from + 1 : Math.max(from, 0)).filter(({ row }) => !placed.seen.has(row.key) || row.key === last?.rowKey);
  const after = tables.slice(at + 1).filter((t) => !t.blocks.some((b) => b.rows.some((r) => placed.seen.has(r.key))));
  if (cut.length === 0 && after.length === 0) return undefined;
  const lastName = last ? rowName(rows[from].block, rows[from].row) : "";
  const where = !last ? "的表头处" : lastRead ? `「${lastName}」行之后` : `「${lastName}」行中间`;
  return { table, rows: cut, after, where };
}

export function reportTables(edition: EditionId, placed: Placed, strays: readonly StrayRow[], endedAt: TableEnd | undefined): ImportProblem[] {
  const index = editionIndex(edition);
  const problems: ImportProblem[] = [];
  const tableIds = new Set<TableId>(editions[edition].tables.map((t) => t.id));
  const cut = endedAt ? cutRows(edition, placed, endedAt) : undefined;
  const cutKeys = new Set(cut?.rows.map(({ row }) => row.key));
  const cutTables = new Set(cut?.after.map((t) => t.id));

  const cutProblem = (): ImportProblem[] => {
    if (!cut) return [];
    const first = cut.rows[0];
    const whole = cut.rows.length === rowCount(cut.table);
    const what = [...(cut.rows.length === 0 ? [] : whole ? [`${cut.table.name}整表`] : [`${cut.table.name}的其余${cut.rows.length}行`]), ...cut.after.map((t) => `${t.name}整表`)].join("、");
    return [{
      rule: "import.tableCut",
      // `end`: the section the file stops in, so that the sections after it are not reported missing.
      values: { where: `在${cut.table.name}${cut.where}中断（到此结束）`, what, end: sectionHeadings.find((h) => tableOfSection(h.key) === cut.table.id)?.key ?? "" },
      location: { table: cut.table.name, ...(first ? { row: rowName(first.block, first.row) } : {}) },
      keys: [...keysOf(cut.rows), ...cut.after.flatMap((t) => index.cells.filter((c) => c.table.id === t.id).map((c) => c.key))],
    }];
  };

  for (const table of editions[edition].tables) {
    if (cutTables.has(table.id)) continue;
    if (table.id === cut?.table.id) problems.push(...cutProblem());
    const rows = table.blocks.flatMap((b) => b.rows.map((row) => ({ block: b, row }))).filter(({ row }) => !cutKeys.has(row.key));
    const tableStrays = strays.filter((s) => s.table === table.id);
    const location = { table: table.name };
    const unread = (r: TableRow) => !placed.imported.has(r.row.key);
    const rowProblems = placed.rowProblems.filter((p) => p.table === table.id && !cutKeys.has(rowKeyOf(p.problem))).map((p) => p.problem);

    if (rows.length === 0) continue;
    if (!rows.some(({ row }) => placed.seen.has(row.key)) && tableStrays.length === 0) {
      const keys = index.cells.filter((c) => c.table.id === table.id).map((c) => c.key);
      problems.push({ rule: "import.tableMissing", values: { table: table.name, heading: table.heading }, location, keys });
      continue;
    }
    const read = rows.length - rows.filter(unread).length;
    // Most of a table unread is one finding; a table of a row or two keeps its rows' own findings (they say more).
    if (read * 2 < rows.length && rows.length - read >= 3) {
      problems.push({
        rule: "import.tableUnreadable",
        values: { table: table.name, read, total: rows.length, why: whyUnread(rows, placed, rowProblems, tableStrays) },
        location,
        keys: keysOf(rows.filter(unread)),
      });
      continue;
    }
    problems.push(...rowProblems);
    const missing = rows.filter(({ row }) => !placed.seen.has(row.key));
    for (const { block, row } of missing) {
      const name = rowName(block, row);
      problems.push({ rule: "import.rowMissing", values: { table: table.name, row: name }, location: { table: table.name, row: name }, keys: keysOf([{ block, row }]) });
    }
    problems.push(...strayProblems(tableStrays, table.name, edition));
  }
  problems.push(...strayProblems(strays.filter((s) => !s.table || !tableIds.has(s.table)), "表格", edition));
  return problems;
}

/** The row a row problem is about (its cells' row key). */
function rowKeyOf(problem: ImportProblem): string {
  const key = problem.keys?.[0];
  return key ? key.slice(0, key.indexOf("|")) : "";
}

/** Why most of a table's rows were not read, in a clause: how many rows of each kind, with one example. */
function whyUnread(rows: readonly TableRow[], placed: Placed, rowProblems: readonly ImportProblem[], strays: readonly StrayRow[]): string {
  const parts: string[] = [];
  const unread = rowProblems.filter((p) => p.rule === "import.rowUnreadable");
  const empty = unread.filter((p) => p.actual === 0);
  const wrongCount = unread.filter((p) => p.actual !== 0);
  if (empty.length > 0) parts.push(`${empty.length}行的栏目名称后面没有数字`);
  if (wrongCount.length > 0) {
    const e = wrongCount[0];
    parts.push(`${wrongCount.length}行的数字个数不对（如「${e.values.row}」读到${e.values.actual}个，应为${e.values.expected}个）`);
  }
  const runs = rowProblems.filter((p) => p.rule === "import.digitRunAmbiguous");
  if (runs.length > 0) parts.push(`${runs.length}行的数字连在一起无法拆分`);
  const missing = rows.filter(({ row }) => !placed.seen.has(row.key));
  if (missing.length > 0) parts.push(`${missing.length}行没有找到栏目名称（如「${rowName(missing[0].block, missing[0].row)}」）`);
  if (strays.length > 0) parts.push(`另有${strays.length}处数字对应不到栏目`);
  return parts.join("，") || "排版错乱";
}

/** A label as a message quotes it: a provincial row's long note cut short. */
function shortLabel(label: string): string {
  return label.length > 30 ? `${label.slice(0, 30)}…` : label;
}

function withoutTrailingBlanks(values: readonly string[]): string[] {
  const out = [...values];
  while (out.length > 0 && out[out.length - 1].trim() === "") out.pop();
  return out;
}

function strayProblems(strays: readonly StrayRow[], table: string, edition: EditionId): ImportProblem[] {
  // A lone number without a label is a fragment, not a row worth naming.
  const named = strays.filter((s) => s.label !== "" || s.values.length > 1);
  const shown = named.slice(0, STRAYS_NAMED);
  const problems: ImportProblem[] = shown.map((stray) => ({
    rule: "import.rowUnrecognised",
    values: { table, label: shortLabel(stray.label) || "（无栏目名称）", raw: withoutTrailingBlanks(stray.values).join(" "), edition: editions[edition].name },
    location: table === "表格" ? {} : { table },
  }));
  const rest = strays.length - shown.length;
  if (rest > 0) problems.push({ rule: "import.rowsUnrecognised", values: { table, count: rest }, location: table === "表格" ? {} : { table } });
  return problems;
}
