import { readCellText } from "../model/cellText";
import type { TableId } from "../editions";
import { columnCountsOf, columnLabelEditionsOf, matchAnnotatedRowLabel, matchKey, matchNextRowScattered, matchNextRowSimilar, matchRowLabel, rowLabelsIn, T4_VALUES, tableAnchor } from "./labels";
import type { RowLabelEntry } from "./labels";
import { isSeparatorLine, lineSegments } from "./textCells";
import type { Segment } from "./textCells";
import type { RowFlags, TableGrid } from "./types";

/**
 * Tables in running text, whatever separates their cells (textCells.ts): a PDF's text (a row's label and numbers on
 * one line, labels broken over lines — the 淮安 fixture), a page copied one cell per line (the 余姚 fixture, tab
 * indented; or with blank lines or 「|」 lines between cells), pipe and markdown tables from OCR and converters, rows
 * whose digits were glued together. A table starts at its header (「第二十条第（一）项」, the 表三 corner note,
 * 「行政复议 行政诉讼」) or at a row label followed by values, and ends at the next section heading.
 *
 * The rows come out as [label text, …values] with flags (types.ts RowFlags); header words stay one-cell rows so the
 * recogniser sees them. A label followed by no value at all is a row of its own, flagged `labelOnly`.
 */

const MAX_PENDING = 400;

interface Line {
  segments: Segment[];
  /** 「|」 alone: a cell border on a line of its own. */
  separator: boolean;
  raw: string;
}

function parseLine(raw: string): Line {
  if (isSeparatorLine(raw)) return { segments: [], separator: true, raw };
  return { segments: lineSegments(raw), separator: false, raw };
}

const isNumber = (v: string) => readCellText(v).state === "number";

/** Values that hold nothing a sentence would not (「无」「/」 after words): values only after a row label. */
function onlyPlaceholders(values: readonly string[]): boolean {
  return !values.some(isNumber);
}

function regionStart(lines: readonly Line[], i: number): TableId | undefined {
  const line = lines[i];
  const text = line.raw.trim();
  if (!text || line.separator) return undefined;
  const anchor = tableAnchor(text.replace(/\|/g, ""));
  // A header line; or a whole table on one line, its cells glued together (a crawler's text).
  if (anchor && (text.length <= 80 || line.segments.some((s) => s.glued))) return anchor;
  const first = line.segments[0];
  if (!first) return undefined;
  if (first.values.length > 0) return matchRowLabel(first.text)?.table;
  // A row label on its own line with its values on the next (a page copied one cell per line).
  if (first.values.length === 0 && line.segments.length === 1) {
    const entry = matchRowLabel(first.text);
    const next = lines.slice(i + 1, i + 4).find((l) => l.raw.trim() !== "" && !l.separator);
    if (entry && next?.segments[0] && next.segments[0].text === "" && next.segments[0].values.some(isNumber)) return entry.table;
  }
  return undefined;
}

/**
 * Of the candidate labels (0–3 lines taken from below), the one with the fewest lines — unless more lines complete
 * the same row's label (「（二）部分公开」 going on as 「（区分处理的，…）」). More lines must never reach the next row.
 */
function firstMatch(candidates: readonly string[], match: (text: string) => RowLabelEntry | undefined, annotated = false, similar = false) {
  let best: { entry: RowLabelEntry; taken: number; exact: boolean; annotated: boolean; similar: boolean } | undefined;
  candidates.forEach((c, taken) => {
    const entry = match(c);
    if (!entry) return;
    if (!best || (entry.rowKey === best.entry.rowKey && entry.key.length > best.entry.key.length)) {
      const key = matchKey(c);
      best = { entry, taken, exact: key.endsWith(entry.key), annotated, similar };
    }
  });
  return best;
}

/** The most values a row can have: its block's width in either edition; 表四's unlabelled row has fifteen. */
function expectedValues(label: string, table: TableId | undefined, rowKey?: string): number {
  const key = rowKey ?? matchRowLabel(label, true)?.rowKey;
  if (key) return Math.max(...columnCountsOf(key));
  return table === "t4" ? T4_VALUES : 0;
}

/** Reads one table region; returns the grid and how many lines it used (the rest is text after the table). */
class RegionReader {
  readonly rows: string[][] = [];
  readonly flags: (RowFlags | undefined)[] = [];
  /** Text lines since the last row: a label's beginning, header words, or labels of rows left without values. */
  private pending: string[] = [];
  private previousWasRow = false;
  /** The last row's values came from more than one line. */
  private lastRowSpread = false;
  private lastRowKey: string | undefined;
  private context: TableId;
  /** 表四's header was seen and no value has come after it yet; 表四's row was read. */
  private t4Open = false;
  private t4Read = false;
  private used = 0;
  private rowsUsed = 0;

