import { editionIds, editions, normalizeLabel } from "../editions";
import type { EditionId, TableId } from "../editions";
import { stripZeroWidth } from "./whitespace";

/**
 * The importers' view of the editions' labels: every row label and alias of both editions, matched tolerantly
 * (report-format.md §4 variants), plus the header words that tell the tables and the editions apart. Built once
 * from the edition data; nothing here names a label of its own except the table anchors.
 */

const keyCache = new Map<string, string>();

/** normalizeLabel, and 「1、」「（1）」 for 「1.」 anywhere (a PDF line puts group fragments before the number). */
export function matchKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = normalizeLabel(stripZeroWidth(text))
      .replace(/\((\d+)\)/g, "$1.")
      .replace(/(\d+)[、.]/g, "$1.");
    // Tables repeat their texts (spanned labels, 「0」); a bounded cache keeps a 20 MB page from filling memory.
    if (keyCache.size > 20000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

export interface RowLabelEntry {
  rowKey: string;
  table: TableId;
  /** The label or alias as the edition data writes it. */
  text: string;
  /** Its match key. */
  key: string;
  /** Editions in which this wording names this row (verbatim or as an alias). */
  editions: readonly EditionId[];
}

function buildEntries(): RowLabelEntry[] {
  const byKey = new Map<string, { rowKey: string; table: TableId; text: string; editions: Set<EditionId> }>();
  for (const id of editionIds) {
    for (const table of editions[id].tables) {
      for (const block of table.blocks) {
        for (const row of block.rows) {
          for (const text of [row.label, ...(row.aliases ?? [])]) {
            if (!text) continue;
            const key = matchKey(text);
            const entry = byKey.get(key) ?? { rowKey: row.key, table: table.id, text, editions: new Set() };
            entry.editions.add(id);
            byKey.set(key, entry);
          }
        }
      }
    }
  }
  return [...byKey.entries()]
    .map(([key, e]) => ({ rowKey: e.rowKey, table: e.table, text: e.text, key, editions: [...e.editions] }))
    .sort((a, b) => b.key.length - a.key.length);
}

/** Longest first, so 「行政规范性文件」 wins over 「规范性文件」. */
const rowLabelEntries: readonly RowLabelEntry[] = buildEntries();

/** A row's entry by its key (its edition label's, or the first wording found). */
export function rowEntry(rowKey: string): RowLabelEntry | undefined {
  return rowLabelEntries.find((e) => e.rowKey === rowKey);
}
const entryByKey = new Map(rowLabelEntries.map((e) => [e.key, e]));

/** Row-group labels (「三、本年度办理结果」「（三）不予公开」…): they may precede a row label in the same cell. */
const groupKeys: readonly string[] = [
  ...new Set(
    editionIds.flatMap((id) =>
      editions[id].tables.flatMap((t) => t.blocks.flatMap((b) => (b.rowGroups ?? []).map((g) => matchKey(g.label)))),
    ),
  ),
].sort((a, b) => b.length - a.length);

function onlyGroupLabels(prefix: string): boolean {
  let rest = prefix;
  while (rest.length > 0) {
    const g = groupKeys.find((k) => rest.startsWith(k));
    if (!g) return false;
    rest = rest.slice(g.length);
  }
  return true;
}

/**
 * The row a label names. `anyPrefix` (PDF text): the label may be preceded by anything — header fragments and
 * group labels broken over lines. Otherwise the cell must be the label, optionally after its group labels.
 */
export function matchRowLabel(text: string, anyPrefix = false): RowLabelEntry | undefined {
  const key = matchKey(text);
  return key ? matchKeyEnding(key, anyPrefix) : undefined;
}

/**
 * A label with a note after it, as provincial variants print them: 「规章（设区的市、自治州人民政府应提供相关数据）」,
 * 「其他对外管理服务事项（指行政许可以外的…）」 → the label. Tried after every other reading, since a label's own
 * bracket (「（区分处理的，…）」) broken by a PDF's layout must not be taken for a note.
 */
export function matchAnnotatedRowLabel(text: string, anyPrefix = false): RowLabelEntry | undefined {
  return matchKeyEnding(withoutAnnotation(matchKey(text)), anyPrefix);
}

function matchKeyEnding(key: string, anyPrefix: boolean): RowLabelEntry | undefined {
  if (!key) return undefined;
  const exact = entryByKey.get(key);
  if (exact) return exact;
  for (const entry of rowLabelEntries) {
    if (key.endsWith(entry.key) && (anyPrefix || onlyGroupLabels(key.slice(0, -entry.key.length)))) return entry;
  }
  return undefined;
}

/** Where the bracket closing at `end` (a 「)」) opens, or -1. */
function openingBracket(key: string, end: number): number {
  let depth = 0;
  for (let i = end; i >= 0; i--) {
    if (key[i] === ")") depth++;
    else if (key[i] === "(" && --depth === 0) return i;
  }
  return -1;
}

/** The text before a bracketed note at its very end, or "" when it has none. */
function withoutAnnotation(key: string): string {
  if (!key.endsWith(")")) return "";
  const open = openingBracket(key, key.length - 1);
  return open > 0 ? key.slice(0, open) : "";
}

/**
 * Every complete row label in a run of label text, in order: the rows a table names without any value after them
 * (a table published with its values left blank lists its labels one after another). At each place the longest
 * label wins; a bracketed note that starts no label is skipped whole (it may name other rows: 「（指行政许可以外的…）」).
 */
export function rowLabelsIn(text: string): RowLabelEntry[] {
  const key = matchKey(text);
  const found: RowLabelEntry[] = [];
  for (let i = 0; i < key.length; ) {
    const entry = rowLabelEntries.find((e) => key.startsWith(e.key, i));
    if (entry) {
      found.push(entry);
      i += entry.key.length;
      continue;
    }
    if (key[i] === "(") {
      let depth = 0;
      let j = i;
      for (; j < key.length; j++) {
        if (key[j] === "(") depth++;
        else if (key[j] === ")" && --depth === 0) break;
      }
      i = j + 1;
      continue;
    }
    i++;
  }
  return found;
}

/** Header words of 表二 that exist in one edition only: 「本年制发件数」 (2021) vs 「本年新制作数量」 (2019). */
const columnLabelEditions: ReadonlyMap<string, readonly EditionId[]> = (() => {
  const map = new Map<string, Set<EditionId>>();
  for (const id of editionIds) {
    for (const table of editions[id].tables) {
      for (const block of table.blocks) {
        for (const column of block.columns) {
          for (const text of [column.label, ...(column.aliases ?? [])]) {
            const key = matchKey(text);
            map.set(key, (map.get(key) ?? new Set()).add(id));
          }
        }
      }
    }
  }
  return new Map([...map.entries()].map(([k, v]) => [k, [...v]]));
})();

/** Editions whose header uses this text, or undefined when it is no column label. */
export function columnLabelEditionsOf(text: string): readonly EditionId[] | undefined {
  return columnLabelEditions.get(matchKey(text));
}

/** The row-label header of 表二's blocks (「信息内容」). */
export const ROW_HEADER_KEY = matchKey(editions["2021"].tables.find((t) => t.id === "t2")?.blocks[0].rowHeader ?? "信息内容");

/**
 * Which table a header row or line belongs to, from words only that table's header has: 表二's captions
 * 「第二十条第（一）项」 and 「信息内容」, 表三's corner note and 「申请人情况」, 表四's 「行政复议」「行政诉讼」 groups.
 */
export function tableAnchor(text: string): TableId | undefined {
  const key = matchKey(text);
  if (!key) return undefined;
  if (/^第二十条第/.test(key) || key.startsWith(ROW_HEADER_KEY)) return "t2";
  if (key.startsWith("(本列数据的勾稽关系") || key.startsWith("申请人情况")) return "t3";
  if (/^行政复议/.test(key) && (key.includes("行政诉讼") || key.length <= 6)) return "t4";
  if (key.includes("未经复议直接起诉")) return "t4";
  return undefined;
}

/** How many values a row has, in each edition that has it (表二's rows differ: 行政许可 has 1 or 3). */
export function columnCountsOf(rowKey: string): number[] {
  const counts = new Set<number>();
  for (const id of editionIds) {
    for (const table of editions[id].tables) {
      for (const block of table.blocks) if (block.rows.some((r) => r.key === rowKey)) counts.add(block.columns.length);
    }
  }
  return [...counts];
}

const table4Block = editions["2021"].tables.find((t) => t.id === "t4")?.blocks[0];

/** 表四's one row has no label: the number of values it has. */
export const T4_VALUES = table4Block?.columns.length ?? 15;

/** 表四's header words (「结果维持」…「总计」): digits glued after them are 表四's row. */
export const T4_COLUMN_KEYS: readonly string[] = [...new Set((table4Block?.columns ?? []).map((c) => matchKey(c.label)))];

const rowOrders = new Map<TableId, string[][]>();

/** Row keys of a table in order, per edition (computed once per table: asked for every line of a PDF's tables). */
function rowOrder(table: TableId): string[][] {
  let orders = rowOrders.get(table);
  if (!orders) {
    orders = editionIds.map((id) => editions[id].tables.find((t) => t.id === table)?.blocks.flatMap((b) => b.rows.map((r) => r.key)) ?? []);
    rowOrders.set(table, orders);
  }
  return orders;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}

/**
 * The row that comes after `lastRowKey` in the table (in either edition), when its label is spread through `text`
 * with other cells' fragments between its characters — a PDF line mixes the group column (「（三）不予公开」 broken
 * into 「（三）」「不予公」「开」) with the label column. Only the expected next row is tried, and only labels long
 * enough to be unmistakable.
 */
export function matchNextRowScattered(text: string, table: TableId, lastRowKey: string | undefined): RowLabelEntry | undefined {
  const key = matchKey(text);
  return nextRowEntries(table, lastRowKey).find((entry) => key.length <= entry.key.length * 2 + 12 && isSubsequence(entry.key, key));
}

/** The wordings (long enough to be unmistakable) of the row after `lastRowKey` in the table, in either edition. */
function nextRowEntries(table: TableId, lastRowKey: string | undefined): RowLabelEntry[] {
  const entries: RowLabelEntry[] = [];
  for (const order of rowOrder(table)) {
    const next = order[lastRowKey === undefined ? 0 : order.indexOf(lastRowKey) + 1];
    if (!next || (lastRowKey !== undefined && !order.includes(lastRowKey))) continue;
    for (const entry of rowLabelEntries) if (entry.rowKey === next && entry.key.length >= 6) entries.push(entry);
  }
  return entries;
}

/** Length of the longest common subsequence of two short strings. */
function commonSubsequence(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

/** How close a written label must be to the expected row's (shared characters in order, over the longer length). */
const SIMILAR = 0.8;

/**
 * The row that comes after `lastRowKey`, when `text` ends with its label written slightly otherwise (a word left out
 * or changed: 「1.本机关不掌握相关信息」 for 「1.本机关不掌握相关政府信息」). Only the expected next row is tried, only a long
 * label, and only when the text's end shares at least 80% of it in order; the label as written is kept, so the
 * label check reports the wording.
 */
export function matchNextRowSimilar(text: string, table: TableId, lastRowKey: string | undefined): RowLabelEntry | undefined {
  const key = matchKey(text);
  return nextRowEntries(table, lastRowKey).find((entry) =>
    [-2, -1, 0, 1, 2].some((d) => {
      const length = entry.key.length + d;
      if (length <= 0 || length > key.length) return false;
      const tail = key.slice(key.length - length);
      // The number the row starts with (「1.」) must be there as written: it is what orders the rows.
      return tail[0] === entry.key[0] && commonSubsequence(tail, entry.key) >= SIMILAR * Math.max(tail.length, entry.key.length);
    }),
  );
}
