import { cellKey, editionIndex, editions, normalizeLabel, rowName } from "../editions";
import type { CellKey, EditionId, TableId } from "../editions";
import { readCellText } from "../model/cellText";
import { columnLabelEditionsOf, matchKey, matchRowLabel, ROW_HEADER_KEY, tableAnchor } from "./labels";
import type { RowLabelEntry } from "./labels";
import type { ImportProblem, SourceDocument } from "./types";
import { foldWhiteSpace } from "./whitespace";

/**
 * The one recogniser every form shares: rows of cell texts → cells by key. A row is found by its label (any
 * edition's wording, §4 variants tolerated); its values are the cells after the label, in the block's column order.
 * 表四's one row has no label: it is the row of numbers under 表四's header. The edition comes from the labels
 * (2019 and 2021 name 表二's rows and columns differently); without label evidence, from the report year.
 */

export interface Recognition {
  edition: EditionId;
  /** Raw cell text by key, exactly as found (trimmed). */
  cells: Record<CellKey, string>;
  /** Labels as found where they differ from the edition's (row key, or `${blockKey}/${columnKey}`). */
  sourceLabels: Record<string, string>;
  problems: ImportProblem[];
  /** Indexes (in doc.blocks) of the grids that are the report's tables: they are not narrative. */
  tableBlocks: Set<number>;
}

interface FoundRow {
  rowKey: string;
  table: TableId;
  /** Label as found, or the edition wording it matched when the cell held more than the label. */
  label: string;
  entry?: RowLabelEntry;
  values: string[];
  /** The 「信息内容」 header row above it (表二), values only. */
  header?: string[];
}

interface StrayRow {
  block: number;
  table?: TableId;
  label: string;
  values: string[];
}

const T4_ROW = "t4.cases";
/** 表三's columns (the same in both editions), as header words. */
const T3_COLUMN_KEYS = editionIndex("2021").table("t3").blocks[0].columns.map((c) => matchKey(c.label));

function isValueLike(text: string): boolean {
  return readCellText(text).state !== "text";
}

function isEmptyValue(text: string): boolean {
  const state = readCellText(text).state;
  return state === "blank" || state === "placeholder";
}

function isNumber(text: string): boolean {
  return readCellText(text).state === "number";
}

/** Cells from `start` on, one per source cell (a value spanning three columns counts once). */
function collapse(cells: readonly string[], ids: readonly number[] | undefined, start: number): string[] {
  const out: string[] = [];
  for (let c = start; c < cells.length; c++) {
    if (ids && c > start && ids[c] === ids[c - 1]) continue;
    out.push(cells[c]);
  }
  return out;
}

/** What reading the grids gathers before the edition is decided. */
interface Scan {
  found: FoundRow[];
  strays: StrayRow[];
  votes: Record<EditionId, number>;
  tableBlocks: Set<number>;
  /** The table the rows are in, from the last header anchor or recognised row. */
  context?: TableId;
  /** 表二's last 「信息内容」 header, values only. */
  header?: string[];
  /** 表三's leaf header (自然人 … 总计) in a grid whose columns line up (HTML, .docx): where each column is. */
  t3Header?: { block: number; slots: number[]; labels: string[] };
  t3ByHeader: boolean;
}

/** One row of a grid: a header line, a labelled row, 表三's header, or a row of numbers without a label. */
function scanRow(scan: Scan, raw: readonly string[], ids: readonly number[] | undefined, block: number, linear: boolean): void {
  const cells = raw.map(foldWhiteSpace);
  // In PDF text a line without numbers is a header line or part of a label the next row takes: never a row.
  const headerLine = linear && cells.length === 1;
  const words = headerLine ? cells[0].split(" ") : cells;
  const anchor = tableAnchor(cells.join("")) ?? words.map(tableAnchor).find((a) => a !== undefined);
  if (anchor) scan.context = anchor;
  for (const word of words) {
    const eds = columnLabelEditionsOf(word);
    if (eds?.length === 1) scan.votes[eds[0]]++;
  }
  if (headerLine) {
    if (matchKey(words[0]) === ROW_HEADER_KEY) scan.header = words.slice(1);
    return;
  }
  if (labelledRow(scan, cells, ids, block, linear)) return;

  if (ids) {
    const slots = T3_COLUMN_KEYS.map((k) => cells.findIndex((c) => matchKey(c) === k));
    if (slots.every((i) => i >= 0)) {
      const labels = collapse(cells, ids, Math.min(...slots)).filter((c) => !isValueLike(c));
      scan.t3Header = { block, slots, labels };
      return;
    }
  }
  const headerAt = cells.findIndex((c) => matchKey(c) === ROW_HEADER_KEY);
  if (headerAt >= 0) {
    scan.header = collapse(cells, ids, headerAt + 1).filter((c) => c !== "");
    return;
  }

  // A row of numbers without a row label: 表四's data row under 表四's header, or a row we cannot place.
  let start = cells.length;
  while (start > 0 && isValueLike(cells[start - 1])) start--;
  const values = collapse(cells, ids, start);
  if (!values.some(isNumber)) return;
  if (scan.context === "t4" && !scan.found.some((f) => f.rowKey === T4_ROW)) {
    scan.found.push({ rowKey: T4_ROW, table: "t4", label: "", values });
    scan.tableBlocks.add(block);
  } else {
    scan.strays.push({ block, table: scan.context, label: cells.slice(0, start).join(" ").trim(), values });
  }
}