  constructor(
    private readonly lines: readonly Line[],
    table: TableId,
  ) {
    this.context = table;
  }

  read(): { grid: TableGrid; used: number } {
    let sinceSeparator: boolean | undefined;
    for (let k = 0; k < this.lines.length; k++) {
      const line = this.lines[k];
      if (line.separator) {
        // Two borders with nothing between: an empty cell of a table written one cell per line between 「|」 lines.
        if (sinceSeparator === false) this.segment({ text: "", values: [""], glued: false, explicit: true }, k);
        sinceSeparator = false;
        continue;
      }
      if (line.segments.length === 0) continue;
      sinceSeparator = true;
      for (const segment of line.segments) k = this.segment(segment, k);
    }
    this.flushLabelsOnly();
    const rows = this.rows.slice(0, this.rowsUsed);
    const flags = this.flags.slice(0, this.rowsUsed);
    const grid: TableGrid = { kind: "grid", rows, linear: true, text: this.lines.slice(0, this.used).map((l) => l.raw).join("\n") };
    if (flags.some((f) => f !== undefined)) grid.flags = flags;
    return { grid, used: this.used };
  }

  private push(row: string[], flags: RowFlags | undefined, k: number, counts: boolean): void {
    this.rows.push(row);
    this.flags.push(flags);
    if (counts) {
      this.used = k + 1;
      this.rowsUsed = this.rows.length;
    }
  }

  /** Header words and label text: one-cell rows, remembered as the next row's possible label. */
  private textLine(text: string, k: number): void {
    const anchor = tableAnchor(text);
    // Another table's header ends this one: its labels left without values are rows of their own. A header line of
    // the same table (表二's next 「第二十条」 caption, 表四's second header line) goes on with it.
    if (anchor && anchor !== this.context) {
      this.flushLabelsOnly();
      this.context = anchor;
    }
    if (anchor === "t4" && !this.t4Read) this.t4Open = true;
    // Header words and anchors belong to the table even when no row follows them (a table left blank).
    const known = anchor !== undefined || text.split(" ").some((w) => columnLabelEditionsOf(w) !== undefined) || matchRowLabel(text) !== undefined;
    this.push([text], undefined, k, known);
    this.pending.push(text);
    this.previousWasRow = false;
  }

  /** One segment of line k; returns the index of the last line it used (labels may go on below the numbers). */
  private segment(segment: Segment, k: number): number {
    const { text, values } = segment;
    const joined = this.pending.join("").slice(-MAX_PENDING);
    if (values.length === 0) {
      this.textLine(text, k);
      return k;
    }
    // A bordered line of label text and empty cells that names no row: part of a label whose cell a converter broke
    // over table lines (「| （二）部分公开（区分处理的， | | | … |」) — the rest of it is above or below.
    if (text && segment.explicit && values.every((v) => v === "") && !matchRowLabel(joined + text, true) && !matchAnnotatedRowLabel(joined + text, true)) {
      this.textLine(text, k);
      return k;
    }
    // 「本年度行政复议 无」: a sentence, not a row — placeholders count as values only after a row label.
    if (text && !segment.glued && onlyPlaceholders(values) && !segment.explicit && !matchRowLabel(joined + text, true)) {
      this.textLine(`${text} ${values.join(" ")}`, k);
      return k;
    }
    const last = this.rows[this.rows.length - 1];
    if (text === "" && this.previousWasRow && last) {
      const room = expectedValues(last[0], this.context, this.flags[this.flags.length - 1]?.rowKey) - (last.length - 1);
      // Values wrapped onto the next line (表四's fifteen, a page's cells one per line) — not the next row's.
      if (values.length <= room || (segment.explicit && values.slice(room).every((v) => v === ""))) {
        this.extendLastRow(values, k);
        return k;
      }
    }
    if (text === "" && joined === "" && !this.previousWasRow && values.every((v) => v === "")) return k;
    // The label may go on below the numbers (numbers on its first or middle line): try up to three more lines,
    // first for a label at the end, then for the expected next row's label with other cells' fragments inside.
    const below: string[] = [];
    for (let n = 1; n <= 3 && k + n < this.lines.length; n++) {
      const next = this.lines[k + n];
      const t = next.raw.trim();
      // (A bordered line's empty cells are no values: 「| 形，不计其他情形） | | | … |」 goes on with the label.)
      if (t === "" || next.separator || next.segments.length !== 1 || next.segments[0].values.some((v) => v !== "") || tableAnchor(t)) break;
      below.push(next.segments[0].text);
    }
    const candidates = [0, 1, 2, 3].slice(0, below.length + 1).map((n) => joined + text + below.slice(0, n).join(""));
    let found =
      firstMatch(candidates, (c) => matchRowLabel(c, true)) ??
      firstMatch(candidates, (c) => matchNextRowScattered(c, this.context, this.lastRowKey)) ??
      firstMatch(candidates.slice(0, 1), (c) => matchAnnotatedRowLabel(c, true), true) ??
      firstMatch(candidates.slice(0, 1), (c) => matchNextRowSimilar(c, this.context, this.lastRowKey), true, true);
    // Numbers above a whole label (none of it before them) are that row's only when they fill it: a stray number — a
    // page number in text without page breaks, after a full row or a header — is not the next row's first cell.
    if (found && found.taken > 0 && matchRowLabel(below.slice(0, found.taken).join(""), true)?.rowKey === found.entry.rowKey) {
      if (values.length < Math.max(...columnCountsOf(found.entry.rowKey))) found = undefined;
    }
    // One number more than a full row holds, with no label of its own, when that row's cells came over several lines
    // (one cell per line): a page number that fell among them — which of them it is nobody can tell, so the row gets
    // it too and is named unreadable. After a row read from one line it is a line between rows, not a cell.
    if (!found && text === "" && joined === "" && values.length === 1 && this.previousWasRow && this.lastRowSpread) {
      this.extendLastRow(values, k);
      return k;
    }
    let label = joined + text;
    let rowKey: string | undefined;
    if (found) {
      this.labelsOnlyBefore(found.entry, candidates[found.taken]);
      // A label read through other cells' fragments is recorded as the edition words it; one written otherwise (a
      // note after it, a word changed) as written, without the header text before it.
      label = found.exact ? candidates[found.taken] : found.annotated ? text || this.pending[this.pending.length - 1] || label : found.entry.text;
      if (found.similar) rowKey = found.entry.rowKey;
      this.lastRowKey = found.entry.rowKey;
      this.context = found.entry.table;
      k += found.taken;
    } else if (this.context === "t4") {
      this.t4Open = false;
      this.t4Read = true;
    }
    const flags: RowFlags | undefined = segment.glued || rowKey ? { ...(segment.glued ? { glued: true } : {}), ...(rowKey ? { rowKey } : {}) } : undefined;
    this.push([label, ...values], flags, k, true);
    this.lastRowSpread = false;
    this.pending = [];
    this.previousWasRow = true;
    return k;
  }

