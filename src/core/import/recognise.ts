import { editions } from "../editions";
import type { CellKey, EditionId, TableId } from "../editions";
import { readCellText } from "../model/cellText";
import { columnLabelEditionsOf, matchAnnotatedRowLabel, matchKey, matchRowLabel, rowEntry, ROW_HEADER_KEY, T4_VALUES, tableAnchor } from "./labels";
import type { RowLabelEntry } from "./labels";
import { isPageChrome } from "./chrome";
import { placeRows } from "./place";
import { T3_COLUMN_KEYS, t3TextColumns } from "./t3Columns";
import type { T3TextColumns } from "./t3Columns";
import { reportTables } from "./tableProblems";
import type { ImportProblem, RowFlags, SourceDocument } from "./types";
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

export interface FoundRow {
  rowKey: string;
  table: TableId;
  /** Label as found, or the edition wording it matched when the cell held more than the label. */
  label: string;
  entry?: RowLabelEntry;
  values: string[];
  /** The 「信息内容」 header row above it (表二), values only. */
  header?: string[];
  /** Its values are one run of digits glued together (digitRuns.ts splits it). */
  glued?: boolean;
  /** Its label was printed with no value after it. */
  labelOnly?: boolean;
  block: number;
}

export interface StrayRow {
  block: number;
  table?: TableId;
  label: string;
  values: string[];
}

const T4_ROW = "t4.cases";

function isValueLike(text: string): boolean {
  return readCellText(text).state !== "text";
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
  /** The header goes on over the next lines (a page copied one cell per line puts each column label on its own). */
  headerOpen?: boolean;
  /** 表三's leaf header (自然人 … 总计) in a grid whose columns line up (HTML, .docx): where each column is. */
  t3Header?: { block: number; slots: number[]; labels: string[] };
  /** 表三's header words in running text, before its first row (t3Columns.ts reads the column order from them). */
  t3Words: string[];
  /** The column order those words give (null: the format's, or they do not say). */
  t3Columns?: T3TextColumns | null;
  /** 表三 was read by its header, whose columns are these (as written). */
  t3ByHeader?: string[];
  /** The last table element in document order (a row read, or a table's header), for a file cut off inside a table. */
  last?: TableEnd;
}

/** Where the tables stop: in table `table`, after `row` (undefined: at its header, before any row). */
export interface TableEnd {
  table: TableId;
  row?: FoundRow;
  block: number;
}

/** One row of a grid: a header line, a labelled row, 表三's header, or a row of numbers without a label. */
function scanRow(scan: Scan, raw: readonly string[], ids: readonly number[] | undefined, block: number, linear: boolean, flags?: RowFlags): void {
  if (flags?.labelOnly) {
    labelOnlyRow(scan, raw[0] ?? "", block, flags.table);
    return;
  }
  const cells = raw.map(foldWhiteSpace);
  // In PDF text a line without numbers is a header line or part of a label the next row takes: never a row.
  const headerLine = linear && cells.length === 1;
  const words = headerLine ? cells[0].split(" ") : cells;
  const anchor = tableAnchor(cells.join("")) ?? words.map(tableAnchor).find((a) => a !== undefined);
  if (anchor) {
    scan.context = anchor;
    if (scan.last?.table !== anchor) scan.last = { table: anchor, block };
  }
  const headerStarts = words.length > 0 && matchKey(words[0]) === ROW_HEADER_KEY;
  if (anchor && !headerStarts) scan.headerOpen = false;
  for (const word of words) {
    const eds = columnLabelEditionsOf(word);
    if (eds?.length === 1) scan.votes[eds[0]]++;
  }
  if (headerLine) {
    if (scan.context === "t3" && !scan.found.some((f) => f.table === "t3")) scan.t3Words.push(...words);
    if (headerStarts) {
      scan.header = words.slice(1);
      scan.headerOpen = true;
    } else if (scan.headerOpen && !anchor && !matchRowLabel(cells[0])) scan.header = [...(scan.header ?? []), ...words];
    return;
  }
  if (labelledRow(scan, cells, ids, block, linear, flags?.glued === true, flags?.rowKey)) return;

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

  // A row of numbers without a row label: 表四's data row under 表四's header, or a row we cannot place. Running text
  // has said which cells are values ([label, …values]); a glued run of digits is one of them.
  let start = cells.length;
  if (linear) start = 1;
  else while (start > 0 && isValueLike(cells[start - 1])) start--;
  const values = collapse(cells, ids, start);
  // 表四 with no case at all is often written 「/」 or 「—」 in each of its fifteen cells: a row, not words.
  const t4Placeholders = scan.context === "t4" && values.length === T4_VALUES && values.every(isValueLike);
  if (!values.some(isNumber) && !flags?.glued && !t4Placeholders) return;
  if (scan.context === "t4" && !scan.found.some((f) => f.rowKey === T4_ROW && !f.labelOnly)) {
    const row: FoundRow = { rowKey: T4_ROW, table: "t4", label: "", values, block, ...(flags?.glued ? { glued: true } : {}) };
    scan.found.push(row);
    scan.last = { table: "t4", row, block };
    scan.tableBlocks.add(block);
  } else {
    scan.strays.push({ block, table: scan.context, label: cells.slice(0, start).join(" ").trim(), values });
  }
}