/** The label is the rightmost cell naming a row; the cells to its right are its values. */
function labelledRow(scan: Scan, cells: readonly string[], ids: readonly number[] | undefined, block: number, linear: boolean): boolean {
  for (let c = cells.length - 1; c >= 0; c--) {
    if (isValueLike(cells[c])) continue;
    const entry = matchRowLabel(cells[c], linear);
    if (!entry) continue;
    let values = collapse(cells, ids, c + 1);
    if (entry.table === "t3" && scan.t3Header?.block === block) {
      // Columns in another order, or an extra column (a 小计 the format does not have): read by the header.
      const bySlot = scan.t3Header.slots.map((i) => cells[i] ?? "");
      if (bySlot.join("|") !== values.join("|")) {
        values = bySlot;
        scan.t3ByHeader = true;
      }
    }
    scan.found.push({
      rowKey: entry.rowKey,
      table: entry.table,
      label: matchKey(cells[c]) === entry.key ? cells[c].replace(/\s+/g, "") : entry.text,
      entry,
      values,
      header: entry.table === "t2" ? scan.header : undefined,
    });
    if (entry.editions.length === 1) scan.votes[entry.editions[0]]++;
    scan.context = entry.table;
    scan.tableBlocks.add(block);
    return true;
  }
  return false;
}

export function recogniseTables(doc: SourceDocument, yearEdition: EditionId | undefined, forced?: EditionId): Recognition {
  const scan: Scan = { found: [], strays: [], votes: { "2019": 0, "2021": 0 }, tableBlocks: new Set(), t3ByHeader: false };
  doc.blocks.forEach((block, b) => {
    if (block.kind === "grid") block.rows.forEach((row, r) => scanRow(scan, row, block.cellIds?.[r], b, block.linear === true));
  });
  const { found, strays, votes, tableBlocks, t3Header } = scan;

  const edition = forced ?? decideEdition(votes, yearEdition);
  const problems: ImportProblem[] = [];
  if (!forced && votes["2019"] > 0 && votes["2021"] > 0) problems.push({ rule: "import.editionMixed", values: { edition: editions[edition].name } });

  if (scan.t3ByHeader && t3Header) {
    problems.push({ rule: "import.columnsByHeader", values: { table: "表三", found: t3Header.labels.join("、") }, location: { table: "表三" } });
  }
  const mapped = mapRows(found, edition, problems);
  const reported = strays.filter((stray) => tableBlocks.has(stray.block));
  problems.push(...reportTables(edition, mapped, reported));
  return { edition, cells: mapped.cells, sourceLabels: mapped.sourceLabels, problems, tableBlocks };
}

function decideEdition(votes: Record<EditionId, number>, yearEdition: EditionId | undefined): EditionId {
  if (votes["2019"] > votes["2021"]) return "2019";
  if (votes["2021"] > votes["2019"]) return "2021";
  return yearEdition ?? "2021";
}

interface Mapped {
  cells: Record<CellKey, string>;
  sourceLabels: Record<string, string>;
  /** Rows found (readable or not), and rows whose cells were imported. */
  seen: Map<string, string[]>;
  imported: Set<string>;
  /** Problems with single rows, by table: dropped when the whole table is reported unreadable. */
  rowProblems: { table: TableId; problem: ImportProblem }[];
}