  /** Values on line k that go on the last row read (its cells came over several lines). */
  private extendLastRow(values: readonly string[], k: number): void {
    this.rows[this.rows.length - 1].push(...values);
    this.lastRowSpread = true;
    this.used = k + 1;
    this.rowsUsed = this.rows.length;
  }

  /**
   * Labels in the pending text before the one a row was just read for: rows that were printed without values. The
   * last label found is the row's own; those before it, if any, are rows of their own with nothing after them.
   */
  private labelsOnlyBefore(entry: RowLabelEntry, labelText: string): void {
    const labels = rowLabelsIn(labelText);
    const own = labels.map((l) => l.rowKey).lastIndexOf(entry.rowKey);
    for (const e of labels.slice(0, own < 0 ? labels.length - 1 : own)) this.pushLabelOnly(e.text, e.table);
  }

  private flushLabelsOnly(): void {
    if (this.pending.length > 0) for (const e of rowLabelsIn(this.pending.join(""))) this.pushLabelOnly(e.text, e.table);
    if (this.t4Open) this.pushLabelOnly("", "t4");
    this.t4Open = false;
    this.pending = [];
  }

  /** A row named with nothing after it. Its label's lines were already counted as the table's. */
  private pushLabelOnly(label: string, table: TableId): void {
    this.rows.push([label]);
    this.flags.push({ labelOnly: true, table });
    this.rowsUsed = this.rows.length;
  }
}

/** Running lines → prose lines and table grids, in order. `headings` are the section heading lines. */
export function textTables(rawLines: readonly string[], headings: ReadonlySet<string>): (string | TableGrid)[] {
  const lines = rawLines.map(parseLine);
  const out: (string | TableGrid)[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = headings.has(rawLines[i].trim()) ? undefined : regionStart(lines, i);
    if (!table) {
      out.push(rawLines[i++]);
      continue;
    }
    let end = i + 1;
    while (end < lines.length) {
      const t = rawLines[end].trim();
      if (headings.has(t)) break;
      const next = tableAnchor(t.replace(/\|/g, ""));
      if (next && next !== table && t.length <= 80) break;
      end++;
    }
    const { grid, used } = new RegionReader(lines.slice(i, end), table).read();
    if (grid.rows.length > 0 && used > 0) {
      out.push(grid);
      out.push(...rawLines.slice(i + used, end));
    } else out.push(...rawLines.slice(i, end));
    i = end;
  }
  return out;
}