/** A row named with no value after it (running text): its cells are blank, unless its numbers went astray. */
function labelOnlyRow(scan: Scan, label: string, block: number, table: TableId | undefined): void {
  const entry = label === "" && table === "t4" ? undefined : matchRowLabel(label, true);
  if (!entry && table !== "t4") return;
  scan.found.push({ rowKey: entry?.rowKey ?? T4_ROW, table: entry?.table ?? "t4", label: entry?.text ?? "", entry, values: [], labelOnly: true, block });
  scan.tableBlocks.add(block);
}

/** The label is the rightmost cell naming a row; the cells to its right are its values. */
function labelledRow(scan: Scan, cells: readonly string[], ids: readonly number[] | undefined, block: number, linear: boolean, glued: boolean, rowKey?: string): boolean {
  for (let c = cells.length - 1; c >= 0; c--) {
    if (isValueLike(cells[c]) && !(linear && c === 0)) continue;
    // Running text has already said which row a label written otherwise is (textTables.ts: the expected next row).
    const entry = (rowKey !== undefined && c === 0 ? rowEntry(rowKey) : undefined) ?? matchRowLabel(cells[c], linear) ?? matchAnnotatedRowLabel(cells[c], linear);
    if (!entry) continue;
    let values = collapse(cells, ids, c + 1);
    if (entry.table === "t3" && scan.t3Header?.block === block) {
      // Columns in another order, or an extra column (a 小计 the format does not have): read by the header.
      const bySlot = scan.t3Header.slots.map((i) => cells[i] ?? "");
      if (bySlot.join("|") !== values.join("|")) {
        values = bySlot;
        scan.t3ByHeader = scan.t3Header.labels;
      }
    } else if (entry.table === "t3" && linear) {
      // Running text: the header's words say the order, when it is not the format's (a 小计 added, 总计 first).
      // Read once, at 表三's first row: its header words are all in by then.
      if (scan.t3Columns === undefined) scan.t3Columns = t3TextColumns(scan.t3Words) ?? null;
      const columns = scan.t3Columns;
      if (columns && values.length === columns.keys.length) {
        const read = values;
        values = T3_COLUMN_KEYS.map((k) => read[columns.keys.indexOf(k)]);
        scan.t3ByHeader = columns.labels;
      }
    }
    scan.headerOpen = false;
    const row: FoundRow = {
      rowKey: entry.rowKey,
      table: entry.table,
      // As written when it is the label, or when running text named the row of a label written otherwise.
      label: matchKey(cells[c]) === entry.key || (rowKey !== undefined && c === 0) ? cells[c].replace(/\s+/g, "") : entry.text,
      entry,
      values,
      header: entry.table === "t2" ? scan.header : undefined,
      block,
      ...(glued ? { glued } : {}),
    };
    scan.found.push(row);
    scan.last = { table: entry.table, row, block };
    if (entry.editions.length === 1) scan.votes[entry.editions[0]]++;
    scan.context = entry.table;
    scan.tableBlocks.add(block);
    return true;
  }
  return false;
}

export function recogniseTables(doc: SourceDocument, yearEdition: EditionId | undefined, forced?: EditionId): Recognition {
  const scan: Scan = { found: [], strays: [], votes: { "2019": 0, "2021": 0 }, tableBlocks: new Set(), t3Words: [] };
  doc.blocks.forEach((block, b) => {
    if (block.kind === "grid") block.rows.forEach((row, r) => scanRow(scan, row, block.cellIds?.[r], b, block.linear === true, block.flags?.[r]));
  });
  const { found, strays, votes, tableBlocks } = scan;

  const edition = forced ?? decideEdition(votes, yearEdition);
  const problems: ImportProblem[] = [];
  if (!forced && votes["2019"] > 0 && votes["2021"] > 0) problems.push({ rule: "import.editionMixed", values: { edition: editions[edition].name } });

  if (scan.t3ByHeader) {
    problems.push({ rule: "import.columnsByHeader", values: { table: "表三", found: scan.t3ByHeader.join("、") }, location: { table: "表三" } });
  }
  const reported = strays.filter((stray) => tableBlocks.has(stray.block));
  const placed = placeRows(found, edition, problems, reported);
  problems.push(...reportTables(edition, placed, reported, endsInTable(doc, scan.last)));
  return { edition, cells: placed.cells, sourceLabels: placed.sourceLabels, problems, tableBlocks };
}

/**
 * The table the document stops in: a page or an excerpt cut off inside a table (no text after its last row or
 * header). Its later rows are not missing from the report; they are missing from the file.
 */
function endsInTable(doc: SourceDocument, last: TableEnd | undefined): TableEnd | undefined {
  if (!last) return undefined;
  const after = doc.blocks.slice(last.block + 1);
  return after.every((b) => b.kind === "text" && (b.text.trim().length < 20 || isPageChrome(b.text.trim()))) ? last : undefined;
}

function decideEdition(votes: Record<EditionId, number>, yearEdition: EditionId | undefined): EditionId {
  if (votes["2019"] > votes["2021"]) return "2019";
  if (votes["2021"] > votes["2019"]) return "2021";
  return yearEdition ?? "2021";
}