/** Found rows → cells of the chosen edition. */
function mapRows(found: readonly FoundRow[], edition: EditionId, problems: ImportProblem[]): Mapped {
  const index = editionIndex(edition);
  const cells: Record<CellKey, string> = {};
  const sourceLabels: Record<string, string> = {};
  const seen = new Map<string, string[]>();
  const imported = new Set<string>();
  const rowProblems: Mapped["rowProblems"] = [];

  for (const row of found) {
    const home = index.rowHome(row.rowKey);
    if (!home) {
      const other = row.entry?.editions.find((id) => id !== edition);
      const table = editions[edition].tables.find((t) => t.id === row.table);
      problems.push({
        rule: "import.rowOtherEdition",
        values: { table: table?.name ?? "", label: row.label, otherEdition: other ? editions[other].name : "", edition: editions[edition].name },
        location: { table: table?.name, row: row.label },
      });
      continue;
    }
    const { table, block } = home;
    const name = rowName(block, home.row);
    const keys = block.columns.map((c) => cellKey(row.rowKey, c.key));
    const location = { table: table.name, row: name };
    const values = [...row.values];
    // Trailing cells beyond the block's columns that hold nothing (a layout column, a spanned 「/」) are not values.
    while (values.length > block.columns.length && isEmptyValue(values[values.length - 1])) values.pop();

    const previous = seen.get(row.rowKey);
    if (previous) {
      if (previous.join("|") !== values.join("|")) {
        rowProblems.push({ table: table.id, problem: { rule: "import.rowDuplicate", values: { table: table.name, row: name, first: previous.join(" "), second: values.join(" ") }, location } });
      }
      continue;
    }
    seen.set(row.rowKey, values);

    if (values.length !== block.columns.length) {
      const problem: ImportProblem = {
        rule: "import.rowUnreadable",
        values: { table: table.name, row: name, actual: values.length, expected: block.columns.length, raw: values.join(" ") || "无" },
        location,
        keys,
        expected: block.columns.length,
        actual: values.length,
      };
      rowProblems.push({ table: table.id, problem });
      continue;
    }
    keys.forEach((key, i) => (cells[key] = values[i]));
    imported.add(row.rowKey);

    if (row.label && normalizeLabel(row.label) !== normalizeLabel(home.row.label)) sourceLabels[row.rowKey] = row.label;
    if (row.header && row.header.length === block.columns.length) {
      block.columns.forEach((column, i) => {
        const text = row.header![i].replace(/\s+/g, "");
        if (normalizeLabel(text) !== normalizeLabel(column.label)) sourceLabels[`${block.key}/${column.key}`] = text;
      });
    }
  }
  return { cells, sourceLabels, seen, imported, rowProblems };
}

/** Unplaced rows named one by one, up to this many per table; the rest are counted. */
const STRAYS_NAMED = 5;

/**
 * Per table: missing (no row found — not zeros), unreadable as a whole (fewer than half its rows read: one finding,
 * not a list of every row), or its single problems: rows missing, rows whose numbers cannot be placed, rows that
 * are not the edition's.
 */
function reportTables(edition: EditionId, mapped: Mapped, strays: readonly StrayRow[]): ImportProblem[] {
  const index = editionIndex(edition);
  const problems: ImportProblem[] = [];
  const tableIds = new Set<TableId>(editions[edition].tables.map((t) => t.id));
  for (const table of editions[edition].tables) {
    const rows = table.blocks.flatMap((b) => b.rows.map((row) => ({ block: b, row })));
    const tableStrays = strays.filter((s) => s.table === table.id);
    const location = { table: table.name };
    const unread = (r: { row: { key: string } }) => !mapped.imported.has(r.row.key);
    const keysOf = (list: typeof rows) => list.flatMap(({ block, row }) => block.columns.map((c) => cellKey(row.key, c.key)));

    if (!rows.some(({ row }) => mapped.seen.has(row.key)) && tableStrays.length === 0) {
      const keys = index.cells.filter((c) => c.table.id === table.id).map((c) => c.key);
      problems.push({ rule: "import.tableMissing", values: { table: table.name, heading: table.heading }, location, keys });
      continue;
    }
    const read = rows.length - rows.filter(unread).length;
    if (read * 2 < rows.length) {
      problems.push({ rule: "import.tableUnreadable", values: { table: table.name, read, total: rows.length }, location, keys: keysOf(rows.filter(unread)) });
      continue;
    }
    problems.push(...mapped.rowProblems.filter((p) => p.table === table.id).map((p) => p.problem));
    for (const { block, row } of rows) {
      if (mapped.seen.has(row.key)) continue;
      const name = rowName(block, row);
      problems.push({ rule: "import.rowMissing", values: { table: table.name, row: name }, location: { table: table.name, row: name }, keys: keysOf([{ block, row }]) });
    }
    problems.push(...strayProblems(tableStrays, table.name, edition));
  }
  problems.push(...strayProblems(strays.filter((s) => !s.table || !tableIds.has(s.table)), "表格", edition));
  return problems;
}

function strayProblems(strays: readonly StrayRow[], table: string, edition: EditionId): ImportProblem[] {
  // A lone number without a label is a fragment, not a row worth naming.
  const named = strays.filter((s) => s.label !== "" || s.values.length > 1);
  const shown = named.slice(0, STRAYS_NAMED);
  const problems: ImportProblem[] = shown.map((stray) => ({
    rule: "import.rowUnrecognised",
    values: { table, label: stray.label || "（无栏目名称）", raw: stray.values.join(" "), edition: editions[edition].name },
    location: table === "表格" ? {} : { table },
  }));
  const rest = strays.length - shown.length;
  if (rest > 0) problems.push({ rule: "import.rowsUnrecognised", values: { table, count: rest }, location: table === "表格" ? {} : { table } });
  return problems;
}
